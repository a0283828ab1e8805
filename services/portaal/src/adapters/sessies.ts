import { createHash } from 'node:crypto';
import { DeleteItemCommand, type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { alsVoorwaarde } from '@wegwijs/lambda-kit';

/** A sign-in in progress: what the callback must check (state, PKCE verifier, nonce) and where to go after. */
export interface Inlogpoging {
  state: string;
  codeVerifier: string;
  nonce: string;
  /** Epoch seconds. */
  verlooptOp: number;
}

/** A signed-in session: the inburgeraar's access token stays here, server-side; the browser holds only the id. */
export interface Sessie {
  inburgeraarId: string;
  accessToken: string;
  /** The ID token of the sign-in: the `id_token_hint` of the logout at the provider. */
  idToken?: string;
  /** For the CSRF token of every form of this session. */
  csrf: string;
  /** Epoch seconds: the token's expiry (and the item's TTL). */
  verlooptOp: number;
}

/**
 * A staff member's session on the regie pages: their access token (with `org`, `rol`, `gemeenten`) stays here; what
 * the page shows of the token's claims is copied at sign-in.
 */
export interface MedewerkerSessie {
  sub: string;
  rol: string;
  org: string;
  gemeenten: string[];
  accessToken: string;
  /** The ID token of the sign-in: the `id_token_hint` of the logout at the provider. */
  idToken?: string;
  csrf: string;
  verlooptOp: number;
}

export interface SessieStore<S extends object = Sessie> {
  bewaarInlog(id: string, poging: Inlogpoging): Promise<void>;
  /** Reads and deletes (a sign-in attempt is used once). */
  neemInlog(id: string, nu: number): Promise<Inlogpoging | undefined>;
  bewaarSessie(id: string, sessie: S): Promise<void>;
  leesSessie(id: string, nu: number): Promise<S | undefined>;
  verwijderSessie(id: string): Promise<void>;
}

/**
 * Whose sessions a store holds. Each kind has key prefixes of its own, so an inburgeraar's session id finds nothing
 * on the regie pages and a staff member's finds nothing on Mijn Wegwijs.
 */
export type Sessiesoort = 'inburgeraar' | 'medewerker';
const PREFIX: Record<Sessiesoort, { inlog: string; sessie: string }> = {
  inburgeraar: { inlog: 'inlog', sessie: 'sessie' },
  medewerker: { inlog: 'staf-inlog', sessie: 'staf-sessie' },
};

/** Keys hold a hash of the cookie value: a read of the table gives no usable session id. */
const sleutel = (soort: string, id: string) => ({
  pk: `${soort}#${createHash('sha256').update(id).digest('base64url')}`,
  sk: soort,
});

export function dynamoSessieStore(client: DynamoDBClient, tabel: string): SessieStore<Sessie>;
export function dynamoSessieStore<S extends object>(
  client: DynamoDBClient,
  tabel: string,
  wie: Sessiesoort,
): SessieStore<S>;
export function dynamoSessieStore(
  client: DynamoDBClient,
  tabel: string,
  wie: Sessiesoort = 'inburgeraar',
): SessieStore<object> {
  const soorten = PREFIX[wie];
  const lees = async (soort: string, id: string, nu: number) => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tabel, Key: marshall(sleutel(soort, id)), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const item = unmarshall(Item) as { verlooptOp: number };
    // DynamoDB deletes expired items eventually; until then they are treated as gone.
    return item.verlooptOp > nu ? item : undefined;
  };
  return {
    async bewaarInlog(id, poging) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: marshall({ ...sleutel(soorten.inlog, id), ...poging }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async neemInlog(id, nu) {
      const res = await alsVoorwaarde(() =>
        client.send(
          new DeleteItemCommand({
            TableName: tabel,
            Key: marshall(sleutel(soorten.inlog, id)),
            ConditionExpression: 'attribute_exists(pk)',
            ReturnValues: 'ALL_OLD',
          }),
        ),
      );
      if (!res?.Attributes) return undefined;
      const { pk: _pk, sk: _sk, ...poging } = unmarshall(res.Attributes) as Inlogpoging & { pk: string; sk: string };
      return poging.verlooptOp > nu ? poging : undefined;
    },
    async bewaarSessie(id, sessie) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: marshall({ ...sleutel(soorten.sessie, id), ...sessie }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async leesSessie(id, nu) {
      const item = await lees(soorten.sessie, id, nu);
      if (!item) return undefined;
      const { pk: _pk, sk: _sk, ...sessie } = item as { pk: string; sk: string; verlooptOp: number };
      return sessie;
    },
    async verwijderSessie(id) {
      await client.send(new DeleteItemCommand({ TableName: tabel, Key: marshall(sleutel(soorten.sessie, id)) }));
    },
  };
}
