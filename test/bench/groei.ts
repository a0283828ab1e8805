import { loadavg } from 'node:os';
import { PROFIELEN } from '@wegwijs/profielen';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { type ApiResponse, startPlatform, type TestPlatform } from '../support/platform';
import { mediaanVerbruik, type Verbruik, verbruikVan } from './doorvoer';
import { meetmoment, toestemming, verwacht } from './event-pad';
import { median, tabel } from './stats';
import { GRONINGEN, zaai } from './zaaien';

/** Timed requests per request type and size (medians of these). */
export const RUNS = 30;
/** One in this many seeded trajecten is due a fase change today. */
const DUE_ELKE = 100;

interface Probe {
  d: Dossier;
  teamleider: string;
  /** A begeleider of Groningen's organisation (Den Haag works without a bellijst). */
  bellijst: string;
}

type Verzoek = (p: TestPlatform, x: Probe, i: number) => Promise<ApiResponse>;

const consent = () => ({ ...toestemming(), categorieen: ['zelfredzaamheid', 'contactmomenten', 'verwijzing'] });

const lijst = (naam: string) => (p: TestPlatform, x: Probe) =>
  p.api('GET', `/v1/begeleiding/${naam}?gemeente=${naam === 'bellijst' ? GRONINGEN : '0518'}`, {
    token: naam === 'caseload' ? x.teamleider : naam === 'bellijst' ? x.bellijst : x.d.begeleider,
  });

/** Every /v1 operation worth timing, with the status it must answer. */
export const VERZOEKEN: readonly { naam: string; status: number; doe: Verzoek }[] = [
  {
    naam: 'GET /v1/inburgeraars/{id}',
    status: 200,
    doe: (p, x) => p.api('GET', `/v1/inburgeraars/${x.d.id}`, { token: x.d.consulent }),
  },
  {
    naam: 'GET /v1/inburgeraars (first page)',
    status: 200,
    doe: (p, x) => p.api('GET', '/v1/inburgeraars?gemeente=0518', { token: x.d.consulent }),
  },
  {
    naam: 'POST meetmoment until decided in the log',
    status: 200,
    async doe(p, x) {
      const res = verwacht(
        await p.api('POST', `/v1/inburgeraars/${x.d.id}/meetmomenten`, { token: x.d.begeleider, body: meetmoment() }),
        201,
      );
      for (;;) {
        const log = await p.api('GET', `/v1/inburgeraars/${x.d.id}/verwerkingen?limit=200`, { token: x.d.inburgeraar });
        const items = (log.body?.items ?? []) as { actie: string; bronId?: string }[];
        if (items.some((e) => e.bronId === res.body.meetmomentId)) return log;
        await new Promise((r) => setTimeout(r, 2));
      }
    },
  },
  {
    naam: 'GET .../voortgang',
    status: 200,
    doe: (p, x) => p.api('GET', `/v1/inburgeraars/${x.d.id}/voortgang`, { token: x.d.consulent }),
  },
  { naam: 'GET /v1/begeleiding/caseload', status: 200, doe: lijst('caseload') },
  { naam: 'GET /v1/begeleiding/bellijst', status: 200, doe: lijst('bellijst') },
  { naam: 'GET /v1/begeleiding/niet-gezien', status: 200, doe: lijst('niet-gezien') },
  {
    naam: 'GET .../toestemmingen',
    status: 200,
    doe: (p, x) => p.api('GET', `/v1/inburgeraars/${x.d.id}/toestemmingen`, { token: x.d.inburgeraar }),
  },
  {
    naam: 'GET .../verwerkingen',
    status: 200,
    doe: (p, x) => p.api('GET', `/v1/inburgeraars/${x.d.id}/verwerkingen`, { token: x.d.inburgeraar }),
  },
  {
    naam: 'GET .../verwijzingen',
    status: 200,
    doe: (p, x) => p.api('GET', `/v1/inburgeraars/${x.d.id}/verwijzingen`, { token: x.d.begeleider }),
  },
  {
    naam: 'POST .../contactmomenten',
    status: 201,
    doe: (p, x) =>
      p.api('POST', `/v1/inburgeraars/${x.d.id}/contactmomenten`, {
        token: x.d.begeleider,
        body: { datum: plusDagen(vandaag(), -1), vorm: 'huisbezoek', duurMinuten: 45 },
      }),
  },
  {
    naam: 'POST /v1/aanmeldingen',
    status: 201,
    doe: (p, x) =>
      p.api('POST', '/v1/aanmeldingen', {
        token: x.d.consulent,
        body: {
          gemeente: '0518',
          doelgroep: 'asielstatushouder',
          persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-02-14', talen: ['ar'] },
          koppelingsdatum: plusDagen(vandaag(), -80),
        },
      }),
  },
];

/** Dossiers made through the API (the real write path), each with a consent, a contact and a verwijzing. */
async function probes(p: TestPlatform, aantal: number): Promise<Probe[]> {
  const uit: Probe[] = [];
  const bellijst = await p.token({
    sub: 'mb-0014',
    rol: 'maatschappelijk-begeleider',
    org: PROFIELEN.get(GRONINGEN)?.uitvoeringsorganisatie ?? '',
    gemeenten: [GRONINGEN],
  });
  for (let i = 0; i < aantal; i++) {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const tl = await p.token({ sub: 'tl-0518', rol: 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] });
    verwacht(
      await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar, body: consent() }),
      201,
    );
    verwacht(
      await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
        token: d.begeleider,
        body: { naar: 'wijkteam', toelichting: 'Vraag over de buurt' },
      }),
      201,
    );
    uit.push({ d, teamleider: tl, bellijst });
  }
  await p.settled();
  return uit;
}

export interface Meting {
  ms: number;
  /** DynamoDB requests of the request itself and every consumer its events reach, PutEvents entries likewise. */
  verbruik: Verbruik;
}

export interface Tier {
  grootte: number;
  zaaiMs: number;
  metingen: Map<string, Meting>;
  planner: { ms: number; due: number; dynamo: number; verbruik: Verbruik; leeg: Verbruik };
}

interface Opgezet {
  p: TestPlatform;
  grootte: number;
  zaaiMs: number;
  due: number;
  xs: Probe[];
}

/** A platform of its own for one size: seeded with `grootte` inburgeraars, then fresh probe dossiers through the API. */
async function zetOp(grootte: number): Promise<Opgezet> {
  const p = await startPlatform({ logLevel: 'WARN', relayIntervalMs: 3_600_000, plannerIntervalMs: 3_600_000 });
  try {
    const zaaisel = await zaai(p.platform.dynamo.client, {
      van: 0,
      tot: grootte,
      vandaag: vandaag(),
      dueElke: DUE_ELKE,
    });
    return { p, grootte, zaaiMs: zaaisel.ms, due: zaaisel.due, xs: await probes(p, 10) };
  } catch (e) {
    await p.stop();
    throw e;
  }
}

/** One timed request of type `v` on one size's platform. */
async function tijd(o: Opgezet, v: (typeof VERZOEKEN)[number], i: number): Promise<number> {
  const x = o.xs[i % o.xs.length] as Probe;
  const t0 = performance.now();
  verwacht(await v.doe(o.p, x, i), v.status);
  return performance.now() - t0;
}

/**
 * Every request type on every size, interleaved: per run one request on each size's platform, the order turned each
 * run (ABBA...), so load on the machine falls on all sizes alike; then one planner run per size with the trajecten
 * due, and a second with none due.
 */
async function meetInterleaved(opgezet: readonly Opgezet[]): Promise<Tier[]> {
  const tijden = opgezet.map(() => new Map<string, number[]>());
  const verbruik = opgezet.map(() => new Map<string, Verbruik>());
  for (const v of VERZOEKEN) {
    for (const [k, o] of opgezet.entries()) {
      verwacht(await v.doe(o.p, o.xs[0] as Probe, 0), v.status); // warm-up
      verbruik[k]?.set(
        v.naam,
        await mediaanVerbruik(o.p, 3, (i) => v.doe(o.p, o.xs[(i + 1) % o.xs.length] as Probe, i)),
      );
      await o.p.settled();
      tijden[k]?.set(v.naam, []);
    }
    for (let i = 0; i < RUNS; i++) {
      const volgorde = i % 2 === 0 ? [...opgezet.keys()] : [...opgezet.keys()].reverse();
      for (const k of volgorde) tijden[k]?.get(v.naam)?.push(await tijd(opgezet[k] as Opgezet, v, i));
    }
  }
  const tiers: Tier[] = [];
  for (const [k, o] of opgezet.entries()) {
    // The planner run: until /dev/planner returns; its DynamoDB requests and those of the deliveries it causes. A
    // second run right after it finds nothing due: what a run costs by itself.
    const run = async () => {
      let ms = 0;
      const gebruikt = await verbruikVan(o.p, async () => {
        const t0 = performance.now();
        verwacht(await o.p.api('POST', '/dev/planner'), 200);
        ms = performance.now() - t0;
      });
      return { ms, verbruik: gebruikt };
    };
    const eerste = await run();
    const leeg = await run();
    const metingen = new Map<string, Meting>();
    for (const v of VERZOEKEN)
      metingen.set(v.naam, {
        ms: median(tijden[k]?.get(v.naam) ?? []),
        verbruik: verbruik[k]?.get(v.naam) as Verbruik,
      });
    tiers.push({
      grootte: o.grootte,
      zaaiMs: o.zaaiMs,
      metingen,
      planner: {
        ms: eerste.ms,
        due: o.due,
        dynamo: eerste.verbruik.dynamo,
        verbruik: eerste.verbruik,
        leeg: leeg.verbruik,
      },
    });
  }
  return tiers;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const GOAL = 1.2;

/** The growth table: each request type at the sizes with its DynamoDB requests and the ratio of the last to the first. */
export function groeiTabel(tiers: readonly Tier[]): string[][] {
  const [a, b] = [tiers[0], tiers.at(-1)];
  if (!a || !b) return [];
  const rijen = [...a.metingen.keys()].map((naam) => {
    const x = a.metingen.get(naam) as Meting;
    const y = b.metingen.get(naam) as Meting;
    const r = y.ms / x.ms;
    return [
      `  ${naam}`,
      fmt(x.ms),
      fmt(y.ms),
      `${r.toFixed(2)}x`,
      r <= GOAL ? 'yes' : 'NO',
      `${x.verbruik.dynamo}/${y.verbruik.dynamo}`,
    ];
  });
  const perDue = (t: Tier) => [
    t.planner.ms / Math.max(1, t.planner.due),
    t.planner.dynamo / Math.max(1, t.planner.due),
  ];
  const [msA, rqA] = perDue(a) as [number, number];
  const [msB, rqB] = perDue(b) as [number, number];
  rijen.push([
    `  planner run, per traject due (${a.planner.due} / ${b.planner.due} due)`,
    fmt(msA),
    fmt(msB),
    `${(msB / msA).toFixed(2)}x`,
    msB / msA <= GOAL ? 'yes' : 'NO',
    `${rqA.toFixed(1)}/${rqB.toFixed(1)}`,
  ]);
  rijen.push([
    '  planner run, whole',
    fmt(a.planner.ms),
    fmt(b.planner.ms),
    `${(b.planner.ms / a.planner.ms).toFixed(2)}x`,
    '',
    `${a.planner.dynamo}/${b.planner.dynamo}`,
  ]);
  return [['  request (median ms)', `${a.grootte}`, `${b.grootte}`, 'ratio', `<= ${GOAL}`, 'DynamoDB e2e'], ...rijen];
}

/**
 * The request types and the planner at each size: one platform per size (each seeded from empty), measured
 * interleaved so that both see the same machine load.
 */
export async function groeiMetingen(groottes: readonly number[]): Promise<Tier[]> {
  const opgezet: Opgezet[] = [];
  try {
    for (const g of groottes) opgezet.push(await zetOp(g));
    return await meetInterleaved(opgezet);
  } finally {
    for (const o of opgezet) await o.p.stop();
  }
}

/** What the growth and throughput sections measured, for the cost table at the end of the run. */
export interface Gemeten {
  verbruik: Map<string, Verbruik>;
  /** DynamoDB requests of a planner run with nothing due, and per traject due (reads and writes). */
  planner?: { run: Verbruik; perDue: { lezen: number; schrijven: number; entries: number; bezorgingen: number } };
}

/** The growth section: every request type and the planner at each size, with ratios; fills `gemeten`. */
export async function benchGroei(groottes: readonly number[], gemeten: Gemeten): Promise<string[]> {
  const tiers = await groeiMetingen(groottes);
  const [a, b] = [tiers[0], tiers.at(-1)];
  if (!a || !b) return [];
  for (const [naam, m] of a.metingen) gemeten.verbruik.set(naam, m.verbruik);
  const { verbruik, leeg, due } = b.planner;
  const per = (veld: 'lezen' | 'schrijven' | 'entries' | 'bezorgingen') =>
    due ? Math.max(0, verbruik[veld] - leeg[veld]) / due : 0;
  gemeten.planner = {
    run: leeg,
    perDue: {
      lezen: per('lezen'),
      schrijven: per('schrijven'),
      entries: per('entries'),
      bezorgingen: per('bezorgingen'),
    },
  };
  return [
    `## growth: ${groottes.join(' vs ')} inburgeraars (9 in 10 in Den Haag with VluchtelingenWerk, 1 in 10 in Groningen with Humanitas; bellijst: Groningen), median of ${RUNS} requests each, interleaved between the sizes (one platform per size, order turned each run), HTTP through the local gateway; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
    ...tiers.map(
      (t) =>
        `seeded ${t.grootte} (BatchWriteItem into aanmelding and begeleiding) in ${(t.zaaiMs / 1000).toFixed(1)} s; planner: ${t.planner.due} trajecten due, ${t.planner.dynamo} DynamoDB requests e2e; a run with none due: ${t.planner.leeg.dynamo}`,
    ),
    ...tabel(groeiTabel(tiers)),
    'DynamoDB e2e = requests of the request and of every consumer its events reach (median of 3), at each size',
  ];
}
