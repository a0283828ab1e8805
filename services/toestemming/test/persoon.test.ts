import {
  MeetmomentVastgelegd,
  type PersoonInzageAntwoord,
  type PersoonVernietigAntwoord,
  type VernietigFase,
} from '@wegwijs/contracts';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { opJson, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('fase gegevens leaves only the log, ended by a verwijderd entry; fase logboek removes it; twice is once', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const client = o.omgeving.dynamo.client;
    const vanB = await sporenVan(client, tabel(), b);
    // Act
    const eerste = await vernietig(a, 'gegevens');
    const naEerste = await tabelRegels(client, tabel());
    const tweede = await vernietig(a, 'gegevens');
    const blijft = await sporenVan(client, tabel(), a);
    await o.stuur(MeetmomentVastgelegd, a, ORG, meetmoment(`laat-${a}`));
    const naLaat = await tabelRegels(client, tabel());
    const logboek = await vernietig(a, 'logboek');
    const logboekNogmaals = await vernietig(a, 'logboek');
    // Assert
    expect(tweede).toEqual(eerste);
    expect(naLaat).toEqual(naEerste);
    expect(blijft.every((i) => String(i.sk).startsWith('log#'))).toBe(true);
    const laatste = blijft.sort((x, y) => Number(x.seq) - Number(y.seq)).at(-1);
    expect(laatste).toMatchObject({ actie: 'verwijderd', reden: 'vernietiging', inburgeraarId: a });
    expect(JSON.stringify(blijft)).not.toMatch(/"gegevens"|"toestemmingen"/);
    expect(await sporenVan(client, tabel(), a)).toEqual([]);
    expect(logboekNogmaals).toEqual(logboek);
    expect((await sporenVan(client, tabel(), b)).sort(opJson)).toEqual(vanB.sort(opJson));
  });
});
