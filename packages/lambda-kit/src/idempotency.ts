import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { voorwaardelijk } from './aggregaat';
import { Conflict, DomainRuleViolation } from './errors';
import { PERSOON_INDEX } from './persoon';
import type { Principal } from './principal';

/*
 * Why the kit keeps its own Idempotency-Key support instead of @aws-lambda-powertools/idempotency (decided for
 * issue 10, finding 1):
 * - API.md: "the first request is authorised like any other, and a replay never reaches another principal". Here
 *   the record is keyed on the whole principal (sub, org, rol, gemeenten) and looked up only after the route's own
 *   `autoriseer` ran (see http.ts). Powertools can be placed after authorisation too (makeIdempotent around the
 *   write), so this alone does not decide it; the next points do.
 * - The first answer is the answer, also when it is a 4xx problem (a 409 or 422 of the domain): Powertools deletes
 *   its record when the wrapped function throws, so a repeat would run the write again instead of replaying it.
 * - A reused key with another body is a 422 problem+json, a key still in progress a 409 problem+json; Powertools
 *   throws its own error classes that each handler would have to map.
 * - The records live in the context's own table (pk `idem#...`, sk `idem`), next to its data, with the same key
 *   builders; Powertools wants its own attribute layout and adds its package and jmespath to every bundle.
 * What Powertools does well is kept: an in-progress record expires shortly after the function's timeout (its
 * `in_progress_expiration`), so a function that died mid-request does not block the key for 24 hours.
 */

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface BeginOptions {
  /** Epoch ms after which an unfinished claim counts as abandoned (the function's deadline plus a margin). */
  bezigTot: number;
  /** The inburgeraarId the request is about, when the path names one (see `persoon` below). */
  persoon?: string;
}

/**
 * The inburgeraarId an idempotent request is about: the path's `{id}` of `/v1/inburgeraars/{id}/...`, otherwise the
 * `inburgeraarId` its answer or its body names (an aanmelding, an agenda line). Undefined when it names nobody.
 */
export function persoonVan(routeKey: string, params: unknown, ...bronnen: unknown[]): string | undefined {
  const veld = (o: unknown, naam: string) => {
    const v = o && typeof o === 'object' ? (o as Record<string, unknown>)[naam] : undefined;
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  };
  if (routeKey.includes('/inburgeraars/{id}')) return veld(params, 'id');
  for (const bron of bronnen) {
    const gevonden = veld(bron, 'inburgeraarId');
    if (gevonden) return gevonden;
  }
  return undefined;
}

/** The port behind the Idempotency-Key support of write endpoints. */
export interface IdempotencyStore {
  /** Claims the key, or returns what the first request with that key answered. */
  begin(
    key: string,
    fingerprint: string,
    options?: BeginOptions,
  ): Promise<{ kind: 'new' } | { kind: 'replay'; response: StoredResponse }>;
  /**
   * Stores the answer. `persoon` is the inburgeraarId the request or its answer names: the record carries it in the
   * attribute `gsiPersoon` (the sparse index PERSOON_INDEX), so a person's destruction finds and removes it.
   */
  complete(key: string, fingerprint: string, response: StoredResponse, persoon?: string): Promise<void>;
  release(key: string): Promise<void>;
}

const HOURS_24 = 24 * 3600;

/** What an idempotency record holds: a claim in progress, or the finished answer. */
type Stand = { staat: 'bezig'; bezigTot: number } | { staat: 'klaar'; response: StoredResponse };
/** Without a deadline from the Lambda context: the longest HTTP function timeout (10 s) plus a margin. */
export const STANDAARD_BEZIG_MS = 15_000;

export const fingerprintOf = (body: string | undefined) =>
  createHash('sha256')
    .update(body ?? '')
    .digest('base64url');

/**
 * The record key of one Idempotency-Key: bound to the whole principal (a token with the same `sub` but another role,
 * organisation or gemeenten is another caller), the route and its path, hashed so any key fits DynamoDB.
 */
export function idempotencySleutel(p: Principal, routeKey: string, params: unknown, idempotencyKey: string): string {
  const wie = [p.sub, p.org ?? null, p.rol, [...p.gemeenten].sort()];
  return createHash('sha256')
    .update(JSON.stringify([wie, routeKey, params ?? {}, idempotencyKey]))
    .digest('base64url');
}

/**
 * DynamoDB-backed store in the context's own table (pk `idem#...`); finished records expire after 24 hours, an
 * unfinished claim at its `bezigTot`, after which the next request with that key takes it over.
 */
export function dynamoIdempotencyStore(
  client: DynamoDBClient,
  tableName: string,
  nu: () => number = Date.now,
): IdempotencyStore {
  const key = (k: string) => ({ pk: { S: `idem#${k}` }, sk: { S: 'idem' } });
  /** The one item builder: a claim (`bezig`, until its deadline) or a finished record (`klaar`, with its answer). */
  const item = (k: string, fingerprint: string, stand: Stand, persoon?: string): Record<string, AttributeValue> => ({
    ...key(k),
    ...(persoon ? { [PERSOON_INDEX.partitionKey]: { S: persoon } } : {}),
    fingerprint: { S: fingerprint },
    staat: { S: stand.staat },
    ...(stand.staat === 'bezig'
      ? { bezigTot: { N: String(stand.bezigTot) } }
      : { response: { S: JSON.stringify(stand.response) } }),
    // A claim is kept a day past its deadline, a finished record a day past now.
    verlooptOp: {
      N: String((stand.staat === 'bezig' ? Math.ceil(stand.bezigTot / 1000) : Math.floor(nu() / 1000)) + HOURS_24),
    },
  });
  const claim = (k: string, fingerprint: string, bezigTot: number, persoon?: string, overname?: string) =>
    voorwaardelijk(() =>
      client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: item(k, fingerprint, { staat: 'bezig', bezigTot }, persoon),
          ...(overname === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'staat = :bezig AND bezigTot = :oud',
                ExpressionAttributeValues: { ':bezig': { S: 'bezig' }, ':oud': { N: overname } },
              }),
        }),
      ),
    );
  return {
    async begin(k, fingerprint, options) {
      const bezigTot = options?.bezigTot ?? nu() + STANDAARD_BEZIG_MS;
      if (await claim(k, fingerprint, bezigTot, options?.persoon)) return { kind: 'new' };
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: key(k), ConsistentRead: true }),
      );
      if (Item && Item.fingerprint?.S !== fingerprint) {
        throw new DomainRuleViolation(
          'Deze Idempotency-Key is eerder gebruikt voor een ander verzoek.',
          'idempotency-key-hergebruikt',
        );
      }
      if (Item?.staat?.S === 'klaar' && Item.response?.S) {
        return { kind: 'replay', response: JSON.parse(Item.response.S) as StoredResponse };
      }
      // Released in between, or abandoned by a function that timed out or died: take it over (once, conditionally).
      const oud = Item?.bezigTot?.N;
      const verlaten = !Item || oud === undefined || Number(oud) < nu();
      const overname = Item ? (oud ?? '0') : undefined;
      if (verlaten && (await claim(k, fingerprint, bezigTot, options?.persoon, overname))) return { kind: 'new' };
      throw new Conflict('Een verzoek met deze Idempotency-Key wordt nog verwerkt.', 'idempotency-key-bezig');
    },
    async complete(k, fingerprint, response, persoon) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: item(k, fingerprint, { staat: 'klaar', response }, persoon) }),
      );
    },
    async release(k) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: key(k) }));
    },
  };
}
