import { ScanCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoTrajectMigratie, INDEX_ATTRIBUTEN } from '../src/adapters/migratie';
import { dynamoBegeleidingStore, indexAttributen } from '../src/adapters/store';
import { INDEX_MIGRATIE, indexVerschil } from '../src/app/indexen-aanvullen';
import type { Traject } from '../src/domain/traject';
import { createMigratie } from '../src/handlers/migratie';
import {
  begeleiderToken,
  klok,
  meldAan,
  type Opstelling,
  organisatieVan,
  roepLijst,
  startOpstelling,
} from './support-omgeving';

let o: Opstelling;
let tabel: string;
beforeAll(async () => {
  o = await startOpstelling();
  tabel = o.omgeving.tabel('begeleiding');
});
afterAll(() => o.omgeving.stop());

/** Every item of the table (test-side read), by pk#sk. */
async function alleItems() {
  const { Items = [] } = await o.omgeving.dynamo.client.send(
    new ScanCommand({ TableName: tabel, ConsistentRead: true }),
  );
  return new Map(Items.map((i) => unmarshall(i)).map((i) => [`${i.pk}#${i.sk}`, i]));
}

/** Makes a stored traject look as it did before the sparse indexes: gsi2-gsi5 attributes gone, gsi1 still there. */
async function alsVoorDeIndexen(inburgeraarId: string) {
  const namen = INDEX_ATTRIBUTEN.filter((n) => !n.startsWith('gsi1'));
  await o.omgeving.dynamo.client.send(
    new UpdateItemCommand({
      TableName: tabel,
      Key: { pk: { S: `traject#${inburgeraarId}` }, sk: { S: 'traject' } },
      UpdateExpression: `SET gsi1pk = :o, gsi1sk = :t REMOVE ${namen.map((_, i) => `#n${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(namen.map((n, i) => [`#n${i}`, n])),
      ExpressionAttributeValues: { ':o': { S: 'org#oud' }, ':t': { S: `traject#${inburgeraarId}` } },
    }),
  );
}

const context = (ms: () => number) => ({ getRemainingTimeInMillis: ms });

describe('indexVerschil (what one item needs)', () => {
  it('sets what is missing or different, removes what is no longer wanted, and needs nothing when equal', () => {
    expect(indexVerschil({ huidig: { gsi1pk: 'x', gsi2pk: 'a' }, gewenst: { gsi2pk: 'b', gsi5pk: 'c' } })).toEqual({
      zet: { gsi2pk: 'b', gsi5pk: 'c' },
      weg: ['gsi1pk'],
      nodig: true,
    });
    expect(indexVerschil({ huidig: { gsi2pk: 'a' }, gewenst: { gsi2pk: 'a' } }).nodig).toBe(false);
  });
});

describe('the index backfill of trajecten stored before gsi2-gsi5', () => {
  const ids: string[] = [];
  let token: string;
  beforeAll(async () => {
    // Arrange: five Heerenveen trajecten (max 30 days without contact) stored the old way.
    klok.dag = '2025-04-01';
    token = await begeleiderToken(o, '0074', 'teamleider');
    for (const woning of ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-02-05']) {
      ids.push(await meldAan(o, '0074', { woning }));
    }
    for (const id of ids) await alsVoorDeIndexen(id);
    klok.dag = '2025-09-01';
  });

  /** The trajecten the caseload index (gsi2) lists for Heerenveen's organisation. */
  const opCaseload = async () => {
    const store = dynamoBegeleidingStore(o.omgeving.dynamo.client, tabel);
    const pagina = await store.werklijstPagina('caseload', {
      org: organisatieVan('0074'),
      gemeente: '0074',
      limit: 50,
    });
    return pagina.trajecten.map((t) => t.inburgeraarId).sort();
  };

  it('before it, the worklist index misses the old trajecten (they have no index attributes)', async () => {
    expect(await opCaseload()).toEqual([]);
  });

  it('gives every traject the index attributes the code writes, removes gsi1, in pages with a checkpoint', async () => {
    // Arrange: two items a page, and an invocation that runs out of time after its first page.
    const opslag = dynamoTrajectMigratie(o.omgeving.dynamo.client, tabel, { pagina: 2 });
    const migratie = createMigratie(opslag);
    // (asked once for the margin, once before the first page, then time is short)
    const tijden = [120_000, 120_000];
    const krap = context(() => tijden.shift() ?? 1_000);
    // Act: the first run stops at its checkpoint; the next one resumes there and finishes.
    const eerste = await migratie(undefined, krap);
    const tweede = await migratie(
      undefined,
      context(() => 900_000),
    );
    // Assert
    expect(eerste).toMatchObject({ klaar: false, paginas: 1 });
    expect(eerste.start).toBeDefined();
    expect(eerste.bijgewerkt).toBeLessThan(ids.length);
    expect(tweede).toMatchObject({ klaar: true, bijgewerkt: ids.length });
    const items = await alleItems();
    for (const id of ids) {
      const item = items.get(`traject#${id}#traject`);
      const gewenst = indexAttributen(item?.staat as Traject);
      expect(Object.keys(gewenst).length).toBeGreaterThan(0);
      expect(item).toMatchObject(gewenst);
      expect(item?.gsi1pk).toBeUndefined();
      expect(item?.gsi1sk).toBeUndefined();
    }
    expect(items.get(`migratie#${INDEX_MIGRATIE}#stand`)).toMatchObject({ klaar: true });
  });

  it('after it, the worklist index lists them, and the caseload answers them', async () => {
    expect(await opCaseload()).toEqual([...ids].sort());
    const res = await roepLijst(o, '/v1/begeleiding/caseload', token, 'gemeente=0074');
    expect(res.status).toBe(200);
  });

  it('running it again changes nothing and reads no page', async () => {
    // Arrange
    const voor = await alleItems();
    const migratie = createMigratie(dynamoTrajectMigratie(o.omgeving.dynamo.client, tabel, { pagina: 2 }));
    // Act
    const weer = await migratie(
      undefined,
      context(() => 900_000),
    );
    // Assert
    expect(weer).toMatchObject({ klaar: true, paginas: 0 });
    expect(await alleItems()).toEqual(voor);
  });

  it('a new run over items already right (checkpoint removed) updates none of them', async () => {
    // Arrange: the same migration from scratch, as if the checkpoint were lost.
    await o.omgeving.dynamo.client.send(
      new UpdateItemCommand({
        TableName: tabel,
        Key: { pk: { S: `migratie#${INDEX_MIGRATIE}` }, sk: { S: 'stand' } },
        UpdateExpression: 'SET klaar = :nee, bijgewerkt = :nul REMOVE #start',
        ExpressionAttributeNames: { '#start': 'start' },
        ExpressionAttributeValues: { ':nee': { BOOL: false }, ':nul': { N: '0' } },
      }),
    );
    const voor = await alleItems();
    // Act
    const weer = await createMigratie(dynamoTrajectMigratie(o.omgeving.dynamo.client, tabel))(undefined);
    // Assert
    expect(weer).toMatchObject({ klaar: true, bijgewerkt: 0 });
    const na = await alleItems();
    for (const id of ids) expect(na.get(`traject#${id}#traject`)).toEqual(voor.get(`traject#${id}#traject`));
  });
});
