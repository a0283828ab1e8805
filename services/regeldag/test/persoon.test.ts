import type { PersoonInzageAntwoord, PersoonVernietigAntwoord } from '@wegwijs/contracts';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { opJson, roep, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../src/handlers/deps';
import { createPersoonHandler } from '../src/handlers/persoon';
import { klok, type Opzet, zetOp } from './support';

let o: Opzet;
let persoon: ReturnType<typeof createPersoonHandler>;
beforeAll(async () => {
  o = await zetOp();
  persoon = createPersoonHandler(defaultDeps({ clock: klok }));
});
afterAll(() => o.omgeving.stop());

const inzage = async (inburgeraarId: string) =>
  (await persoon({ actie: 'inzage', inburgeraarId })) as PersoonInzageAntwoord;
const vernietig = async (inburgeraarId: string) =>
  (await persoon({ actie: 'vernietig', inburgeraarId, verslagId: 'verslag-1' })) as PersoonVernietigAntwoord;

/** Two people with a regeldag each; the first planned with an Idempotency-Key (its record names them). */
async function tweePersonen() {
  const token = await o.token('maatschappelijk-begeleider', ['0518'], 'vluchtelingenwerk');
  const [a, b] = [await o.meldAan('0518'), await o.meldAan('0518')];
  for (const [id, sleutel] of [
    [a, `plan-${a}`],
    [b, `plan-${b}`],
  ] as const) {
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      body: { datum: '2026-03-12', locatie: 'Stadhuis Spui' },
      token,
      headers: { 'idempotency-key': sleutel },
    });
    expect(res.status).toBe(201);
  }
  await o.omgeving.bus.idle();
  return { a, b };
}

describe('the person repository of regeldag (persoon function)', () => {
  const tabel = () => o.omgeving.tabel('regeldag');

  it('inzage lists every record of the person a scan finds (idempotency copies aside), and nothing of another', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const sporen = await sporenVan(o.omgeving.dynamo.client, tabel(), a);
    // Act
    const { items } = await inzage(a);
    // Assert
    const records = sporen.filter((i) => !String(i.pk).startsWith('idem#'));
    expect(records.map((i) => String(i.sk)).sort()).toEqual(['dossier', 'regeldag']);
    expect(items.map((r) => r.inhoud).sort(opJson)).toEqual(records.map(inhoudVan).sort(opJson));
    expect(items.every((r) => r.context === 'regeldag')).toBe(true);
    expect(JSON.stringify(items)).not.toContain(b);
    expect(sporen.some((i) => String(i.pk).startsWith('idem#'))).toBe(true);
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
    expect((await inzage(a)).items).toEqual([]);
  });
});
