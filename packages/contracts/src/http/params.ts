import * as z from 'zod/mini';
import { cbsCode, padId } from '../primitives';

type PadParams = z.ZodMiniObject<Record<string, z.ZodMiniString>>;

/** The path parameters of a route template (`{cbs}` is a CBS code, every other one a `padId`). */
export function padParams(template: string): PadParams {
  const namen = [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string);
  return z.strictObject(Object.fromEntries(namen.map((n) => [n, n === 'cbs' ? cbsCode() : padId()])));
}

const cache = new Map<string, PadParams>();
/** The shared path schema of a route key (`POST /v1/inburgeraars/{id}/signalen`), built once per key. */
export function padParamsVoor(routeKey: string): PadParams {
  let schema = cache.get(routeKey);
  if (!schema) {
    schema = padParams(routeKey);
    cache.set(routeKey, schema);
  }
  return schema;
}

export const inburgeraarParams = z.strictObject({ id: padId() });
export const verwijzingParams = z.strictObject({ id: padId(), verwijzingId: padId() });
export const toestemmingParams = z.strictObject({ id: padId(), toestemmingId: padId() });
/** A checklist item is a kebab-case code, bounded like every path id. */
export const checklistItemParams = z.strictObject({
  id: padId(),
  item: padId().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case code')),
});
export const gemeenteParams = z.strictObject({ cbs: cbsCode() });
