import {
  type AttributeValue,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { BadRequest } from './errors';
import { huidigeAanroep } from './trace';

/**
 * THE pagination of every list (API.md: `?limit=` default 50, at most 200; `?cursor=` opaque; the answer
 * `{ items, volgende? }`, `volgende` absent on the last page). The query schema is `paginaQuery` in
 * `@wegwijs/contracts`; a list route spreads it into its own query schema and calls `paginaVraag(query)`.
 *
 * A list stored as items pages with `queryPagina`: ONE DynamoDB Query per page (`Limit` + `ExclusiveStartKey`), the
 * cursor being that Query's `LastEvaluatedKey`, checked on the way back in to belong to the same index and partition.
 */
export const STANDAARD_LIMIT = 50;

/** A cursor that was not handed out for this list (tampered, of another list or of another caller): 400. */
export class OngeldigeCursor extends BadRequest {
  constructor() {
    super('The cursor is not valid for this list.');
    this.name = 'OngeldigeCursor';
  }
}

export interface PaginaVraag {
  limit: number;
  cursor?: string;
}

/** The page asked for by a validated `paginaQuery` (`limit` is already 1..200 there). */
export const paginaVraag = (query?: { limit?: string | undefined; cursor?: string | undefined }): PaginaVraag => ({
  limit: query?.limit ? Number(query.limit) : STANDAARD_LIMIT,
  ...(query?.cursor ? { cursor: query.cursor } : {}),
});

/** `volgende` only when there is a next page. */
export const metVolgende = <B extends object>(body: B, volgende: string | undefined): B & { volgende?: string } =>
  volgende ? { ...body, volgende } : body;

/** The key a cursor may stand for: exactly these attributes, with the partition attribute(s) fixed to the caller's. */
export interface CursorSleutel {
  /** Every attribute of the LastEvaluatedKey (table keys plus the index's keys). */
  attributen: readonly string[];
  /** The attributes that must equal these values (the caller's own partition). */
  partitie: Readonly<Record<string, string>>;
  /** The attributes that must start with these values (the key condition's `begins_with`, e.g. `verwijzing#`). */
  begintMet?: Readonly<Record<string, string>>;
}

/**
 * The field of a cursor that binds it to the list it was handed out for: within an HTTP request the kit's chain hashes
 * the route, its path parameters, its filter (the query without `cursor` and `limit`) and the principal into
 * `cursorBinding` (http.ts), so a cursor of another list, another filter or another caller is 400.
 */
const BINDING = '~';

/** The opaque cursor of the next page: a LastEvaluatedKey (or any string-valued key) as base64url JSON. */
export const codeerCursor = (key: Record<string, AttributeValue>): string => {
  const binding = huidigeAanroep()?.cursorBinding;
  const velden = unmarshall(key);
  return Buffer.from(JSON.stringify(binding ? { ...velden, [BINDING]: binding } : velden)).toString('base64url');
};

/** The ExclusiveStartKey a cursor stands for; `OngeldigeCursor` unless it was handed out for this very list. */
export function decodeerCursor(cursor: string, sleutel: CursorSleutel): Record<string, AttributeValue> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new OngeldigeCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new OngeldigeCursor();
  const { [BINDING]: binding, ...velden } = key as Record<string, unknown>;
  const verwacht = huidigeAanroep()?.cursorBinding;
  if (verwacht !== undefined && binding !== verwacht) throw new OngeldigeCursor();
  const geldig =
    Object.keys(velden).sort().join(',') === [...sleutel.attributen].sort().join(',') &&
    Object.values(velden).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024) &&
    Object.entries(sleutel.partitie).every(([naam, waarde]) => velden[naam] === waarde) &&
    Object.entries(sleutel.begintMet ?? {}).every(([naam, begin]) => String(velden[naam]).startsWith(begin));
  if (!geldig) throw new OngeldigeCursor();
  return marshall(velden as Record<string, string>);
}

export interface DynamoPagina {
  items: Record<string, AttributeValue>[];
  volgende?: string;
}

/**
 * One page of a list: ONE Query with `Limit` (one more than the page, so a full last page is known to be the last and
 * answers no `volgende`) and, after the first page, the cursor's `ExclusiveStartKey`.
 */
export async function queryPagina(
  client: DynamoDBClient,
  input: QueryCommandInput,
  vraag: PaginaVraag,
  sleutel: CursorSleutel,
): Promise<DynamoPagina> {
  const page = await client.send(
    new QueryCommand({
      ...input,
      Limit: vraag.limit + 1,
      ...(vraag.cursor ? { ExclusiveStartKey: decodeerCursor(vraag.cursor, sleutel) } : {}),
    }),
  );
  const gelezen = page.Items ?? [];
  const items = gelezen.slice(0, vraag.limit);
  const laatste = items.at(-1);
  // More than a page came back: the next page starts after this page's last item (its key attributes).
  if (gelezen.length > vraag.limit && laatste) {
    const sleutelVan = Object.fromEntries(sleutel.attributen.map((naam) => [naam, laatste[naam] as AttributeValue]));
    return { items, volgende: codeerCursor(sleutelVan) };
  }
  // Fewer came back but DynamoDB stopped early (a filter, or 1 MB read): go on where it stopped.
  return { items, ...(page.LastEvaluatedKey ? { volgende: codeerCursor(page.LastEvaluatedKey) } : {}) };
}

/**
 * A page of a list the request has read whole for another reason: the consents inside the broker's ONE staat item
 * (bounded by the item's 400 KB, read anyway for the access check), the begeleiders and afspraken inside a traject,
 * or the verwerkingenlog whose whole chain is verified on every page. No extra request; the cursor names the last id
 * shown. Order: as given (`alle`'s own stable order; the cursor's id must still be in it), or with `opSleutel` sorted
 * by id (the next page starts after the cursor's id even if that item has gone since).
 */
export function pagineerGelezen<T>(
  alle: readonly T[],
  idVan: (t: T) => string,
  vraag: PaginaVraag,
  lijst: string,
  { opSleutel = false }: { opSleutel?: boolean } = {},
): { items: T[]; volgende?: string } {
  const lijn = opSleutel ? [...alle].sort((a, b) => idVan(a).localeCompare(idVan(b))) : alle;
  let start = 0;
  if (vraag.cursor) {
    const na = decodeerCursor(vraag.cursor, { attributen: ['lijst', 'na'], partitie: { lijst } }).na?.S ?? '';
    start = opSleutel
      ? lijn.findIndex((t) => idVan(t).localeCompare(na) > 0)
      : lijn.findIndex((t) => idVan(t) === na) + 1;
    if (opSleutel && start < 0) start = lijn.length;
    if (!opSleutel && start === 0) throw new OngeldigeCursor();
  }
  const items = lijn.slice(start, start + vraag.limit);
  const laatste = items.at(-1);
  const meer = start + vraag.limit < lijn.length && laatste !== undefined;
  return { items, ...(meer ? { volgende: codeerCursor(marshall({ lijst, na: idVan(laatste) })) } : {}) };
}
