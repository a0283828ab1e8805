import { BegeleidersGewijzigd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  begeleiderToken,
  detail,
  eventsVan,
  klok,
  meldAan,
  type Opstelling,
  startOpstelling,
} from './support-omgeving';

// API.md need to know: a vrijwilliger reads only the inburgeraars assigned to them. Begeleiding owns the toewijzingen:
// its own access check reads them, and it tells every other context who is assigned (BegeleidersGewijzigd).
let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

const lees = (id: string, token: string) =>
  roep(o.http, { method: 'GET', routePath: '/v1/inburgeraars/{id}/traject', params: { id }, token });

describe('toewijzingen of vrijwilligers (integration: handlers, dynalite, the local bus)', () => {
  it('publishes who is assigned at every change of the set, and lets a vrijwilliger read only while assigned', async () => {
    // Arrange: two Groningen inburgeraars; a volunteer (its token's sub) is assigned to the first
    klok.dag = '2025-05-01';
    const [een, twee] = [
      await meldAan(o, '0014', { woning: '2025-04-01' }),
      await meldAan(o, '0014', { woning: '2025-04-01' }),
    ];
    const teamleider = await begeleiderToken(o, '0014', 'teamleider');
    const vrijwilliger = await o.omgeving.token({
      sub: 'vw-anna',
      rol: 'vrijwilliger',
      org: 'humanitas',
      gemeenten: ['0014'],
    });

    // Act
    const toegewezen = await roep(o.http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/begeleiders',
      params: { id: een },
      body: { begeleiderId: 'vw-anna', rol: 'maatje', dienstverband: 'vrijwilliger' },
      token: teamleider,
    });
    expect(toegewezen.status).toBe(201);
    const [eerst, ander] = [await lees(een, vrijwilliger), await lees(twee, vrijwilliger)];
    const einde = await roep(o.http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging',
      params: { id: een, toewijzingId: toegewezen.body.toewijzingId },
      body: { datum: '2025-05-01', reden: 'vrijwilliger-gestopt' },
      token: teamleider,
    });
    const daarna = await lees(een, vrijwilliger);

    // Assert
    expect([eerst.status, ander.status, einde.status, daarna.status]).toEqual([200, 404, 200, 404]);
    expect(daarna.headers?.['content-type']).toBe('application/problem+json');
    expect((await lees(twee, teamleider)).status).toBe(200);
    const events = eventsVan(o, een, BegeleidersGewijzigd.detailType).map((e) => detail(e)?.data);
    expect(events).toEqual([
      { begeleiders: ['vw-anna'], stand: expect.any(Number) },
      { begeleiders: [], stand: expect.any(Number) },
    ]);
    const [s1, s2] = events.map((d) => (d as { stand: number }).stand);
    expect(s2).toBeGreaterThan(s1 as number);
    expect(eventsVan(o, twee, BegeleidersGewijzigd.detailType)).toEqual([]);
  });
});
