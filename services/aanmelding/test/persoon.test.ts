import type { PersoonInzageAntwoord, PersoonVernietigAntwoord } from '@wegwijs/contracts';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { opJson, roep, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../src/handlers/deps';
import { createPersoonHandler } from '../src/handlers/persoon';
import { aanmeldingVoor, klok, type Opzet, zetOp } from './support';

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

/** Two people registered with an Idempotency-Key each (the stored answer names them), the first also housed. */
async function tweePersonen() {
  const token = await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518');
  const ids: string[] = [];
  for (const sleutel of [`a-${Math.random()}`, `b-${Math.random()}`]) {
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/aanmeldingen',
      body: aanmeldingVoor('0518'),
      token,
      headers: { 'idempotency-key': sleutel },
    });
    expect(res.status).toBe(201);
    ids.push(res.body.inburgeraarId);
  }
  const [a = '', b = ''] = ids;
  const woning = await roep(o.handler, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/woningtoewijzing',
    params: { id: a },
    body: { datum: '2026-02-10' },
    token,
    headers: { 'idempotency-key': `woning-${a}` },
  });
  expect(woning.status).toBeLessThan(300);
  await o.omgeving.bus.idle();
  return { a, b };
}

describe('the person repository of aanmelding (persoon function)', () => {
  const tabel = () => o.omgeving.tabel('aanmelding');

  it('inzage lists every record of the person a scan finds (idempotency copies aside), and nothing of another', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const sporen = await sporenVan(o.omgeving.dynamo.client, tabel(), a);
    // Act
    const { items } = await inzage(a);
    // Assert
    const records = sporen.filter((i) => !String(i.pk).startsWith('idem#'));
    expect(records.map((i) => String(i.sk))).toEqual(['inburgeraar']);
    expect(items.map((r) => r.inhoud).sort(opJson)).toEqual(records.map(inhoudVan).sort(opJson));
    expect(items[0]).toMatchObject({ context: 'aanmelding', soort: 'inburgeraar', id: a });
    expect(JSON.stringify(items)).toContain('Haddad');
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
    const token = await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518');
    const lees = await roep(o.handler, { method: 'GET', routePath: '/v1/inburgeraars/{id}', params: { id: a }, token });
    expect(lees.status).toBe(404);
  });
});
