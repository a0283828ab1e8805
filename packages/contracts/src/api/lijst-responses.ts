import * as z from 'zod/mini';

/**
 * Lists are paginated (API.md): `?limit=` (default 50, at most 200) and `?cursor=`; the answer carries `items` and,
 * except on the last page, `volgende`: the opaque cursor of the next page.
 */
export const paginaQuery = {
  limit: z.optional(z.string().check(z.regex(/^([1-9]\d?|1\d\d|200)$/, 'must be a number from 1 to 200'))),
  cursor: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,1000}$/, 'must be a cursor from a previous page'))),
};
export const paginaQuerySchema = z.strictObject(paginaQuery);

/** The cursor of the next page; absent on the last page. */
export const volgende = z.optional(z.string().check(z.minLength(1)));

/** `{ items: [...], volgende? }` with the given item schema. */
export const pagina = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), volgende });

/**
 * Compile-time proof that every answer of type `T` (the type a handler answers with) is described by the schema:
 * assignable to its output type, and without keys the schema does not name. A no-op at run time.
 */
export type Beschreven<T, S extends z.ZodMiniType> = [T] extends [z.infer<S>]
  ? [Exclude<keyof T, keyof z.infer<S>>] extends [never]
    ? true
    : false
  : false;
export const beschrijft =
  <T>() =>
  <S extends z.ZodMiniType>(schema: S & (Beschreven<T, S> extends true ? unknown : never)): S =>
    schema;
