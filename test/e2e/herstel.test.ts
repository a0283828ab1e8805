import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { herstel, maakBackup } from '@wegwijs/infra/local/herstel';
import { afterAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

const tmp = mkdtempSync(join(tmpdir(), 'wegwijs-herstel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const toestemming = (categorieen: string[]) => ({
  ontvanger: { gemeente: '0518' },
  categorieen,
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'toestemming-v1',
});

/** Everything the drill compares of one dossier, read over HTTP with tokens of this platform's issuer. */
async function lees(p: TestPlatform, id: string) {
  const consulent = await p.token({ sub: 'consulent-0518', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
  const begeleider = await p.token({
    sub: 'mb-0518',
    rol: 'maatschappelijk-begeleider',
    org: 'vluchtelingenwerk',
    gemeenten: ['0518'],
  });
  const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
  const get = async (pad: string, token: string) => {
    const r = await p.api('GET', `/v1/inburgeraars/${id}${pad}`, { token });
    return { status: r.status, body: r.body };
  };
  return {
    inburgeraar: await get('', consulent),
    traject: await get('/traject', consulent),
    begeleidingsplan: await get('/begeleidingsplan', begeleider),
    toestemmingen: await get('/toestemmingen', consulent),
    verwerkingen: await get('/verwerkingen', inburgeraar),
  };
}

describe('the restore drill on the local platform (docs/SECURITY.md)', () => {
  it('backs up dossiers, consents, a plan and a verwerkingenlog, and restores them identical into an empty store', async () => {
    // Arrange: two dossiers made through the API on a platform that keeps its data
    const origineel = join(tmp, 'origineel');
    const eerste = await startPlatform({ inMemory: false, dataDir: origineel });
    const ids: string[] = [];
    for (const _ of [1, 2]) {
      const d = await nieuwDossier(eerste, '0518', 'vluchtelingenwerk');
      const plan = await eerste.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
        token: d.begeleider,
        body: {
          datum: plusDagen(vandaag(), -1),
          leefgebieden: [{ leefgebied: 'wonen', doelen: [{ omschrijving: 'Huur op tijd' }] }],
        },
      });
      expect(plan.status).toBe(200);
      const gegeven = await eerste.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
        token: d.inburgeraar,
        body: toestemming(['zelfredzaamheid']),
      });
      expect(gegeven.status).toBe(201);
      const meetmoment = await eerste.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
        token: d.begeleider,
        body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
      });
      expect(meetmoment.status).toBe(201);
      await eerste.settled();
      ids.push(d.id);
    }
    const voor = await Promise.all(ids.map((id) => lees(eerste, id)));
    await eerste.stop();
    for (const dossier of voor) {
      for (const antwoord of Object.values(dossier)) expect(antwoord.status).toBe(200);
      expect(dossier.toestemmingen.body.items.length).toBeGreaterThan(0);
      expect(dossier.verwerkingen.body.items.length).toBeGreaterThan(1);
      expect(dossier.verwerkingen.body.keten).toEqual({ geldig: true });
    }

    // Act: backup; the store wiped (a fresh, empty data directory); restore; a platform on the restored store
    const backup = join(tmp, 'backup');
    const gebackupt = await maakBackup(origineel, backup);
    rmSync(origineel, { recursive: true, force: true });
    expect(existsSync(origineel)).toBe(false);
    const leeg = join(tmp, 'leeg');
    const hersteld = await herstel(backup, leeg);
    const tweede = await startPlatform({ inMemory: false, dataDir: leeg });
    const na = await Promise.all(ids.map((id) => lees(tweede, id)));
    await tweede.stop();

    // Assert: every table came back with all its items, and every dossier, consent and log chain reads the same
    expect(readdirSync(join(backup, 'tabellen')).length).toBeGreaterThan(0);
    expect(hersteld).toEqual(gebackupt);
    expect(Object.values(gebackupt).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(na).toEqual(voor);
    for (const dossier of na) expect(dossier.verwerkingen.body.keten).toEqual({ geldig: true });
  }, 300_000);

  it('refuses to restore into a store that holds data', async () => {
    const backup = join(tmp, 'backup');
    const doel = join(tmp, 'bezet');
    if (!existsSync(backup)) return expect.fail('the drill above made no backup');
    await herstel(backup, doel);
    await expect(herstel(backup, doel)).rejects.toThrow(/not empty|holds items/);
  }, 120_000);
});
