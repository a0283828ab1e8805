import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
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

/**
 * An item's content is sealed (AES-256-GCM) with a key derived from the cookie value, which is never stored: the table
 * holds no readable personal data (no inburgeraarId, no token), only the expiry in clear for the TTL. A destroyed
 * person's session therefore leaves no trace a scan can read; it expires with its token (docs/PRIVACY.md).
 */
const sleutelVoor = (soort: string, id: string) =>
  Buffer.from(hkdfSync('sha256', id, 'wegwijs-portaal-sessie', soort, 32));

function verzegel(soort: string, id: string, inhoud: object): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sleutelVoor(soort, id), iv);
  const tekst = Buffer.concat([cipher.update(JSON.stringify(inhoud), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), tekst]).toString('base64url');
}

function ontzegel(soort: string, id: string, verzegeld: unknown): Record<string, unknown> | undefined {
  if (typeof verzegeld !== 'string') return undefined;
  try {
    const bytes = Buffer.from(verzegeld, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sleutelVoor(soort, id), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const tekst = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(tekst) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The stored item: the hashed key, the expiry (TTL) and the sealed content. */
const naarItem = (soort: string, id: string, inhoud: { verlooptOp: number }) =>
  marshall({ ...sleutel(soort, id), verlooptOp: inhoud.verlooptOp, inhoud: verzegel(soort, id, inhoud) });

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
    const item = ontzegel(soort, id, unmarshall(Item).inhoud) as { verlooptOp: number } | undefined;
    // DynamoDB deletes expired items eventually; until then they are treated as gone.
    return item && item.verlooptOp > nu ? item : undefined;
  };
  return {
    async bewaarInlog(id, poging) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: naarItem(soorten.inlog, id, poging),
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
      const poging = ontzegel(soorten.inlog, id, unmarshall(res.Attributes).inhoud) as Inlogpoging | undefined;
      return poging && poging.verlooptOp > nu ? poging : undefined;
    },
    async bewaarSessie(id, sessie) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: naarItem(soorten.sessie, id, sessie as object as { verlooptOp: number }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async leesSessie(id, nu) {
      return lees(soorten.sessie, id, nu);
    },
    async verwijderSessie(id) {
      await client.send(new DeleteItemCommand({ TableName: tabel, Key: marshall(sleutel(soorten.sessie, id)) }));
    },
  };
}
