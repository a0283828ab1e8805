import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { InzageContext, PersoonRecord } from '@wegwijs/contracts';
import { KIT_ATTRIBUTEN, type Sleutel, voorwaardelijk } from './aggregaat';
import type { Clock } from './clock';

/**
 * The sparse index of items that name a person outside the person's own partitions: idempotency records whose answer
 * names them (attribute `gsiPersoon` = inburgeraarId). Only such items carry the attribute.
 */
export const PERSOON_INDEX = { naam: 'persoon', partitionKey: 'gsiPersoon', sortKey: 'sk' } as const;

/** An item as the person repository sees it: its key and its attributes, unmarshalled. */
export type OpgeslagenItem = Sleutel & Record<string, unknown>;

/** The tombstone of a destroyed person: no personal data, keyed by a one-way hash of the id. */
export interface Grafsteen {
  verslagId: string;
  gestartOp: string;
  vernietigdOp?: string;
}

/** The storage port of a context's person repository (`src/app/persoon.ts`). */
export interface PersoonOpslag {
  /** Every item of one partition (optionally only sort keys with a prefix), strongly consistent, all pages. */
  partitie(pk: string, skPrefix?: string): Promise<OpgeslagenItem[]>;
  /** Every item that carries `gsiPersoon = inburgeraarId` (PERSOON_INDEX): idempotency records naming the person. */
  gemarkeerd(inburgeraarId: string): Promise<OpgeslagenItem[]>;
  verwijder(sleutels: readonly Sleutel[]): Promise<void>;
  /**
   * Writes these items as they are (a plain put each: the same item written twice is one): the retained logs of a
   * destroyed person, re-keyed and without the person's id, are written so before the originals go.
   */
  bewaar(items: readonly OpgeslagenItem[]): Promise<void>;
  grafsteen(inburgeraarId: string, fase?: string): Promise<Grafsteen | undefined>;
  /** Lays the tombstone (the first one stays: running again keeps its verslagId and start). */
  legGrafsteen(inburgeraarId: string, verslagId: string, nu: string, fase?: string): Promise<Grafsteen>;
  /** Marks the tombstone finished (once: a second run keeps the first time) and answers it. */
  voltooiGrafsteen(inburgeraarId: string, nu: string, fase?: string): Promise<Grafsteen>;
}

/** The tombstone's key: a one-way hash of the id, so the table keeps no id of a destroyed person. */
export const grafsteenSleutel = (inburgeraarId: string, fase?: string): Sleutel => ({
  pk: `vernietigd#${createHash('sha256').update(`wegwijs-persoon:${inburgeraarId}`).digest('base64url')}`,
  sk: fase ? `vernietigd#${fase}` : 'vernietigd',
});

export function dynamoPersoonOpslag(client: DynamoDBClient, tableName: string): PersoonOpslag {
  const query = async (invoer: {
    IndexName?: string;
    KeyConditionExpression: string;
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues: Record<string, AttributeValue>;
  }) => {
    const items: OpgeslagenItem[] = [];
    let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const pagina = await client.send(
        new QueryCommand({
          TableName: tableName,
          ...invoer,
          ...(invoer.IndexName ? {} : { ConsistentRead: true }),
          ExclusiveStartKey,
        }),
      );
      items.push(...(pagina.Items ?? []).map((i) => unmarshall(i) as OpgeslagenItem));
      ExclusiveStartKey = pagina.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  };
  const lees = async (inburgeraarId: string, fase?: string) => {
    const { Item } = await client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: marshall(grafsteenSleutel(inburgeraarId, fase)),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { verslagId, gestartOp, vernietigdOp } = unmarshall(Item) as Grafsteen;
    return { verslagId, gestartOp, ...(vernietigdOp ? { vernietigdOp } : {}) };
  };
  return {
    partitie: (pk, skPrefix) =>
      query({
        KeyConditionExpression: skPrefix ? '#pk = :pk AND begins_with(#sk, :pre)' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'pk', ...(skPrefix ? { '#sk': 'sk' } : {}) },
        ExpressionAttributeValues: marshall({ ':pk': pk, ...(skPrefix ? { ':pre': skPrefix } : {}) }),
      }),
    gemarkeerd: (inburgeraarId) =>
      query({
        IndexName: PERSOON_INDEX.naam,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': PERSOON_INDEX.partitionKey },
        ExpressionAttributeValues: marshall({ ':p': inburgeraarId }),
      }),
    async verwijder(sleutels) {
      for (const s of sleutels) {
        await client.send(new DeleteItemCommand({ TableName: tableName, Key: marshall({ pk: s.pk, sk: s.sk }) }));
      }
    },
    async bewaar(items) {
      for (const item of items) {
        await client.send(
          new PutItemCommand({ TableName: tableName, Item: marshall(item, { removeUndefinedValues: true }) }),
        );
      }
    },
    grafsteen: lees,
    async legGrafsteen(inburgeraarId, verslagId, nu, fase) {
      await voorwaardelijk(() =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: marshall({ ...grafsteenSleutel(inburgeraarId, fase), verslagId, gestartOp: nu }),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      const steen = await lees(inburgeraarId, fase);
      if (!steen) throw new Error('tombstone vanished');
      return steen;
    },
    async voltooiGrafsteen(inburgeraarId, nu, fase) {
      await voorwaardelijk(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(grafsteenSleutel(inburgeraarId, fase)),
            UpdateExpression: 'SET vernietigdOp = :nu',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(vernietigdOp)',
            ExpressionAttributeValues: marshall({ ':nu': nu }),
          }),
        ),
      );
      const steen = await lees(inburgeraarId, fase);
      if (!steen?.vernietigdOp) throw new Error('tombstone missing');
      return steen;
    },
  };
}

/** Storage attributes that are no part of a record's content: keys, versions, outbox, index keys, TTL. */
const isOpslagAttribuut = (naam: string) =>
  KIT_ATTRIBUTEN.has(naam) || /^gsi\d+(pk|sk)$/.test(naam) || naam === PERSOON_INDEX.partitionKey;

/** The content of a stored item without its storage attributes. */
export function inhoudVan(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([naam]) => !isOpslagAttribuut(naam)));
}

/** Attributes that say when a record was made, in order of preference. */
const TIJDSTIP_ATTRIBUTEN = [
  'vastgelegdOp',
  'aangemaaktOp',
  'geregistreerdOp',
  'ontvangenOp',
  'gemeldOp',
  'verstuurdOp',
  'tijdstip',
  'gewijzigdOp',
  'datum',
];

/** When a stored record was made, if it says so. */
export function tijdstipVan(inhoud: Record<string, unknown>): string | undefined {
  for (const naam of TIJDSTIP_ATTRIBUTEN) {
    const v = inhoud[naam];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  return undefined;
}

/** What a person's record is called in the inzage: by default the sort key's first segment and the rest as its id. */
export type SoortVan = (item: OpgeslagenItem) => { soort: string; id: string };
const standaardSoort: SoortVan = (item) => {
  const [soort = item.sk, ...rest] = item.sk.split('#');
  return { soort, id: rest.length ? rest.join('#') : String(item.inburgeraarId ?? item.pk.split('#').at(-1)) };
};

/** A stored item as a record of the inzage: its content without storage attributes. */
export function alsPersoonRecord(
  context: InzageContext,
  item: OpgeslagenItem,
  soortVan: SoortVan = standaardSoort,
): PersoonRecord {
  const inhoud = inhoudVan(item);
  const vastgelegdOp = tijdstipVan(inhoud);
  return { context, ...soortVan(item), ...(vastgelegdOp ? { vastgelegdOp } : {}), inhoud };
}

/** The ports of a context's person repository. */
export interface PersoonDeps {
  persoonOpslag: PersoonOpslag;
  clock: Clock;
}

/**
 * Destroys the given items of one person: first the tombstone (so a late event finds it while the items go), then
 * the items and the idempotency records that name the person, then the tombstone is marked finished. Running it
 * again, or after a crash half-way, ends in the same state and answers the same time.
 */
export async function vernietigItems(
  deps: PersoonDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
  verzamel: () => Promise<readonly Sleutel[]>,
): Promise<{ vernietigdOp: string }> {
  const nu = () => deps.clock.now().toISOString();
  await deps.persoonOpslag.legGrafsteen(inburgeraarId, opdracht.verslagId, nu(), opdracht.fase);
  const sleutels = [...(await verzamel()), ...(await deps.persoonOpslag.gemarkeerd(inburgeraarId))];
  await deps.persoonOpslag.verwijder(sleutels.map(({ pk, sk }) => ({ pk, sk })));
  const steen = await deps.persoonOpslag.voltooiGrafsteen(inburgeraarId, nu(), opdracht.fase);
  return { vernietigdOp: steen.vernietigdOp ?? nu() };
}
