import { VerwijzingAfgerond } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Opstelling, startOpstelling } from './opstelling';

const STAP = '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}';
let o: Opstelling;
let begeleider: string;
let partner: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0632'] });
  partner = await o.token('wmo-consulent', { gemeenten: ['0632'] });
});
afterAll(() => o.omgeving.stop());

async function verwijzing(): Promise<{ id: string; verwijzingId: string }> {
  const id = await o.aanmelden('0632', 'vluchtelingenwerk');
  o.toestemmingen.set(id, [
    { toestemmingId: `t-${id}`, gemeente: '0632', categorieen: ['verwijzing'], expliciet: false },
  ]);
  const res = await roep(o.handler, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/verwijzingen',
    params: { id },
    body: { naar: 'wmo', toelichting: 'Rolstoel nodig.' },
    token: begeleider,
  });
  expect(res.status).toBe(201);
  return { id, verwijzingId: res.body.verwijzingId };
}

const stap = (
  naam: 'acceptatie' | 'terugwijzing' | 'afronding',
  params: { id: string; verwijzingId: string },
  token: string,
  body?: unknown,
) => roep(o.handler, { method: 'POST', routePath: `${STAP}/${naam}`, params, token, ...(body ? { body } : {}) });

const status = async (id: string, token = begeleider) =>
  (await roep(o.handler, { method: 'GET', routePath: '/v1/inburgeraars/{id}/verwijzingen', params: { id }, token }))
    .body.items[0];

const afgerondEvents = (verwijzingId: string) =>
  o.gepubliceerd.filter(
    (e) => e.contract === VerwijzingAfgerond && (e.data as { verwijzingId: string }).verwijzingId === verwijzingId,
  );

describe('the lifecycle of a verwijzing', () => {
  it('the partner accepts, the begeleider closes: each step publishes VerwijzingAfgerond with the new status', async () => {
    // Arrange
    const v = await verwijzing();
    // Act
    const a = await stap('acceptatie', v, partner);
    const b = await stap('afronding', v, begeleider);
    // Assert
    expect([a.body, b.body]).toEqual([
      { verwijzingId: v.verwijzingId, status: 'geaccepteerd' },
      { verwijzingId: v.verwijzingId, status: 'afgerond' },
    ]);
    expect(afgerondEvents(v.verwijzingId).map((e) => (e.data as { status: string }).status)).toEqual([
      'geaccepteerd',
      'afgerond',
    ]);
    expect(await status(v.id)).toMatchObject({ status: 'afgerond' });
  });

  it('the partner sends it back with a reason: the begeleider reads the reason, the event carries only its code', async () => {
    // Arrange
    const v = await verwijzing();
    // Act
    const res = await stap('terugwijzing', v, partner, {
      reden: 'Geen tolk beschikbaar bij de Wmo.',
      redenCode: 'taal',
    });
    // Assert
    expect(res).toMatchObject({ status: 200, body: { status: 'teruggewezen' } });
    expect(await status(v.id)).toMatchObject({
      status: 'teruggewezen',
      reden: 'Geen tolk beschikbaar bij de Wmo.',
      redenCode: 'taal',
    });
    expect(await status(v.id, partner)).not.toHaveProperty('reden');
    const [e] = afgerondEvents(v.verwijzingId);
    expect(e?.data).toEqual({
      verwijzingId: v.verwijzingId,
      status: 'teruggewezen',
      redenCode: 'taal',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
    });
  });

  it('the partner may close it too; a closed referral allows no further step (409)', async () => {
    const v = await verwijzing();
    expect((await stap('afronding', v, partner)).status).toBe(200);
    const statussen = [
      (await stap('acceptatie', v, partner)).status,
      (await stap('terugwijzing', v, partner, { reden: 'x' })).status,
      (await stap('afronding', v, begeleider)).status,
    ];
    expect(statussen).toEqual([409, 409, 409]);
    expect(afgerondEvents(v.verwijzingId)).toHaveLength(1);
  });

  it('answers 409 to accepting twice and to accepting after a terugwijzing', async () => {
    const v = await verwijzing();
    const w = await verwijzing();
    await stap('acceptatie', v, partner);
    await stap('terugwijzing', w, partner, { reden: 'Geen indicatie.' });
    const a = await stap('acceptatie', v, partner);
    const b = await stap('acceptatie', w, partner);
    expect([a.status, b.status]).toEqual([409, 409]);
    expect(a.body.type).toMatch(/ongeldige-overgang$/);
  });

  it('answers 403 when the begeleider accepts or sends back, and to the beleidsmedewerker', async () => {
    const v = await verwijzing();
    const beleid = await o.token('beleidsmedewerker', { gemeenten: ['0632'] });
    const statussen = [
      (await stap('acceptatie', v, begeleider)).status,
      (await stap('terugwijzing', v, begeleider, { reden: 'x' })).status,
      (await stap('afronding', v, beleid)).status,
    ];
    expect(statussen).toEqual([403, 403, 403]);
  });

  it('answers 404 for an unknown verwijzing and for a gemeente outside the token', async () => {
    const v = await verwijzing();
    const elders = await o.token('inburgeringsconsulent', { gemeenten: ['0518'] });
    const a = await stap('acceptatie', { id: v.id, verwijzingId: 'bestaat-niet' }, partner);
    const b = await stap('acceptatie', v, elders);
    expect([a.status, b.status]).toEqual([404, 404]);
  });

  it('answers 400 for a terugwijzing without reason and for unknown fields, 401 without a token', async () => {
    const v = await verwijzing();
    const a = await stap('terugwijzing', v, partner, { redenCode: 'taal' });
    const b = await stap('acceptatie', v, partner, { opmerking: 'x' });
    const c = await roep(o.handler, { method: 'POST', routePath: `${STAP}/acceptatie`, params: v });
    expect([a.status, b.status, c.status]).toEqual([400, 400, 401]);
    expect(a.body.errors).toEqual([{ path: 'reden', message: 'is required' }]);
  });
});

describe('the partner it went to (issue 22 item 10, report 3.5)', () => {
  async function naar(partner: string): Promise<{ id: string; verwijzingId: string }> {
    const id = await o.aanmelden('0632', 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: `t-${id}`, gemeente: '0632', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen',
      params: { id },
      body: { naar: partner, toelichting: 'Betalingsachterstanden.' },
      token: begeleider,
    });
    expect(res.status).toBe(201);
    return { id, verwijzingId: res.body.verwijzingId };
  }

  it('a schuldhulpverlening partner accepts its referral; another partner gets 404, a consulent of the gemeente 403', async () => {
    // Arrange
    const v = await naar('schuldhulpverlening');
    const schuldhulp = await o.token('partner-schuldhulpverlening', { org: 'kredietbank', gemeenten: ['0632'] });
    const ggz = await o.token('partner-ggz', { org: 'ggz-centraal', gemeenten: ['0632'] });
    const schuldhulpElders = await o.token('partner-schuldhulpverlening', { org: 'kredietbank', gemeenten: ['0518'] });
    const consulent = await o.token('inburgeringsconsulent', { gemeenten: ['0632'] });
    // Act
    const anderePartner = await stap('acceptatie', v, ggz);
    const elders = await stap('acceptatie', v, schuldhulpElders);
    const doorConsulent = await stap('acceptatie', v, consulent);
    const doorWmo = await stap('terugwijzing', v, partner, { reden: 'niet voor ons' });
    const geaccepteerd = await stap('acceptatie', v, schuldhulp);
    const dossierLezen = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/verwijzingen',
      params: { id: v.id },
      token: schuldhulp,
    });
    // Assert
    expect([anderePartner.status, elders.status, doorConsulent.status, doorWmo.status]).toEqual([404, 404, 403, 403]);
    expect(geaccepteerd.status).toBe(200);
    expect(geaccepteerd.body.status).toBe('geaccepteerd');
    // a partner reaches its referrals, nothing else of the dossier
    expect(dossierLezen.status).toBe(404);
  });
});
