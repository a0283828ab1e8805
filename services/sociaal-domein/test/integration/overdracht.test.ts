import { VerwijzingVerstuurd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERDRACHT_TOELICHTING_SIGNAAL } from '../../src/domain/overdracht';
import { type Opstelling, startOpstelling } from './opstelling';

const GEMEENTE = '0599';
let o: Opstelling;
let begeleider: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: [GEMEENTE] });
});
afterAll(() => o.omgeving.stop());

const post = (routePath: string, id: string, body: unknown, token = begeleider) =>
  roep(o.handler, { method: 'POST', routePath, params: { id }, body, token });
const signaal = async (id: string, soort: string) =>
  (
    await post('/v1/inburgeraars/{id}/signalen', id, {
      datum: '2026-06-01',
      soort,
      urgentie: 'midden',
      toelichting: `Signaal ${soort}`,
    })
  ).body.signaalId as string;
const overdracht = (id: string, token = begeleider) =>
  post('/v1/inburgeraars/{id}/warme-overdracht', id, { naar: 'wijkteam', datum: '2026-12-01' }, token);

describe('POST /v1/inburgeraars/{id}/warme-overdracht', () => {
  it('hands over what consent allows and lists the rest for the begeleider to ask', async () => {
    // Arrange: consent for verwijzing, not explicit, so signalen cannot be handed over
    const id = await o.aanmelden(GEMEENTE, 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-v', gemeente: GEMEENTE, categorieen: ['verwijzing', 'signalen'], expliciet: false },
    ]);
    const psychisch = await signaal(id, 'psychisch');
    const lopend = (
      await post('/v1/inburgeraars/{id}/verwijzingen', id, { naar: 'schuldhulpverlening', toelichting: 'Schulden' })
    ).body.verwijzingId as string;
    // Act
    const res = await overdracht(id);
    // Assert
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ overdrachtId: expect.any(String), naar: 'wijkteam', datum: '2026-12-01' });
    expect(res.body.overgedragen).toEqual([{ soort: 'verwijzing', id: lopend, verwijzingId: expect.any(String) }]);
    expect(res.body.nietOvergedragen).toEqual([{ soort: 'signaal', id: psychisch, reden: 'toestemming-vereist' }]);
  });

  it('hands a signaal over under an explicit consent, as a referral with a neutral toelichting', async () => {
    // Arrange
    const id = await o.aanmelden(GEMEENTE, 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-x', gemeente: GEMEENTE, categorieen: ['verwijzing', 'signalen'], expliciet: true },
    ]);
    const s = await signaal(id, 'psychisch');
    // Act
    const res = await overdracht(id);
    const nogmaals = await overdracht(id);
    // Assert
    expect(res.body.overgedragen).toEqual([{ soort: 'signaal', id: s, verwijzingId: expect.any(String) }]);
    const verstuurd = o.gepubliceerd.filter(
      (e) =>
        e.contract === VerwijzingVerstuurd &&
        (e.data as { verwijzingId: string }).verwijzingId === res.body.overgedragen[0].verwijzingId,
    );
    expect(verstuurd[0]?.data).toMatchObject({
      naar: 'wijkteam',
      signaalId: s,
      toelichting: OVERDRACHT_TOELICHTING_SIGNAAL,
    });
    expect(nogmaals.body).toMatchObject({ overgedragen: [], nietOvergedragen: [] });
    const [signaalVraag] = o.verzoeken.filter((v) => v.bronId.startsWith(`${s}:`));
    expect(signaalVraag).toMatchObject({ categorie: 'signalen', wettelijkePlicht: false });
  });

  it('leaves closed referrals alone and hands over nothing without consent, not even a Meldcode referral', async () => {
    // Arrange
    const id = await o.aanmelden(GEMEENTE, 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-w', gemeente: GEMEENTE, categorieen: ['verwijzing'], expliciet: false },
    ]);
    const gesloten = (await post('/v1/inburgeraars/{id}/verwijzingen', id, { naar: 'wmo', toelichting: 'Hulpmiddel' }))
      .body.verwijzingId as string;
    await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding',
      params: { id, verwijzingId: gesloten },
      token: begeleider,
    });
    const meldcode = (
      await post('/v1/inburgeraars/{id}/verwijzingen', id, { naar: 'veilig-thuis', toelichting: 'Meldcode' })
    ).body.verwijzingId as string;
    const wonen = await signaal(id, 'wonen');
    o.toestemmingen.delete(id);
    // Act
    const res = await overdracht(id);
    // Assert
    expect(res.body.overgedragen).toEqual([]);
    expect(res.body.nietOvergedragen).toEqual([
      { soort: 'signaal', id: wonen, reden: 'toestemming-vereist' },
      { soort: 'verwijzing', id: meldcode, reden: 'toestemming-vereist' },
    ]);
  });

  it('answers 403 to gemeente roles, 404 to another organisation, 400 to an unknown partner', async () => {
    const id = await o.aanmelden(GEMEENTE, 'vluchtelingenwerk');
    const consulent = await o.token('inburgeringsconsulent', { gemeenten: [GEMEENTE] });
    const groUp = await o.token('maatschappelijk-begeleider', { org: 'gro-up', gemeenten: [GEMEENTE] });
    const statussen = [
      (await overdracht(id, consulent)).status,
      (await overdracht(id, groUp)).status,
      (await post('/v1/inburgeraars/{id}/warme-overdracht', id, { naar: 'huisarts', datum: '2026-12-01' })).status,
    ];
    expect(statussen).toEqual([403, 404, 400]);
  });
});
