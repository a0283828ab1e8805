import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

export class OngeldigeCursor extends Error {
  override name = 'OngeldigeCursor';
}

interface Index {
  readonly partitionKey: string;
  readonly sortKey: string;
}

/** The opaque cursor of the next page: the index's LastEvaluatedKey as base64url JSON. */
export const codeerCursor = (key: Record<string, AttributeValue>) =>
  Buffer.from(JSON.stringify(unmarshall(key))).toString('base64url');

/**
 * The ExclusiveStartKey a cursor stands for, accepted only when it has exactly the keys of this index and belongs to
 * the caller's own partition (a cursor of another organisation or list is refused, never followed).
 */
export function decodeerCursor(cursor: string, index: Index, pk: string): Record<string, AttributeValue> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new OngeldigeCursor('cursor is not readable');
  }
  const verwacht = ['pk', 'sk', index.partitionKey, index.sortKey].sort().join(',');
  const geldig =
    typeof key === 'object' &&
    key !== null &&
    !Array.isArray(key) &&
    Object.keys(key).sort().join(',') === verwacht &&
    Object.values(key).every((v) => typeof v === 'string' && v.length > 0) &&
    (key as Record<string, string>)[index.partitionKey] === pk;
  if (!geldig) throw new OngeldigeCursor('cursor does not belong to this list');
  return marshall(key as Record<string, string>);
}

/**
 * One page of a list held inside the aggregate, sorted by `sleutel` (unique per item): the same `limit`/`cursor`/
 * `volgende` as every list. The cursor is the key of the last item of the previous page.
 */
export function pagineer<T>(
  items: readonly T[],
  sleutel: (item: T) => string,
  limit: number,
  cursor?: string,
): { items: T[]; volgende?: string } {
  let na: string | undefined;
  if (cursor) {
    try {
      const gelezen: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (typeof gelezen === 'object' && gelezen !== null && typeof (gelezen as { na?: unknown }).na === 'string') {
        na = (gelezen as { na: string }).na;
      }
    } catch {
      // refused below
    }
    if (na === undefined) throw new OngeldigeCursor('cursor is not readable');
  }
  const gesorteerd = [...items].sort((a, b) => sleutel(a).localeCompare(sleutel(b)));
  const rest = na === undefined ? gesorteerd : gesorteerd.filter((i) => sleutel(i) > (na as string));
  const pagina = rest.slice(0, limit);
  const laatste = pagina.at(-1);
  return {
    items: pagina,
    ...(rest.length > limit && laatste
      ? { volgende: Buffer.from(JSON.stringify({ na: sleutel(laatste) })).toString('base64url') }
      : {}),
  };
}
