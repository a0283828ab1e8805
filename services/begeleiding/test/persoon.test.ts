import { AanmeldingGeregistreerd, type PersoonInzageAntwoord, type PersoonVernietigAntwoord } from '@wegwijs/contracts';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { opJson, roep, sporenVan, tabelRegels } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../src/handlers/deps';
import { createPersoonHandler } from '../src/handlers/persoon';
import {
  begeleiderToken,
  bronEvent,
  klok,
  meldAan,
  type Opstelling,
  organisatieVan,
  startOpstelling,
} from './support-omgeving';

let o: Opstelling;
let persoon: ReturnType<typeof createPersoonHandler>;
beforeAll(async () => {
  o = await startOpstelling();
  persoon = createPersoonHandler(defaultDeps({ clock: klok }));
  klok.dag = '2025-07-01';
});
afterAll(() => o.omgeving.stop());

const inzage = async (inburgeraarId: string) =>
  (await persoon({ actie: 'inzage', inburgeraarId })) as PersoonInzageAntwoord;
const vernietig = async (inburgeraarId: string) =>
  (await persoon({ actie: 'vernietig', inburgeraarId, verslagId: 'verslag-1' })) as PersoonVernietigAntwoord;
const post = async (sub: string, id: string, body: unknown, headers?: Record<string, string>) =>
  roep(o.http, {
    method: 'POST',
    routePath: `/v1/inburgeraars/{id}/${sub}`,
    params: { id },
    body,
    token: await begeleiderToken(o, '0518'),
    ...(headers ? { headers } : {}),
  });

/** Two people with a traject each: the first with a meetmoment (free text), a contactmoment and a rapportage. */
async function tweePersonen() {
  const a = await meldAan(o, '0518', { woning: '2025-04-01' });
  const b = await meldAan(o, '0518', { woning: '2025-04-01' });
  const meet = { datum: '2025-07-01', scores: { wonen: 4 }, toelichting: 'Zoekt werk in de zorg' };
  expect((await post('meetmomenten', a, meet)).status).toBe(201);
  const contact = { datum: '2025-06-30', vorm: 'huisbezoek', duurMinuten: 45 };
  expect((await post('contactmomenten', a, contact, { 'idempotency-key': `c-${a}` })).status).toBe(201);
  expect((await post('contactmomenten', b, contact, { 'idempotency-key': `c-${b}` })).status).toBe(201);
  await o.omgeving.bus.idle();
  return { a, b };
}

describe('the person repository of begeleiding (persoon function)', () => {
  const tabel = () => o.omgeving.tabel('begeleiding');

  it('inzage lists the traject and every derived record a scan finds, free text included, nothing of another', async () => {
    // Arrange
    const { a, b } = await tweePersonen();
    const sporen = await sporenVan(o.omgeving.dynamo.client, tabel(), a);
    // Act
    const { items } = await inzage(a);
    // Assert
    const records = sporen.filter((i) => !String(i.pk).startsWith('idem#'));
    expect(records.map((i) => String(i.sk).split('#')[0]).sort()).toEqual(['contactmoment', 'meetmoment', 'traject']);
    expect(items.map((r) => r.inhoud).sort(opJson)).toEqual(records.map(inhoudVan).sort(opJson));
    expect(items.map((r) => r.soort).sort()).toEqual(['contactmoment', 'meetmoment', 'traject']);
    expect(JSON.stringify(items)).toContain('Zoekt werk in de zorg');
    expect(JSON.stringify(items)).not.toContain(b);
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

  it('a late event about a destroyed person creates nothing again', async () => {
    // Arrange
    const { a } = await tweePersonen();
    await vernietig(a);
    const client = o.omgeving.dynamo.client;
    // Act
    await o.consumer(
      bronEvent(
        AanmeldingGeregistreerd,
        { inburgeraarId: a, gemeente: '0518' },
        {
          doelgroep: 'asielstatushouder',
          uitvoeringsorganisatie: organisatieVan('0518'),
          koppelingsdatum: '2025-01-10',
        },
      ),
    );
    // Assert
    expect(await sporenVan(client, tabel(), a)).toEqual([]);
  });
});
