import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type PlatformProces, startProces, token } from './support';

/**
 * Finding 2: acknowledged writes and the events they caused must survive a SIGKILL of the whole platform. Each
 * aanmelding answered 2xx must, after a restart on the same data directory, have its begeleiding traject (the
 * AanmeldingGeregistreerd event delivered), and nothing may sit in the dead letters.
 */
const CONSULENT = { sub: 'consulent-crash', rol: 'inburgeringsconsulent', org: 'gemeente-0518', gemeenten: ['0518'] };
const BEGELEIDER = {
  sub: 'mb-crash',
  rol: 'maatschappelijk-begeleider',
  org: 'vluchtelingenwerk',
  gemeenten: ['0518'],
};
const aanmelding = (n: number) => ({
  gemeente: '0518',
  doelgroep: 'asielstatushouder',
  koppelingsdatum: '2026-01-15',
  persoon: { voornaam: `Crash${n}`, achternaam: 'Test', geboortedatum: '1990-05-01', talen: ['ar'] },
});

let dataDir: string | undefined;
let proces: PlatformProces | undefined;
afterEach(async () => {
  await proces?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Restarts on the same data directory and reports what the acknowledged aanmeldingen left behind. */
async function naHerstart(dir: string, bevestigd: readonly string[]) {
  proces = await startProces(dir);
  const url = proces.url;
  await api(url, 'GET', '/dev/settled');
  const begeleider = await token(url, BEGELEIDER);
  const consulent = await token(url, CONSULENT);
  const ontbrekend: string[] = [];
  const zonderTraject: string[] = [];
  for (const id of bevestigd) {
    if ((await api(url, 'GET', `/v1/inburgeraars/${id}`, consulent)).status !== 200) ontbrekend.push(id);
    if ((await api(url, 'GET', `/v1/inburgeraars/${id}/traject`, begeleider)).status !== 200) zonderTraject.push(id);
  }
  const deadLetters = (await api(url, 'GET', '/dev/dead-letters')).body;
  return { ontbrekend, zonderTraject, deadLetters };
}

describe('a SIGKILL of the local platform process group', () => {
  it('after the last 2xx of a burst: every acknowledged aanmelding and its traject are there after a restart', async () => {
    // Arrange
    dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-crash-'));
    proces = await startProces(dataDir);
    const consulent = await token(proces.url, CONSULENT);
    // Act: a burst, then the kill right after the last answer.
    const url = proces.url;
    const antwoorden = await Promise.all(
      Array.from({ length: 25 }, (_, n) => api(url, 'POST', '/v1/aanmeldingen', consulent, aanmelding(n))),
    );
    await proces.kill();
    const bevestigd = antwoorden.filter((a) => a.status === 201).map((a) => a.body.inburgeraarId as string);
    const na = await naHerstart(dataDir, bevestigd);
    // Assert
    expect(bevestigd).toHaveLength(25);
    expect(na.ontbrekend).toEqual([]);
    expect(na.zonderTraject).toEqual([]);
    expect(na.deadLetters.items).toEqual([]);
  }, 180_000);

  it('mid-burst: every aanmelding acknowledged before the kill and its traject are there after a restart', async () => {
    // Arrange
    dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-crash-'));
    proces = await startProces(dataDir);
    const consulent = await token(proces.url, CONSULENT);
    const bevestigd: string[] = [];
    const url = proces.url;
    const huidig = proces;
    // Act: kill as soon as ten requests have been acknowledged, while the others are in flight.
    let gedood: Promise<void> | undefined;
    await Promise.allSettled(
      Array.from({ length: 30 }, async (_, n) => {
        const a = await api(url, 'POST', '/v1/aanmeldingen', consulent, aanmelding(n));
        if (a.status === 201 && !gedood) {
          bevestigd.push(a.body.inburgeraarId as string);
          if (bevestigd.length >= 10) gedood = huidig.kill();
        }
      }),
    );
    await gedood;
    await huidig.kill();
    const na = await naHerstart(dataDir, bevestigd);
    // Assert
    expect(bevestigd.length).toBeGreaterThanOrEqual(10);
    expect(na.ontbrekend).toEqual([]);
    expect(na.zonderTraject).toEqual([]);
    expect(na.deadLetters.items).toEqual([]);
  }, 180_000);
});
