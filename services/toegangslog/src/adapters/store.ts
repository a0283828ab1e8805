import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SignaleringSoort } from '@wegwijs/contracts';
import {
  type BegeleidersFeit,
  type CursorSleutel,
  type OpgeslagenItem,
  type PaginaVraag,
  queryPagina,
  voorwaardelijk,
} from '@wegwijs/lambda-kit';
import type { Signalering, Toegang } from '../domain/toegang';
import {
  dossierSleutel,
  entrySk,
  gebruikerPk,
  INDEXEN,
  type Index,
  inburgeraarPk,
  logPk,
  organisatiePk,
  signalerendSleutel,
  signaleringPk,
  vensterPk,
} from './keys';

/** What a reader asks of the access log: one gemeente, optionally one user, one inburgeraar, one organisation. */
export interface LogVraag {
  gemeente: string;
  gebruiker?: string;
  inburgeraarId?: string;
  org?: string;
  van: string;
  tot: string;
}

export interface ToegangslogStore {
  /** Stores one entry (keyed by its event id: a repeated delivery writes the same item). */
  legVast(t: Toegang, verlooptOp: number): Promise<void>;
  /** What this context knows of a dossier: its gemeente (the aanmelding), who is assigned (begeleiding). */
  dossier(inburgeraarId: string): Promise<{ gemeente?: string; begeleiders?: string[] }>;
  zetDossier(inburgeraarId: string, gemeente: string): Promise<void>;
  /** Who is assigned, when `feit.stand` is newer than the stored one (any order, however often). */
  zetBegeleiders(inburgeraarId: string, feit: BegeleidersFeit): Promise<boolean>;
  /**
   * Records that `sub` opened `inburgeraarId` at `tijdstip` (counted per kind of signal), and answers how many
   * distinct dossiers since `sinds`.
   */
  opening(
    sub: string,
    inburgeraarId: string,
    tijdstip: string,
    sinds: string,
    soort?: SignaleringSoort,
  ): Promise<number>;
  /**
   * Claims the signalering of `sub` of one kind for the hour after `tijdstip`: true unless another one was raised
   * within the hour before (a repeated delivery of the same event, `sleutel`, claims it again).
   */
  claimSignalering(sub: string, sleutel: string, tijdstip: string, soort?: SignaleringSoort): Promise<boolean>;
  bewaarSignalering(s: Signalering, verlooptOp: number): Promise<void>;
  lees(vraag: LogVraag, pagina: PaginaVraag): Promise<{ items: Toegang[]; volgende?: string }>;
  /**
   * Every entry filed on one dossier (`inburgeraar`) or made by one user (`gebruiker`) under one gemeente
   * (`undefined`: unknown), as stored (keys included), all pages.
   */
  vanIndex(index: 'inburgeraar' | 'gebruiker', gemeente: string | undefined, id: string): Promise<OpgeslagenItem[]>;
  signaleringen(
    gemeente: string,
    org: string | undefined,
    pagina: PaginaVraag,
  ): Promise<{ items: Signalering[]; volgende?: string }>;
}

const alsToegang = (item: Record<string, unknown>): Toegang => {
  const { pk: _pk, sk: _sk, verlooptOp: _v, ...rest } = item;
  for (const k of Object.keys(rest)) if (k.startsWith('gsi')) delete rest[k];
  return rest as unknown as Toegang;
};

export function dynamoToegangslogStore(client: DynamoDBClient, tabel: string): ToegangslogStore {
  const query = (index: Index | undefined, pk: string, vraag: LogVraag, filters: Record<string, string>) => {
    const pkNaam = index ? INDEXEN[index].partitionKey : 'pk';
    const skNaam = index ? INDEXEN[index].sortKey : 'sk';
    const namen: Record<string, string> = { '#pk': pkNaam, '#sk': skNaam };
    const waarden: Record<string, string> = { ':pk': pk, ':van': vraag.van, ':tot': vraag.tot };
    const voorwaarden: string[] = [];
    for (const [pad, waarde] of Object.entries(filters)) {
      const [a, b] = pad.split('.') as [string, string | undefined];
      namen[`#${a}`] = a;
      if (b) namen[`#${b}`] = b;
      waarden[`:${a}${b ?? ''}`] = waarde;
      voorwaarden.push(`${b ? `#${a}.#${b}` : `#${a}`} = :${a}${b ?? ''}`);
    }
    const input: QueryCommandInput = {
      TableName: tabel,
      ...(index ? { IndexName: INDEXEN[index].naam } : {}),
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :van AND :tot',
      ...(voorwaarden.length ? { FilterExpression: voorwaarden.join(' AND ') } : {}),
      ExpressionAttributeNames: namen,
      ExpressionAttributeValues: marshall(waarden),
      // Newest first.
      ScanIndexForward: false,
    };
    const sleutel: CursorSleutel = {
      attributen: index ? ['pk', 'sk', pkNaam, skNaam] : ['pk', 'sk'],
      partitie: { [pkNaam]: pk },
    };
    return { input, sleutel };
  };

  return {
    async legVast(t, verlooptOp) {
      const sk = entrySk(t.tijdstip, t.id);
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: marshall(
            {
              pk: logPk(t.gemeente),
              sk,
              gsi1pk: gebruikerPk(t.gemeente, t.actor.sub),
              gsi1sk: sk,
              ...(t.object ? { gsi2pk: inburgeraarPk(t.gemeente, t.object), gsi2sk: sk } : {}),
              ...(t.actor.org ? { gsi3pk: organisatiePk(t.gemeente, t.actor.org), gsi3sk: sk } : {}),
              ...t,
              verlooptOp,
            },
            { removeUndefinedValues: true },
          ),
        }),
      );
    },
    async dossier(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tabel, Key: marshall(dossierSleutel(inburgeraarId)) }),
      );
      const gemeente = Item?.gemeente?.S;
      const begeleiders = Item?.begeleiders?.L?.map((b) => b.S ?? '');
      return { ...(gemeente ? { gemeente } : {}), ...(begeleiders ? { begeleiders } : {}) };
    },
    async zetDossier(inburgeraarId, gemeente) {
      // An update, so who is assigned (another event, any order) stays.
      await client.send(
        new UpdateItemCommand({
          TableName: tabel,
          Key: marshall(dossierSleutel(inburgeraarId)),
          UpdateExpression: 'SET gemeente = :g',
          ExpressionAttributeValues: marshall({ ':g': gemeente }),
        }),
      );
    },
    zetBegeleiders: (inburgeraarId, feit) =>
      voorwaardelijk(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tabel,
            Key: marshall(dossierSleutel(inburgeraarId)),
            UpdateExpression: 'SET begeleiders = :b, begeleidersStand = :s',
            ConditionExpression: 'attribute_not_exists(begeleidersStand) OR begeleidersStand < :s',
            ExpressionAttributeValues: marshall({ ':b': [...new Set(feit.begeleiders)].sort(), ':s': feit.stand }),
          }),
        ),
      ),
    async opening(sub, inburgeraarId, tijdstip, sinds, soort) {
      await client
        .send(
          new PutItemCommand({
            TableName: tabel,
            Item: marshall({
              pk: vensterPk(sub, soort),
              sk: inburgeraarId,
              laatst: tijdstip,
              // Kept two hours: only the last hour counts.
              verlooptOp: Math.floor(Date.parse(tijdstip) / 1000) + 2 * 3600,
            }),
            // An older delivery never moves an opening back in time.
            ConditionExpression: 'attribute_not_exists(laatst) OR laatst <= :t',
            ExpressionAttributeValues: marshall({ ':t': tijdstip }),
          }),
        )
        .catch((e: unknown) => {
          if (!(e instanceof ConditionalCheckFailedException)) throw e;
        });
      let aantal = 0;
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tabel,
            KeyConditionExpression: 'pk = :pk',
            FilterExpression: 'laatst >= :sinds',
            ExpressionAttributeValues: marshall({ ':pk': vensterPk(sub, soort), ':sinds': sinds }),
            Select: 'COUNT',
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        aantal += page.Count ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
      return aantal;
    },
    async claimSignalering(sub, sleutel, tijdstip, soort) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tabel,
            Item: marshall({
              ...signalerendSleutel(sub, soort),
              tot: new Date(Date.parse(tijdstip) + 3_600_000).toISOString(),
              sleutel,
            }),
            ConditionExpression: 'attribute_not_exists(pk) OR tot <= :nu OR sleutel = :sleutel',
            ExpressionAttributeValues: marshall({ ':nu': tijdstip, ':sleutel': sleutel }),
          }),
        );
        return true;
      } catch (e) {
        if (e instanceof ConditionalCheckFailedException) return false;
        throw e;
      }
    },
    async bewaarSignalering(s, verlooptOp) {
      await client.send(
        new PutItemCommand({
          TableName: tabel,
          Item: marshall(
            { pk: signaleringPk(s.gemeente), sk: entrySk(s.tijdstip, s.signaleringId), ...s, verlooptOp },
            { removeUndefinedValues: true },
          ),
        }),
      );
    },
    async lees(vraag, pagina) {
      const { gemeente, gebruiker, inburgeraarId, org } = vraag;
      // The narrowest index first; the rest of the filter on the items it reads.
      const [index, pk, filters]: [Index | undefined, string, Record<string, string>] = inburgeraarId
        ? [
            'inburgeraar',
            inburgeraarPk(gemeente, inburgeraarId),
            { ...(gebruiker ? { 'actor.sub': gebruiker } : {}), ...(org ? { 'actor.org': org } : {}) },
          ]
        : gebruiker
          ? ['gebruiker', gebruikerPk(gemeente, gebruiker), org ? { 'actor.org': org } : {}]
          : org
            ? ['organisatie', organisatiePk(gemeente, org), {}]
            : [undefined, logPk(gemeente), {}];
      const { input, sleutel } = query(index, pk, vraag, filters);
      const page = await queryPagina(client, input, pagina, sleutel);
      return {
        items: page.items.map((i) => alsToegang(unmarshall(i))),
        ...(page.volgende ? { volgende: page.volgende } : {}),
      };
    },
    async vanIndex(index, gemeente, id) {
      const items: OpgeslagenItem[] = [];
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tabel,
            IndexName: INDEXEN[index].naam,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': INDEXEN[index].partitionKey },
            ExpressionAttributeValues: marshall({
              ':pk': index === 'inburgeraar' ? inburgeraarPk(gemeente, id) : gebruikerPk(gemeente, id),
            }),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        items.push(...(page.Items ?? []).map((i) => unmarshall(i) as OpgeslagenItem));
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async signaleringen(gemeente, org, pagina) {
      const { input, sleutel } = query(
        undefined,
        signaleringPk(gemeente),
        { gemeente, van: '0000', tot: '9999' },
        org ? { 'actor.org': org } : {},
      );
      const page = await queryPagina(client, input, pagina, sleutel);
      return {
        items: page.items.map((i) => alsToegang(unmarshall(i)) as unknown as Signalering),
        ...(page.volgende ? { volgende: page.volgende } : {}),
      };
    },
  };
}
