import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  type AggregaatCodec,
  type AggregaatOpslag,
  type DynamoPagina,
  dynamoAggregaatOpslag,
  type PaginaVraag,
  queryPagina,
} from '@wegwijs/lambda-kit';
import type { Bewaartermijnen } from '@wegwijs/profielen';
import { dueDag } from '../domain/levensloop';
import { isVernietigd, type PersoonStaat } from '../domain/persoon';
import { vernietigenVanaf } from '../domain/termijn';
import { type Verslag, volgendeActie } from '../domain/verslag';
import {
  LIJST_INDEX,
  lijstPartitie,
  OPEN_INDEX,
  OPEN_PARTITIE,
  persoonHash,
  TERMIJN_INDEX,
  termijnPartitie,
  VERSLAGEN_INDEX,
  verslagenPartitie,
} from './keys';

/** A person's item: the state plus the index keys that follow from it (none on a tombstone). */
export const persoonCodec = (termijnen: Bewaartermijnen): AggregaatCodec<PersoonStaat> => ({
  naarItem(staat) {
    if (isVernietigd(staat)) return { vernietigd: staat.vernietigd };
    const hash = persoonHash(staat.inburgeraarId);
    const due = dueDag(staat, termijnen);
    const vanaf = vernietigenVanaf(staat, termijnen)?.datum;
    return {
      staat: JSON.stringify(staat),
      ...(due ? { gsi1pk: termijnPartitie(staat.gemeente), gsi1sk: `${due}#${hash}` } : {}),
      ...(staat.status === 'op-lijst'
        ? { gsi2pk: lijstPartitie(staat.gemeente), gsi2sk: `${vanaf ?? staat.aangemeldOp}#${hash}` }
        : {}),
      ...(staat.status === 'wordt-vernietigd' && staat.aanvraag
        ? { gsi4pk: OPEN_PARTITIE, gsi4sk: `${staat.aanvraag.aangevraagdOp.slice(0, 10)}#P#${hash}` }
        : {}),
    };
  },
  uitItem(a) {
    if (typeof a.vernietigd === 'string') return { vernietigd: a.vernietigd };
    return JSON.parse(String(a.staat)) as PersoonStaat;
  },
});

export const verslagCodec: AggregaatCodec<Verslag> = {
  naarItem(v) {
    const actie = volgendeActie(v);
    return {
      verslag: JSON.stringify(v),
      gsi3pk: verslagenPartitie(v.gemeente),
      gsi3sk: `${v.aangevraagdOp}#${v.verslagId}`,
      ...(actie ? { gsi4pk: OPEN_PARTITIE, gsi4sk: `${actie}#V#${v.verslagId}` } : {}),
    };
  },
  uitItem: (a) => JSON.parse(String(a.verslag)) as Verslag,
};

/** An item of the open index: a person whose destruction started, or a verslag with work left. */
export type OpenWerk = { soort: 'persoon'; staat: PersoonStaat } | { soort: 'verslag'; verslag: Verslag };

export interface ArchiefStore {
  personen: AggregaatOpslag<PersoonStaat>;
  verslagen: AggregaatOpslag<Verslag>;
  /** People of a gemeente whose day is on or before `tot` (gsi1, in pages). */
  due(gemeente: string, tot: string): AsyncIterable<PersoonStaat>;
  lijst(gemeente: string, vraag: PaginaVraag): Promise<{ items: PersoonStaat[]; volgende?: string }>;
  verslagenVan(gemeente: string, vraag: PaginaVraag): Promise<{ items: Verslag[]; volgende?: string }>;
  /** Work to resume or due on or before `tot` (gsi4, in pages). */
  open(tot: string): AsyncIterable<OpenWerk>;
}

async function* pages(client: DynamoDBClient, input: ConstructorParameters<typeof QueryCommand>[0]) {
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
    for (const item of page.Items ?? []) yield unmarshall(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

const lees = (pagina: DynamoPagina) => pagina.items.map((i) => unmarshall(i));

export function dynamoArchiefStore(client: DynamoDBClient, tabel: string, termijnen: Bewaartermijnen): ArchiefStore {
  const pCodec = persoonCodec(termijnen);
  return {
    personen: dynamoAggregaatOpslag(client, tabel, pCodec),
    verslagen: dynamoAggregaatOpslag(client, tabel, verslagCodec),
    async *due(gemeente, tot) {
      for await (const item of pages(client, {
        TableName: tabel,
        IndexName: TERMIJN_INDEX.naam,
        KeyConditionExpression: 'gsi1pk = :p AND gsi1sk <= :tot',
        ExpressionAttributeValues: marshall({ ':p': termijnPartitie(gemeente), ':tot': `${tot}#~` }),
        Limit: 100,
      })) {
        yield pCodec.uitItem(item);
      }
    },
    async lijst(gemeente, vraag) {
      const pagina = await queryPagina(
        client,
        {
          TableName: tabel,
          IndexName: LIJST_INDEX.naam,
          KeyConditionExpression: 'gsi2pk = :p',
          ExpressionAttributeValues: marshall({ ':p': lijstPartitie(gemeente) }),
        },
        vraag,
        { attributen: ['pk', 'sk', 'gsi2pk', 'gsi2sk'], partitie: { gsi2pk: lijstPartitie(gemeente) } },
      );
      return {
        items: lees(pagina).map((i) => pCodec.uitItem(i)),
        ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
      };
    },
    async verslagenVan(gemeente, vraag) {
      const pagina = await queryPagina(
        client,
        {
          TableName: tabel,
          IndexName: VERSLAGEN_INDEX.naam,
          KeyConditionExpression: 'gsi3pk = :p',
          ExpressionAttributeValues: marshall({ ':p': verslagenPartitie(gemeente) }),
          ScanIndexForward: false,
        },
        vraag,
        { attributen: ['pk', 'sk', 'gsi3pk', 'gsi3sk'], partitie: { gsi3pk: verslagenPartitie(gemeente) } },
      );
      return {
        items: lees(pagina).map((i) => verslagCodec.uitItem(i)),
        ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
      };
    },
    async *open(tot) {
      for await (const item of pages(client, {
        TableName: tabel,
        IndexName: OPEN_INDEX.naam,
        KeyConditionExpression: 'gsi4pk = :p AND gsi4sk <= :tot',
        ExpressionAttributeValues: marshall({ ':p': OPEN_PARTITIE, ':tot': `${tot}#~` }),
        Limit: 100,
      })) {
        yield typeof item.verslag === 'string'
          ? { soort: 'verslag', verslag: verslagCodec.uitItem(item) }
          : { soort: 'persoon', staat: pCodec.uitItem(item) };
      }
    },
  };
}
