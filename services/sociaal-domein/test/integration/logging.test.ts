import { logger } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Opstelling, startOpstelling } from './opstelling';

let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

describe('logging', () => {
  it('logs ids and codes only, never the toelichting of a signaal or verwijzing nor the reden of a terugwijzing', async () => {
    // Arrange
    const regels: unknown[] = [];
    for (const niveau of ['info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(logger, niveau).mockImplementation((...args: unknown[]) => {
        regels.push(args);
      });
    }
    const id = await o.aanmelden('0957', 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-l', gemeente: '0957', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0957'] });
    const partner = await o.token('wmo-consulent', { gemeenten: ['0957'] });
    // Act
    const signaal = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/signalen',
      params: { id },
      token: begeleider,
      body: { datum: '2026-02-02', soort: 'huiselijk-geweld', urgentie: 'hoog', toelichting: 'GEHEIM-SIGNAAL' },
    });
    const verwijzing = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen',
      params: { id },
      token: begeleider,
      body: { naar: 'wmo', toelichting: 'GEHEIM-VERWIJZING', signaalId: signaal.body.signaalId },
    });
    await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing',
      params: { id, verwijzingId: verwijzing.body.verwijzingId },
      token: partner,
      body: { reden: 'GEHEIME-REDEN' },
    });
    // Assert
    const log = JSON.stringify(regels);
    expect(log).toContain(verwijzing.body.verwijzingId);
    expect(log).not.toMatch(/GEHEIM/);
  });
});
