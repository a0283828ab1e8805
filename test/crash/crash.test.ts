import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type PlatformProces, startProces, token } from './support';

/**
 * Finding 2: acknowledged writes and the events they caused must survive a SIGKILL of the whole platform. Each
 * aanmelding answered 2xx must, after a restart on the same data directory, have its begeleiding traject (the
 * AanmeldingGeregistreerd event delivered); each meetmoment answered 201 must have been decided by the consent broker
 * (its MeetmomentVastgelegd, written with the traject, delivered): a `gedeeld` entry in the verwerkingenlog where the
 * inburgeraar consented to share zelfredzaamheid with the gemeente, a `geweigerd` one where not; nothing may sit in
 * the dead letters.
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

/** Inburgeraars with a started traject before the burst; the even ones consented to share zelfredzaamheid. */
const MET_TRAJECT = 6;
const MEETMOMENTEN_PER_TRAJECT = 3;
const meetmoment = (n: number) => ({ datum: '2026-02-01', scores: { wonen: 1 + (n % 5) } });

interface Meetmoment {
  inburgeraarId: string;
  meetmomentId: string;
  gedeeld: boolean;
}

/** What one request of a burst answered: an acknowledged write, or another status. */
type Antwoord = { aanmelding: string } | { meetmoment: Meetmoment } | { status: number };

let dataDir: string | undefined;
let proces: PlatformProces | undefined;
afterEach(async () => {
  await proces?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Before the burst: inburgeraars with a started traject (aanmelding and woningtoewijzing), half of them consenting. */
async function metTrajecten(url: string) {
  const consulent = await token(url, CONSULENT);
  const trajecten: { inburgeraarId: string; gedeeld: boolean }[] = [];
  for (let n = 0; n < MET_TRAJECT; n++) {
    const a = await api(url, 'POST', '/v1/aanmeldingen', consulent, aanmelding(100 + n));
    const inburgeraarId = a.body.inburgeraarId as string;
    const woning = `/v1/inburgeraars/${inburgeraarId}/woningtoewijzing`;
    if ((await api(url, 'POST', woning, consulent, { datum: '2026-01-20' })).status !== 200) throw new Error('woning');
    const gedeeld = n % 2 === 0;
    if (gedeeld) {
      const inburgeraar = await token(url, { sub: inburgeraarId, rol: 'inburgeraar' });
      const t = await api(url, 'POST', `/v1/inburgeraars/${inburgeraarId}/toestemmingen`, inburgeraar, {
        ontvanger: { gemeente: '0518' },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'v1',
      });
      if (t.status !== 201) throw new Error(`toestemming: ${t.status}`);
    }
    trajecten.push({ inburgeraarId, gedeeld });
  }
  await api(url, 'GET', '/dev/settled');
  return trajecten;
}

/** The requests of a burst: aanmeldingen, and meetmomenten on the trajecten, interleaved. */
function burst(
  url: string,
  consulent: string,
  begeleider: string,
  trajecten: Awaited<ReturnType<typeof metTrajecten>>,
) {
  const meetmomenten = trajecten.flatMap((t) =>
    Array.from({ length: MEETMOMENTEN_PER_TRAJECT }, (_, n) => async (): Promise<Antwoord> => {
      const a = await api(url, 'POST', `/v1/inburgeraars/${t.inburgeraarId}/meetmomenten`, begeleider, meetmoment(n));
      return a.status === 201
        ? {
            meetmoment: {
              inburgeraarId: t.inburgeraarId,
              meetmomentId: a.body.meetmomentId as string,
              gedeeld: t.gedeeld,
            },
          }
        : { status: a.status };
    }),
  );
  const aanmeldingen = Array.from({ length: 25 }, (_, n) => async (): Promise<Antwoord> => {
    const a = await api(url, 'POST', '/v1/aanmeldingen', consulent, aanmelding(n));
    return a.status === 201 ? { aanmelding: a.body.inburgeraarId as string } : { status: a.status };
  });
  return aanmeldingen.flatMap((a, i) => [a, ...meetmomenten.slice(i * 2, i * 2 + 2)]).concat(meetmomenten.slice(50));
}

/** Every entry of an inburgeraar's verwerkingenlog (all pages). */
async function verwerkingen(url: string, inburgeraarId: string) {
  const inburgeraar = await token(url, { sub: inburgeraarId, rol: 'inburgeraar' });
  const items: { actie: string; bronId?: string }[] = [];
  let cursor: string | undefined;
  do {
    const pad = `/v1/inburgeraars/${inburgeraarId}/verwerkingen${cursor ? `?cursor=${cursor}` : ''}`;
    const res = await api(url, 'GET', pad, inburgeraar);
    items.push(...res.body.items);
    cursor = res.body.volgende;
  } while (cursor);
  return items;
}

/** Restarts on the same data directory and reports what the acknowledged writes left behind. */
async function naHerstart(dir: string, bevestigd: readonly string[], meetmomenten: readonly Meetmoment[] = []) {
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
  const onbeslist: string[] = [];
  for (const inburgeraarId of new Set(meetmomenten.map((m) => m.inburgeraarId))) {
    const log = await verwerkingen(url, inburgeraarId);
    for (const m of meetmomenten.filter((x) => x.inburgeraarId === inburgeraarId)) {
      const actie = m.gedeeld ? 'gedeeld' : 'geweigerd';
      if (!log.some((e) => e.bronId === m.meetmomentId && e.actie === actie))
        onbeslist.push(`${m.meetmomentId} ${actie}`);
    }
  }
  const deadLetters = (await api(url, 'GET', '/dev/dead-letters')).body;
  return { ontbrekend, zonderTraject, onbeslist, deadLetters };
}

/** The figures of a run (docs/RELIABILITY.md records them). */
function meld(wanneer: string, aanmeldingen: number, meetmomenten: number, na: Awaited<ReturnType<typeof naHerstart>>) {
  console.log(
    `crash ${wanneer}: acknowledged ${aanmeldingen} aanmeldingen and ${meetmomenten} meetmomenten; after the restart ` +
      `${na.ontbrekend.length} missing, ${na.zonderTraject.length} without traject, ${na.onbeslist.length} undecided, ` +
      `${na.deadLetters.items.length} dead letters`,
  );
}

describe('a SIGKILL of the local platform process group', () => {
  it('after the last 2xx of a burst: every acknowledged aanmelding, its traject and every meetmoment decided', async () => {
    // Arrange
    dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-crash-'));
    proces = await startProces(dataDir);
    const url = proces.url;
    const trajecten = await metTrajecten(url);
    const consulent = await token(url, CONSULENT);
    const begeleider = await token(url, BEGELEIDER);
    // Act: a burst, then the kill right after the last answer.
    const antwoorden = await Promise.all(burst(url, consulent, begeleider, trajecten).map((verzoek) => verzoek()));
    await proces.kill();
    const bevestigd = antwoorden.flatMap((a) => ('aanmelding' in a ? [a.aanmelding] : []));
    const meetmomenten = antwoorden.flatMap((a) => ('meetmoment' in a ? [a.meetmoment] : []));
    const na = await naHerstart(dataDir, bevestigd, meetmomenten);
    meld('after the last 2xx', bevestigd.length, meetmomenten.length, na);
    // Assert: every aanmelding 201; a meetmoment that lost the race on its traject got a 409 that changed nothing
    expect(bevestigd).toHaveLength(25);
    expect(antwoorden.filter((a) => 'status' in a).map((a) => a.status)).toEqual(
      Array(MET_TRAJECT * MEETMOMENTEN_PER_TRAJECT - meetmomenten.length).fill(409),
    );
    expect(meetmomenten.length).toBeGreaterThan(0);
    expect(na.ontbrekend).toEqual([]);
    expect(na.zonderTraject).toEqual([]);
    expect(na.onbeslist).toEqual([]);
    expect(na.deadLetters.items).toEqual([]);
  }, 180_000);

  it('mid-burst: every aanmelding and meetmoment acknowledged before the kill is there and decided after a restart', async () => {
    // Arrange
    dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-crash-'));
    proces = await startProces(dataDir);
    const url = proces.url;
    const trajecten = await metTrajecten(url);
    const consulent = await token(url, CONSULENT);
    const begeleider = await token(url, BEGELEIDER);
    const bevestigd: string[] = [];
    const meetmomenten: Meetmoment[] = [];
    const huidig = proces;
    // Act: kill once six aanmeldingen and six meetmomenten have been acknowledged, while the others are in flight.
    let gedood: Promise<void> | undefined;
    let onbeantwoord = 0;
    const verzoeken = burst(url, consulent, begeleider, trajecten);
    let open = verzoeken.length;
    await Promise.allSettled(
      verzoeken.map(async (verzoek) => {
        const a = await verzoek().finally(() => open--);
        if (gedood) return;
        if ('aanmelding' in a) bevestigd.push(a.aanmelding);
        if ('meetmoment' in a) meetmomenten.push(a.meetmoment);
        if (bevestigd.length >= 6 && meetmomenten.length >= 6) {
          onbeantwoord = open;
          gedood = huidig.kill();
        }
      }),
    );
    await gedood;
    await huidig.kill();
    const na = await naHerstart(dataDir, bevestigd, meetmomenten);
    meld(`mid-burst (${onbeantwoord} requests in flight)`, bevestigd.length, meetmomenten.length, na);
    // Assert
    expect(bevestigd.length).toBeGreaterThanOrEqual(6);
    expect(meetmomenten.length).toBeGreaterThanOrEqual(6);
    expect(onbeantwoord).toBeGreaterThan(0);
    expect(na.ontbrekend).toEqual([]);
    expect(na.zonderTraject).toEqual([]);
    expect(na.onbeslist).toEqual([]);
    expect(na.deadLetters.items).toEqual([]);
  }, 180_000);
});
