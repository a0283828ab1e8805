import {
  MeetmomentVastgelegd,
  type PersoonInzageAntwoord,
  type PersoonVernietigAntwoord,
  type VernietigFase,
} from '@wegwijs/contracts';
import { inhoudVan, losOp } from '@wegwijs/lambda-kit';
import { opJson, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/domain/typen';
import { bewaardeKetenGeldig } from '../src/domain/vernietiging';
import { createPersoonHandler } from '../src/handlers/persoon';
import { type BrokerOmgeving, body, brokerOmgeving, meetmoment, ROUTES } from './support/omgeving';

const ORG = 'vluchtelingenwerk';
let o: BrokerOmgeving;
let persoon: ReturnType<typeof createPersoonHandler>;
beforeAll(async () => {
  o = await brokerOmgeving();
  persoon = createPersoonHandler(o.deps);
});
afterAll(() => o.omgeving.stop());

const inzage = async (inburgeraarId: string) =>
  (await persoon({ actie: 'inzage', inburgeraarId })) as PersoonInzageAntwoord;
const vernietig = async (inburgeraarId: string, fase?: VernietigFase) =>
  (await persoon({
    actie: 'vernietig',
    inburgeraarId,
    verslagId: 'verslag-1',
    ...(fase ? { fase } : {}),
  })) as PersoonVernietigAntwoord;

let n = 0;
/** Two people with a consent (given with an Idempotency-Key) and a meetmoment shared with the gemeente. */
async function tweePersonen() {
  const ids = [`ib-p-${++n}-a`, `ib-p-${n}-b`];
  for (const ib of ids) {
    await o.aanmelden(ib);
    const gegeven = await o.roep({
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token: await o.token({ sub: ib, rol: 'inburgeraar' }),
      headers: { 'idempotency-key': `t-${ib}` },
    });
    expect(gegeven.status).toBe(201);
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment(`m-${ib}`));
  }
  const [a = '', b = ''] = ids;
  return { a, b };
}

const tabel = () => o.omgeving.tabel('toestemming');
const ketenAttributen = new Set(['kop', 'teLoggen']);

describe('the person repository of the consent broker (persoon function)', () => {
  it('inzage lists consents, every log entry and what was shared, as a scan finds them, and nothing of another', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const sporen = await sporenVan(o.omgeving.dynamo.client, tabel(), a);
    // Act
    const { items } = await inzage(a);
    // Assert
    const verwacht = sporen
      .filter((i) => !String(i.pk).startsWith('idem#'))
      .map((i) => Object.fromEntries(Object.entries(inhoudVan(i)).filter(([k]) => !ketenAttributen.has(k))));
    const log = items.filter((r) => r.soort === 'verwerkingenlog');
    const overig = items.filter((r) => r.soort !== 'verwerkingenlog').map((r) => r.inhoud);
    // Every stored item is a record; log entries still on the staat are records of their own as well.
    expect(verwacht.filter((i) => !('seq' in i))).toEqual(expect.arrayContaining(overig));
    expect(overig).toHaveLength(verwacht.filter((i) => !('seq' in i)).length);
    expect(log.map((r) => r.inhoud)).toEqual(expect.arrayContaining(verwacht.filter((i) => 'seq' in i)));
    expect(new Set(log.map((r) => r.inhoud.seq)).size).toBe(log.length);
    expect(log.map((r) => r.inhoud.actie)).toEqual(expect.arrayContaining(['toestemming-gegeven', 'gedeeld']));
    expect(items.map((r) => r.soort)).toEqual(expect.arrayContaining(['toestemmingen', 'view']));
    expect(JSON.stringify(items)).not.toContain(b);
  });

  it('fase gegevens leaves only the log under the verslag, without the id, its chain verifiable with the verslag; fase logboek removes it; twice is once', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const client = o.omgeving.dynamo.client;
    const vanB = await sporenVan(client, tabel(), b);
    const logVoor = await losOp(o.deps).store.leesLog(a);
    // Act
    const eerste = await vernietig(a, 'gegevens');
    const naEerste = await tabelRegels(client, tabel());
    const tweede = await vernietig(a, 'gegevens');
    const naTweede = await tabelRegels(client, tabel());
    await o.stuur(MeetmomentVastgelegd, a, ORG, meetmoment(`laat-${a}`));
    const naLaat = await tabelRegels(client, tabel());
    const bewaard = (await sporenVan(client, tabel(), 'verslag-1')).filter((i) => String(i.pk) === 'bewaard#verslag-1');
    const logboek = await vernietig(a, 'logboek');
    const logboekNogmaals = await vernietig(a, 'logboek');
    // Assert: nothing names the person, the retained log is the whole log plus its verwijderd entry
    expect(tweede).toEqual(eerste);
    expect(naTweede).toEqual(naEerste);
    expect(naLaat).toEqual(naEerste);
    expect(naEerste.filter((r) => r.includes(a))).toEqual([]);
    const entries = bewaard.map((i) => inhoudVan(i) as unknown as LogEntry).sort((x, y) => x.seq - y.seq);
    expect(entries).toHaveLength(logVoor.length + 1);
    expect(entries.at(-1)).toMatchObject({ actie: 'verwijderd', reden: 'vernietiging', inburgeraarId: 'verslag-1' });
    expect(JSON.stringify(entries)).not.toMatch(/"gegevens"|"toestemmingen"/);
    expect(bewaardeKetenGeldig(entries, a, 'verslag-1')).toBe(true);
    expect(bewaardeKetenGeldig(entries, b, 'verslag-1')).toBe(false);
    // Only the tombstones (keyed by a hash of the id) name the verslag afterwards.
    expect(
      (await sporenVan(client, tabel(), 'verslag-1')).filter((i) => !String(i.pk).startsWith('vernietigd#')),
    ).toEqual([]);
    expect(logboekNogmaals).toEqual(logboek);
    expect((await sporenVan(client, tabel(), b)).sort(opJson)).toEqual(vanB.sort(opJson));
  });

  it('a crash half-way through fase gegevens (the staat gone, the log items not yet) ends in the same state', async () => {
    // Arrange: the first run stops after its first deletion
    const { a } = await tweePersonen();
    const client = o.omgeving.dynamo.client;
    const opslag = losOp(o.deps).persoonOpslag;
    const echt = opslag.verwijder;
    opslag.verwijder = async (sleutels) => {
      await echt(sleutels.slice(0, 1));
      throw new Error('crash');
    };
    // Act
    await expect(vernietig(a, 'gegevens')).rejects.toThrow();
    opslag.verwijder = echt;
    await vernietig(a, 'gegevens');
    // Assert: one verwijderd entry, the chain whole, the person named nowhere
    const bewaard = (await sporenVan(client, tabel(), 'verslag-1')).filter((i) => String(i.pk) === 'bewaard#verslag-1');
    const entries = bewaard.map((i) => inhoudVan(i) as unknown as LogEntry);
    expect(entries.filter((e) => e.actie === 'verwijderd' && e.reden === 'vernietiging')).toHaveLength(1);
    expect(bewaardeKetenGeldig(entries, a, 'verslag-1')).toBe(true);
    expect(await sporenVan(client, tabel(), a)).toEqual([]);
    await vernietig(a, 'logboek');
  });
});
