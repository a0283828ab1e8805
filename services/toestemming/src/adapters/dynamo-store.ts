import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { alsVoorwaarde, outboxAttributen, uitgaandVan, verwijderVerzonden, voorwaardelijk } from '@wegwijs/lambda-kit';
import type { Deling, LogEntry } from '../domain/typen';
import {
  delingItem,
  type Item,
  ketenVan,
  logItem,
  marshall,
  staatItem,
  uitDeling,
  uitLog,
  uitStaat,
} from './dynamo-items';
import { keys } from './keys';
import type { BrokerStore, KetenStand } from './store';

/** Replaces the decision fields of a claim; the status and the content are left alone. */
function herclaimExpressie(d: Deling): string {
  const set = ['besluit = :b', 'reden = :r', 'poging = :p', 'gepland = :e', 'ontvangenOp = :o'];
  const remove: string[] = [];
  if (d.grondslag) set.push('grondslag = :g');
  else remove.push('grondslag');
  if (d.toestemmingId) set.push('toestemmingId = :t');
  else remove.push('toestemmingId');
  return `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`;
}

/** The chain attributes of a staat item: its head and the entries written with it, not yet copied to log items. */
const ketenAttributen = (keten: KetenStand): Item =>
  marshall(
    { kop: keten.kop, teLoggen: keten.teLoggen, ...(keten.verwerkt ? { verwerkt: keten.verwerkt } : {}) },
    { removeUndefinedValues: true },
  );

/** The DynamoDB adapter of the broker's storage port (single-item conditional writes, strongly consistent reads). */
export function dynamoBrokerStore(client: DynamoDBClient, tableName: string): BrokerStore {
  const alles = async (input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> => {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const res = await client.send(
        new QueryCommand({ ...input, TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
    } while (start);
    return items;
  };
  const haal = async (key: { pk: string; sk: string }) =>
    (await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }))).Item;

  return {
    async lees(inburgeraarId) {
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': keys.partitie(inburgeraarId) }),
          ScanIndexForward: false,
          Limit: 2,
          ConsistentRead: true,
        }),
      );
      const staat = Items.find((i) => i.sk?.S === 'staat');
      const logKop = Items.find((i) => i.sk?.S?.startsWith('log#'));
      const keten = staat ? ketenVan(staat) : { kop: undefined, teLoggen: [], verwerkt: {} };
      return {
        staat: staat ? uitStaat(staat) : undefined,
        kop: keten.kop ?? (logKop ? uitLog(logKop) : undefined),
        teLoggen: keten.teLoggen,
        verwerkt: keten.verwerkt,
        uitgaand: staat ? uitgaandVan(staat).uitgaand : [],
      };
    },
    schrijfStaat: (staat, vorigeVersie, uitgaand = [], keten) =>
      voorwaardelijk(() =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: {
              ...staatItem(staat),
              ...outboxAttributen(uitgaand, new Date()),
              ...(keten ? ketenAttributen(keten) : {}),
            },
            ...(vorigeVersie === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'versie = :v', ExpressionAttributeValues: marshall({ ':v': vorigeVersie }) }),
          }),
        ),
      ),
    async markeerVerzonden(inburgeraarId, versie, sleutels = []) {
      const geheel = await voorwaardelijk(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.staat(inburgeraarId)),
            UpdateExpression: 'REMOVE uitgaand, uitstaand, uitstaandSinds, teLoggen',
            ConditionExpression: 'versie = :v',
            ExpressionAttributeValues: marshall({ ':v': versie }),
          }),
        ),
      );
      // A later write carried them on: remove just the events published here, so no later write publishes them again.
      if (!geheel && sleutels.length > 0) {
        await verwijderVerzonden(client, tableName, keys.staat(inburgeraarId), sleutels);
      }
    },
    voegToe: (entry) =>
      voorwaardelijk(() =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: logItem(entry),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
    async leesLogSlot(inburgeraarId, seq) {
      const item = await haal(keys.log(inburgeraarId, seq));
      return item ? uitLog(item) : undefined;
    },
    async leesLog(inburgeraarId) {
      const items = await alles({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': keys.partitie(inburgeraarId) }),
      });
      const perSeq = new Map<number, LogEntry>();
      for (const item of items) {
        if (item.sk?.S?.startsWith('log#')) perSeq.set(Number(item.seq?.N), uitLog(item));
        else if (item.sk?.S === 'staat') for (const e of ketenVan(item).teLoggen) perSeq.set(e.seq, e);
      }
      return [...perSeq.values()];
    },
    async claim(deling) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: delingItem(deling),
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return undefined;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
        const bestaand = e.Item ?? (await haal(keys.deling(deling.inburgeraarId, deling.sleutel)));
        if (!bestaand) throw e;
        return uitDeling(bestaand);
      }
    },
    herclaim: (deling, vorigePoging) =>
      voorwaardelijk(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.deling(deling.inburgeraarId, deling.sleutel)),
            UpdateExpression: herclaimExpressie(deling),
            ConditionExpression: 'poging = :vorige',
            ExpressionAttributeValues: marshall(
              {
                ':b': deling.besluit,
                ':r': deling.reden,
                ':p': deling.poging,
                ':e': deling.gepland,
                ':o': deling.ontvangenOp,
                ':g': deling.grondslag,
                ':t': deling.toestemmingId,
                ':vorige': vorigePoging,
              },
              { removeUndefinedValues: true },
            ),
          }),
        ),
      ),
    geefVrij: (inburgeraarId, sleutel, poging, gegevens) =>
      voorwaardelijk(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.deling(inburgeraarId, sleutel)),
            UpdateExpression: 'SET #status = :gedeeld, gegevens = :g',
            ConditionExpression: '#status = :besloten AND poging = :p',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: marshall(
              { ':gedeeld': 'gedeeld', ':besloten': 'besloten', ':p': poging, ':g': gegevens },
              { removeUndefinedValues: true },
            ),
          }),
        ),
      ),
    async verwijder(inburgeraarId, sleutel) {
      const res = await alsVoorwaarde(() =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.deling(inburgeraarId, sleutel)),
            UpdateExpression: 'SET #status = :weg, verwijderingGelogd = :nee REMOVE gegevens',
            ConditionExpression: 'attribute_exists(pk) AND #status <> :weg',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: marshall({ ':weg': 'verwijderd', ':nee': false }),
            ReturnValues: 'ALL_OLD',
          }),
        ),
      );
      return res?.Attributes ? uitDeling(res.Attributes) : undefined;
    },
    async markeerVerwijderingGelogd(inburgeraarId, sleutel) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(keys.deling(inburgeraarId, sleutel)),
          UpdateExpression: 'SET verwijderingGelogd = :ja',
          ExpressionAttributeValues: marshall({ ':ja': true }),
        }),
      );
    },
    async delingen(inburgeraarId) {
      const items = await alles({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': keys.delingen(inburgeraarId) }),
      });
      return items.map(uitDeling);
    },
  };
}
