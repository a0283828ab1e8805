import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { startPlatform } from '../support/platform';

const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the local platform keeps its data across restarts', () => {
  it('answers a registration and an old token after a restart on the same data directory', async () => {
    // Arrange: register an inburgeraar, then stop the platform
    const eerste = await startPlatform({ inMemory: false, dataDir });
    const token = await eerste.token({ sub: 'c-0014', rol: 'inburgeringsconsulent', gemeenten: ['0014'] });
    const aanmelding = await eerste.api('POST', '/v1/aanmeldingen', {
      token,
      body: {
        gemeente: '0014',
        doelgroep: 'nareiziger',
        persoon: { voornaam: 'Rahel', achternaam: 'Gebre', geboortedatum: '2001-09-09', talen: ['ti'] },
        koppelingsdatum: plusDagen(vandaag(), -10),
      },
    });
    expect(aanmelding.status).toBe(201);
    await eerste.stop();
    // Act
    const tweede = await startPlatform({ inMemory: false, dataDir });
    const gelezen = await tweede.api('GET', `/v1/inburgeraars/${aanmelding.body.inburgeraarId}`, { token });
    await tweede.stop();
    // Assert: Groningen starts MB at the koppeling, so the traject is known from the kept data
    expect(gelezen.status).toBe(200);
    expect(gelezen.body).toMatchObject({
      inburgeraarId: aanmelding.body.inburgeraarId,
      gemeente: '0014',
      uitvoeringsorganisatie: 'humanitas',
    });
    expect(gelezen.body.traject.startdatum).toBe(plusDagen(vandaag(), -10));
  }, 180_000); // two platform starts on disk: under a loaded machine this passed 60 s
});
