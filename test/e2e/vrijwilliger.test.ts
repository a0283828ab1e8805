import { HTTP_ROUTES } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// API.md need to know (line 37): a vrijwilliger reads only the inburgeraars assigned to them, on every path under
// /v1/inburgeraars/{id} and in lists; the begeleider and the teamleider of the organisation read all of its own.
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

/** Every read of one person (GET under /v1/inburgeraars/{id} with no other parameter). */
const PERSOON_LEZINGEN = HTTP_ROUTES.filter(
  (r) => r.method === 'GET' && r.path.startsWith('/v1/inburgeraars/{id}') && !/\{(?!id\})/.test(r.path),
).map((r) => r.path);
/** Reads that exist for every assigned dossier (others, such as a regeldag not yet planned, may be 404 anyway). */
const BESTAANDE_LEZINGEN = [
  '/v1/inburgeraars/{id}',
  '/v1/inburgeraars/{id}/traject',
  '/v1/inburgeraars/{id}/begeleiders',
  '/v1/inburgeraars/{id}/verwijzingen',
  '/v1/inburgeraars/{id}/toestemmingen',
];
const pad = (route: string, id: string) => route.replace('{id}', id);

describe('a Groningen vrijwilliger reads only the inburgeraars assigned to them', () => {
  it('reads the two assigned, gets 404 for a third of the same organisation, and 404 once a toewijzing ends', async () => {
    // Arrange: three inburgeraars of Humanitas in Groningen; the teamleider assigns a volunteer (its token's sub) to two
    const [a, b, c] = [
      await nieuwDossier(p, '0014', 'humanitas'),
      await nieuwDossier(p, '0014', 'humanitas'),
      await nieuwDossier(p, '0014', 'humanitas'),
    ] as [Dossier, Dossier, Dossier];
    const teamleider = await p.token({ sub: 'tl-gro', rol: 'teamleider', org: 'humanitas', gemeenten: ['0014'] });
    const vrijwilliger = await p.token({ sub: 'vw-gro-1', rol: 'vrijwilliger', org: 'humanitas', gemeenten: ['0014'] });
    const toewijzingen: Record<string, string> = {};
    for (const d of [a, b]) {
      const res = await p.api('POST', `/v1/inburgeraars/${d.id}/begeleiders`, {
        token: teamleider,
        body: { begeleiderId: 'vw-gro-1', rol: 'maatje', dienstverband: 'vrijwilliger' },
      });
      expect(res.status).toBe(201);
      toewijzingen[d.id] = res.body.toewijzingId;
    }
    await p.settled();
    expect(PERSOON_LEZINGEN.length).toBeGreaterThan(BESTAANDE_LEZINGEN.length);

    // Act / Assert: the assigned two on every context's reads; the third is 404 problem+json everywhere
    for (const d of [a, b]) {
      for (const route of BESTAANDE_LEZINGEN) {
        const res = await p.api('GET', pad(route, d.id), { token: vrijwilliger });
        expect([route, res.status]).toEqual([route, 200]);
      }
    }
    for (const route of PERSOON_LEZINGEN) {
      const res = await p.api('GET', pad(route, c.id), { token: vrijwilliger });
      expect([route, res.status, res.headers.get('content-type')]).toEqual([route, 404, 'application/problem+json']);
    }
    const schrijf = await p.api('POST', `/v1/inburgeraars/${c.id}/contactmomenten`, {
      token: vrijwilliger,
      body: { datum: vandaag(), vorm: 'telefoon', duurMinuten: 10 },
    });
    expect(schrijf.status).toBe(404);
    const lijst = await p.api('GET', '/v1/inburgeraars?gemeente=0014&limit=200', { token: vrijwilliger });
    expect(lijst.status).toBe(200);
    expect(lijst.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId).sort()).toEqual([a.id, b.id].sort());

    // The begeleider and the teamleider keep the whole organisation
    const begeleider = await p.token({
      sub: 'mb-gro',
      rol: 'maatschappelijk-begeleider',
      org: 'humanitas',
      gemeenten: ['0014'],
    });
    for (const token of [teamleider, begeleider]) {
      for (const route of BESTAANDE_LEZINGEN) {
        expect([route, (await p.api('GET', pad(route, c.id), { token })).status]).toEqual([route, 200]);
      }
    }

    // The toewijzing of b ends: b is 404 too, a stays readable
    const einde = await p.api('POST', `/v1/inburgeraars/${b.id}/begeleiders/${toewijzingen[b.id]}/beeindiging`, {
      token: teamleider,
      body: { datum: vandaag(), reden: 'vrijwilliger-gestopt' },
    });
    expect(einde.status).toBe(200);
    await p.settled();
    for (const route of PERSOON_LEZINGEN) {
      const res = await p.api('GET', pad(route, b.id), { token: vrijwilliger });
      expect([route, res.status]).toEqual([route, 404]);
    }
    expect((await p.api('GET', `/v1/inburgeraars/${a.id}`, { token: vrijwilliger })).status).toBe(200);
    const daarna = await p.api('GET', '/v1/inburgeraars?gemeente=0014&limit=200', { token: vrijwilliger });
    expect(daarna.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual([a.id]);

    // The access log knows the caseload: the tries outside it are a signalering for the FG
    await p.settled();
    const signaleringen = await p.api('GET', '/v1/toegangslog/signaleringen?gemeente=0014', { token: c.fg });
    expect(signaleringen.status).toBe(200);
    expect(signaleringen.body.items).toContainEqual(
      expect.objectContaining({ soort: 'buiten-caseload', actor: expect.objectContaining({ sub: 'vw-gro-1' }) }),
    );
  });
});
