import type { PersoonInzageAntwoord, PersoonVernietigAntwoord } from '@wegwijs/contracts';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { opJson, roep, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../../src/handlers/deps';
import { createPersoonHandler } from '../../src/handlers/persoon';
import { type Opstelling, startOpstelling } from './opstelling';

const WOERDEN = '0632';
let o: Opstelling;
let persoon: ReturnType<typeof createPersoonHandler>;
let begeleider: string;
beforeAll(async () => {
  o = await startOpstelling();
  persoon = createPersoonHandler(defaultDeps());
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: [WOERDEN] });
});
afterAll(() => o.omgeving.stop());

const inzage = async (inburgeraarId: string) =>
  (await persoon({ actie: 'inzage', inburgeraarId })) as PersoonInzageAntwoord;
const vernietig = async (inburgeraarId: string) =>
  (await persoon({ actie: 'vernietig', inburgeraarId, verslagId: 'verslag-1' })) as PersoonVernietigAntwoord;
const post = async (routePath: string, params: Record<string, string>, body: unknown, sleutel?: string) => {
  const res = await roep(o.handler, {
    method: 'POST',
    routePath,
    params,
    body,
    token: begeleider,
    ...(sleutel ? { headers: { 'idempotency-key': sleutel } } : {}),
  });
  expect(res.status).toBe(201);
  return res;
};

/** Two people of Woerden; each with a signaal, a verwijzing (consented) and a line on the casuistiekoverleg. */
async function tweePersonen() {
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: `t-${id}`, gemeente: WOERDEN, categorieen: ['verwijzing', 'signalen'], expliciet: true },
    ]);
    const signaal = { datum: '2026-02-10', soort: 'psychisch', urgentie: 'midden', toelichting: `Piekert veel ${n}.` };
    await post('/v1/inburgeraars/{id}/signalen', { id }, signaal, `s-${id}`);
    await post('/v1/inburgeraars/{id}/verwijzingen', { id }, { naar: 'wmo', toelichting: 'Hulp bij huishouden.' });
    const punt = { inburgeraarId: id, datum: '2026-03-02', vraag: 'Zorgen over somberheid.' };
    await post('/v1/casuistiekoverleg/{cbs}/agenda', { cbs: WOERDEN }, punt, `p-${id}`);
    ids.push(id);
  }
  await o.omgeving.bus.idle();
  const [a = '', b = ''] = ids;
  return { a, b };
}

describe('the person repository of sociaal-domein (persoon function)', () => {
  const tabel = () => o.omgeving.tabel('sociaal-domein');

  it('inzage lists dossier, signaal, verwijzing and agenda line a scan finds, and nothing of another', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const sporen = await sporenVan(o.omgeving.dynamo.client, tabel(), a);
    // Act
    const { items } = await inzage(a);
    // Assert
    const records = sporen.filter((i) => !String(i.pk).startsWith('idem#'));
    expect(items.map((r) => r.soort).sort()).toEqual(['agendapunt', 'dossier', 'signaal', 'verwijzing']);
    expect(items.map((r) => r.inhoud).sort(opJson)).toEqual(records.map(inhoudVan).sort(opJson));
    expect(JSON.stringify(items)).toContain('Piekert veel 1.');
    expect(JSON.stringify(items)).not.toContain(b);
    expect(sporen.filter((i) => String(i.pk).startsWith('idem#'))).toHaveLength(2);
  });

  it('vernietig leaves nothing of the person and everything of the other; twice is the same as once', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const client = o.omgeving.dynamo.client;
    const vanB = await sporenVan(client, tabel(), b);
    // Act
    const eerste = await vernietig(a);
    const naEerste = await tabelRegels(client, tabel());
    const tweede = await vernietig(a);
    // Assert
    expect(await sporenVan(client, tabel(), a)).toEqual([]);
    expect((await sporenVan(client, tabel(), b)).sort(opJson)).toEqual(vanB.sort(opJson));
    expect(tweede).toEqual(eerste);
    expect(await tabelRegels(client, tabel())).toEqual(naEerste);
  });

  it('a late aanmelding of a destroyed person creates nothing again', async () => {
    // Arrange
    const { a } = await tweePersonen();
    await vernietig(a);
    // Act
    await o.aanmelden(WOERDEN, 'vluchtelingenwerk', a);
    // Assert
    expect(await sporenVan(o.omgeving.dynamo.client, tabel(), a)).toEqual([]);
  });
});
