import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AbonnementFilters, AfleveringStatus, Kanaal, Rol } from '@wegwijs/contracts';
import { type PaginaVraag, queryPagina } from '@wegwijs/lambda-kit';
import { abonnementPk, abonnementSk, afleveringPk, WACHTRIJ, WACHTRIJ_INDEX, wachtrijSk } from './keys';

export interface Abonnement {
  abonnementId: string;
  org: string;
  rol: Rol;
  gemeenten: string[];
  callbackUrl: string;
  kanalen: Kanaal[];
  filters: AbonnementFilters;
  /** The shared secret; stays in this table (encrypted at rest with the context's key), never in an answer or log. */
  geheim: string;
  aangemaaktOp: string;
}

export interface Aflevering {
  abonnementId: string;
  org: string;
  notificatieId: string;
  kanaal: Kanaal;
  aangemaaktOp: string;
  /** The notification's body exactly as signed and sent on every attempt. */
  body: string;
  status: AfleveringStatus;
  pogingen: number;
  laatstePoging?: string;
  volgendePoging?: string;
  /** Start of the current round of attempts (creation, or the subscriber's request to try again). */
  sinds: string;
}

export interface AbonnementenStore {
  bewaar(a: Abonnement): Promise<void>;
  lees(org: string, id: string): Promise<Abonnement | undefined>;
  /** Ends a subscription; false when it did not exist. */
  verwijder(org: string, id: string): Promise<boolean>;
  vanOrganisatie(org: string, pagina: PaginaVraag): Promise<{ items: Abonnement[]; volgende?: string }>;
  /** Every subscription of an organisation (the consumer's match; an organisation has few). */
  alleVan(org: string): Promise<Abonnement[]>;
  /** Stores a new delivery; false when it exists already (a repeated event). */
  nieuweAflevering(a: Aflevering): Promise<boolean>;
  aflevering(abonnementId: string, notificatieId: string): Promise<Aflevering | undefined>;
  /** Records an attempt's outcome, only while the delivery's attempt count is still `vorige` (one writer wins). */
  werkBij(a: Aflevering, vorigePogingen: number): Promise<boolean>;
  afleveringen(abonnementId: string, pagina: PaginaVraag): Promise<{ items: Aflevering[]; volgende?: string }>;
  /** Deliveries due at `nu` (their next attempt is not later), oldest first. */
  teDoen(nu: string, max: number): Promise<Aflevering[]>;
}

const zonderSleutels = (item: Record<string, unknown>) => {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, verlooptOp: _v, ...rest } = item;
  return rest;
};

/** A delivery's record is kept 30 days after its round began (DynamoDB TTL), then removed: it names a dossier id. */
const BEWAAR_S = 30 * 24 * 60 * 60;

const afleveringItem = (a: Aflevering) =>
  marshall(
    {
      pk: afleveringPk(a.abonnementId),
      sk: a.notificatieId,
      ...a,
      verlooptOp: Math.floor(Date.parse(a.sinds) / 1000) + BEWAAR_S,
      ...(a.status === 'bezig' && a.volgendePoging
        ? { gsi1pk: WACHTRIJ, gsi1sk: wachtrijSk(a.volgendePoging, a.abonnementId, a.notificatieId) }
        : {}),
    },
    { removeUndefinedValues: true },
  );

export function dynamoAbonnementenStore(client: DynamoDBClient, tabel: string): AbonnementenStore {
  return {
    async bewaar(a) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: marshall({ pk: abonnementPk(a.org), sk: abonnementSk(a.abonnementId), ...a }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async lees(org, id) {
      const r = await client.send(
        new GetItemCommand({
          TableName: tabel,
          Key: marshall({ pk: abonnementPk(org), sk: abonnementSk(id) }),
          ConsistentRead: true,
        }),
      );
      return r.Item ? (zonderSleutels(unmarshall(r.Item)) as unknown as Abonnement) : undefined;
    },
    async verwijder(org, id) {
      try {
        await client.send(
          new DeleteItemCommand({
            TableName: tabel,
            Key: marshall({ pk: abonnementPk(org), sk: abonnementSk(id) }),
            ConditionExpression: 'attribute_exists(pk)',
          }),
        );
        return true;
      } catch (e) {
        if ((e as Error).name === 'ConditionalCheckFailedException') return false;
        throw e;
      }
    },
    async vanOrganisatie(org, pagina) {
      const pk = abonnementPk(org);
      const page = await queryPagina(
        client,
        {
          TableName: tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :abo)',
          ExpressionAttributeValues: marshall({ ':pk': pk, ':abo': 'abo#' }),
        },
        pagina,
        { attributen: ['pk', 'sk'], partitie: { pk }, begintMet: { sk: 'abo#' } },
      );
      return {
        items: page.items.map((i) => zonderSleutels(unmarshall(i)) as unknown as Abonnement),
        ...(page.volgende ? { volgende: page.volgende } : {}),
      };
    },
    async alleVan(org) {
      const r = await client.send(
        new QueryCommand({
          TableName: tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :abo)',
          ExpressionAttributeValues: marshall({ ':pk': abonnementPk(org), ':abo': 'abo#' }),
        }),
      );
      return (r.Items ?? []).map((i) => zonderSleutels(unmarshall(i)) as unknown as Abonnement);
    },
    async nieuweAflevering(a) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tabel,
            Item: afleveringItem(a),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (e) {
        if ((e as Error).name === 'ConditionalCheckFailedException') return false;
        throw e;
      }
    },
    async aflevering(abonnementId, notificatieId) {
      const r = await client.send(
        new GetItemCommand({
          TableName: tabel,
          Key: marshall({ pk: afleveringPk(abonnementId), sk: notificatieId }),
          ConsistentRead: true,
        }),
      );
      return r.Item ? (zonderSleutels(unmarshall(r.Item)) as unknown as Aflevering) : undefined;
    },
    async werkBij(a, vorigePogingen) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tabel,
            Item: afleveringItem(a),
            ConditionExpression: 'pogingen = :vorige',
            ExpressionAttributeValues: marshall({ ':vorige': vorigePogingen }),
          }),
        );
        return true;
      } catch (e) {
        if ((e as Error).name === 'ConditionalCheckFailedException') return false;
        throw e;
      }
    },
    async afleveringen(abonnementId, pagina) {
      const pk = afleveringPk(abonnementId);
      const page = await queryPagina(
        client,
        {
          TableName: tabel,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': pk }),
          ScanIndexForward: false,
        },
        pagina,
        { attributen: ['pk', 'sk'], partitie: { pk } },
      );
      return {
        items: page.items.map((i) => zonderSleutels(unmarshall(i)) as unknown as Aflevering),
        ...(page.volgende ? { volgende: page.volgende } : {}),
      };
    },
    async teDoen(nu, max) {
      const r = await client.send(
        new QueryCommand({
          TableName: tabel,
          IndexName: WACHTRIJ_INDEX.naam,
          KeyConditionExpression: 'gsi1pk = :w AND gsi1sk <= :nu',
          ExpressionAttributeValues: marshall({ ':w': WACHTRIJ, ':nu': `${nu}#~` }),
          Limit: max,
        }),
      );
      return (r.Items ?? []).map((i) => zonderSleutels(unmarshall(i)) as unknown as Aflevering);
    },
  };
}
