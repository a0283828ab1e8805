import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AbonnementFilters, AfleveringStatus, Kanaal, Rol } from '@wegwijs/contracts';
import {
  type AggregaatCodec,
  dynamoAggregaatOpslag,
  KIT_ATTRIBUTEN,
  niets,
  type PaginaVraag,
  type Publisher,
  queryPagina,
  type SchrijfpadDeps,
  type Sleutel,
  schrijf,
  voerUit,
} from '@wegwijs/lambda-kit';
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
  /** Set when the subscription was ended: it notifies no more, is no longer listed or read, and expires (TTL). */
  beeindigdOp?: string;
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

/** A delivery as read, with the version of its item: the next write of it is conditional on that version. */
export type GelezenAflevering = Aflevering & { readonly versie: number };

export interface AbonnementenStore {
  bewaar(a: Abonnement): Promise<void>;
  /** A subscription that was not ended. */
  lees(org: string, id: string): Promise<Abonnement | undefined>;
  /** Ends a subscription; false when it did not exist (or was ended already). */
  verwijder(org: string, id: string, nu: string): Promise<boolean>;
  vanOrganisatie(org: string, pagina: PaginaVraag): Promise<{ items: Abonnement[]; volgende?: string }>;
  /** Every subscription of an organisation that was not ended (the consumer's match; an organisation has few). */
  alleVan(org: string): Promise<Abonnement[]>;
  /** Stores a new delivery; undefined when it exists already (a repeated event). */
  nieuweAflevering(a: Aflevering): Promise<GelezenAflevering | undefined>;
  aflevering(abonnementId: string, notificatieId: string): Promise<GelezenAflevering | undefined>;
  /**
   * Records an attempt's outcome, only while the delivery's attempt count is still that of `vorige` (one writer
   * wins); answers the delivery as written, or undefined when another writer was first.
   */
  werkBij(vorige: GelezenAflevering, nieuw: Aflevering): Promise<GelezenAflevering | undefined>;
  afleveringen(abonnementId: string, pagina: PaginaVraag): Promise<{ items: Aflevering[]; volgende?: string }>;
  /** Deliveries due at `nu` (their next attempt is not later), oldest first. */
  teDoen(nu: string, max: number): Promise<GelezenAflevering[]>;
}

const INDEX_ATTRIBUTEN = new Set(['gsi1pk', 'gsi1sk']);

/** The state's attributes of an item: without keys, index keys and the write path's own attributes. */
const staatVan = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KIT_ATTRIBUTEN.has(k) && !INDEX_ATTRIBUTEN.has(k)));

/** Subscriptions and deliveries are kept 30 days after they ended or their round began (TTL): they name dossiers. */
const BEWAAR_S = 30 * 24 * 60 * 60;
const verloopt = (vanaf: string) => Math.floor(Date.parse(vanaf) / 1000) + BEWAAR_S;

const abonnementCodec: AggregaatCodec<Abonnement> = {
  naarItem: (a) => ({ ...a, ...(a.beeindigdOp ? { verlooptOp: verloopt(a.beeindigdOp) } : {}) }),
  uitItem: (attributen) => staatVan(attributen) as unknown as Abonnement,
};

const afleveringCodec: AggregaatCodec<Aflevering> = {
  naarItem: (a) => {
    const { versie: _v, ...staat } = a as GelezenAflevering;
    return {
      ...staat,
      verlooptOp: verloopt(a.sinds),
      ...(a.status === 'bezig' && a.volgendePoging
        ? { gsi1pk: WACHTRIJ, gsi1sk: wachtrijSk(a.volgendePoging, a.abonnementId, a.notificatieId) }
        : {}),
    };
  },
  uitItem: (attributen) => staatVan(attributen) as unknown as Aflevering,
};

/** A raw delivery item (from a Query) with its version. */
const gelezenAflevering = (item: Record<string, AttributeValue>): GelezenAflevering => ({
  ...(staatVan(unmarshall(item)) as unknown as Aflevering),
  versie: Number(item.versie?.N ?? 0),
});

const abonnementSleutel = (org: string, id: string): Sleutel => ({ pk: abonnementPk(org), sk: abonnementSk(id) });
const afleveringSleutel = (abonnementId: string, notificatieId: string): Sleutel => ({
  pk: afleveringPk(abonnementId),
  sk: notificatieId,
});

/** The abonnementen publish no events (their role cannot put any): the write path never has one to publish. */
const geenEvents: Publisher = {
  publish: async () => {
    throw new Error('the abonnementen publish no events');
  },
};

/**
 * The subscriptions and deliveries in the context's table. Every change goes through the kit's one write path
 * (`voerUit`: read, decide, one conditional write on the item's version); none carries events.
 */
export function dynamoAbonnementenStore(
  client: DynamoDBClient,
  tabel: string,
  pad: Omit<SchrijfpadDeps, 'publisher'>,
): AbonnementenStore {
  const deps: SchrijfpadDeps = { ...pad, publisher: geenEvents };
  const nu = () => pad.clock.now();
  const abonnementen = dynamoAggregaatOpslag(client, tabel, abonnementCodec, nu);
  const afleveringOpslag = dynamoAggregaatOpslag(client, tabel, afleveringCodec, nu);
  const actief = (a: Abonnement | undefined) => (a && !a.beeindigdOp ? a : undefined);
  const zonderBeeindigd = {
    FilterExpression: 'attribute_not_exists(beeindigdOp)',
  };
  return {
    async bewaar(a) {
      await voerUit(
        deps,
        abonnementen,
        abonnementSleutel(a.org, a.abonnementId),
        (huidig) => (huidig ? niets(undefined) : schrijf(a, [], undefined)),
        { gelezen: undefined },
      );
    },
    async lees(org, id) {
      return actief((await abonnementen.laad(abonnementSleutel(org, id)))?.staat);
    },
    verwijder: (org, id, op) =>
      voerUit(deps, abonnementen, abonnementSleutel(org, id), (huidig) =>
        huidig && !huidig.staat.beeindigdOp ? schrijf({ ...huidig.staat, beeindigdOp: op }, [], true) : niets(false),
      ),
    async vanOrganisatie(org, pagina) {
      const pk = abonnementPk(org);
      const page = await queryPagina(
        client,
        {
          TableName: tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :abo)',
          ExpressionAttributeValues: marshall({ ':pk': pk, ':abo': 'abo#' }),
          ...zonderBeeindigd,
        },
        pagina,
        { attributen: ['pk', 'sk'], partitie: { pk }, begintMet: { sk: 'abo#' } },
      );
      return {
        items: page.items.map((i) => staatVan(unmarshall(i)) as unknown as Abonnement),
        ...(page.volgende ? { volgende: page.volgende } : {}),
      };
    },
    async alleVan(org) {
      const r = await client.send(
        new QueryCommand({
          TableName: tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :abo)',
          ExpressionAttributeValues: marshall({ ':pk': abonnementPk(org), ':abo': 'abo#' }),
          ...zonderBeeindigd,
        }),
      );
      return (r.Items ?? []).map((i) => staatVan(unmarshall(i)) as unknown as Abonnement);
    },
    nieuweAflevering: (a) =>
      voerUit(
        deps,
        afleveringOpslag,
        afleveringSleutel(a.abonnementId, a.notificatieId),
        (huidig) => (huidig ? niets(undefined) : schrijf(a, [], { ...a, versie: 1 })),
        // New by construction: the first attempt writes at once (attribute_not_exists); a repeat finds it.
        { gelezen: undefined },
      ),
    async aflevering(abonnementId, notificatieId) {
      const g = await afleveringOpslag.laad(afleveringSleutel(abonnementId, notificatieId));
      return g ? { ...g.staat, versie: g.versie } : undefined;
    },
    werkBij: (vorige, nieuw) =>
      voerUit(
        deps,
        afleveringOpslag,
        afleveringSleutel(vorige.abonnementId, vorige.notificatieId),
        (huidig) =>
          huidig && huidig.staat.pogingen === vorige.pogingen
            ? schrijf(nieuw, [], { ...nieuw, versie: huidig.versie + 1 })
            : niets(undefined),
        // Decided on the delivery as the caller read it: a stale read loses the condition and is decided afresh.
        { gelezen: { staat: vorige, versie: vorige.versie, uitgaand: [] } },
      ),
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
        items: page.items.map((i) => staatVan(unmarshall(i)) as unknown as Aflevering),
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
      return (r.Items ?? []).map(gelezenAflevering);
    },
  };
}
