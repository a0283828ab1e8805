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
  /** For the CSRF token of every form of this session. */
  csrf: string;
  /** Epoch seconds: the token's expiry (and the item's TTL). */
  verlooptOp: number;
}

export interface SessieStore {
  bewaarInlog(id: string, poging: Inlogpoging): Promise<void>;
  /** Reads and deletes (a sign-in attempt is used once). */
  neemInlog(id: string, nu: number): Promise<Inlogpoging | undefined>;
  bewaarSessie(id: string, sessie: Sessie): Promise<void>;
  leesSessie(id: string, nu: number): Promise<Sessie | undefined>;
  verwijderSessie(id: string): Promise<void>;
}

/** Keys hold a hash of the cookie value: a read of the table gives no usable session id. */
const sleutel = (soort: 'inlog' | 'sessie', id: string) => ({
  pk: `${soort}#${createHash('sha256').update(id).digest('base64url')}`,
  sk: soort,
});

export function dynamoSessieStore(client: DynamoDBClient, tabel: string): SessieStore {
  const lees = async (soort: 'inlog' | 'sessie', id: string, nu: number) => {
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
          Item: marshall({ ...sleutel('inlog', id), ...poging }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async neemInlog(id, nu) {
      const res = await alsVoorwaarde(() =>
        client.send(
          new DeleteItemCommand({
            TableName: tabel,
            Key: marshall(sleutel('inlog', id)),
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
          Item: marshall({ ...sleutel('sessie', id), ...sessie }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async leesSessie(id, nu) {
      const item = await lees('sessie', id, nu);
      if (!item) return undefined;
      const { pk: _pk, sk: _sk, ...sessie } = item as Sessie & { pk: string; sk: string };
      return sessie;
    },
    async verwijderSessie(id) {
      await client.send(new DeleteItemCommand({ TableName: tabel, Key: marshall(sleutel('sessie', id)) }));
    },
  };
}
