import type { Verbruik } from './doorvoer';
import type { Gemeten } from './groei';
import { tabel } from './stats';

/**
 * AWS list prices in eu-west-1 (Ireland), on-demand, without free tiers, as used on 2026-11-29 (from the AWS pricing
 * pages; re-check them before quoting a figure to anyone). docs/COSTS.md states the same.
 */
export const PRIJZEN = {
  lambdaPerMiljoen: 0.2,
  /** Arm (the stack's functions are ARM_64). */
  lambdaPerGbSeconde: 0.0000133334,
  dynamoSchrijfPerMiljoen: 0.7069,
  dynamoLeesPerMiljoen: 0.1414,
  dynamoOpslagPerGbMaand: 0.283,
  eventsPerMiljoen: 1.0,
  httpApiPerMiljoen: 1.11,
  sqsPerMiljoen: 0.4,
  kmsPer10k: 0.03,
  logsPerGb: 0.57,
} as const;

/**
 * The activity of 1,000 inburgeraars in maatschappelijke begeleiding in one month (docs/COSTS.md derives each figure
 * from the report): request type -> requests per month.
 */
export const ACTIVITEIT: Readonly<Record<string, number>> = {
  // Inflow: the eight cases' taakstelling H1 2025 (report 1.2.4) is 1,942 a half year; with their looptijden (3.3)
  // the stock is about 6,400, so per 1,000 in begeleiding about 50 new a month.
  'POST /v1/aanmeldingen': 50,
  'PUT .../begeleider': 50,
  'POST .../toestemmingen': 50,
  // Contacts (3.3): opstartfase 2-4 fixed appointments, weekly to fortnightly, ~3 a month for ~3 months (150 people);
  // after it maatwerk, about 1 a month (Rotterdam 1 per 3 weeks, Groningen de facto none): 150 x 3 + 850 x 1.
  'POST .../contactmomenten': 1300,
  // Meetmomenten: Den Haag 3 per traject (after 3, 8, 12 months), Woerden 2 (3.3, table): 3 per new traject.
  'POST .../meetmomenten': 150,
  // Referrals to the sociaal domein (4.2): assumed 1 in 10 inburgeraars a month.
  'POST .../verwijzingen': 100,
  // Reads: a begeleider opens the dossier at each contact; the consulent reads the shared voortgang monthly.
  'GET /v1/inburgeraars/{id}': 1300,
  'GET .../voortgang': 1000,
  'GET .../toestemmingen': 330,
  'GET .../verwerkingen': 100,
  'GET .../verwijzingen': 200,
  // 54 paid staff for ~6,400 in the eight cases (gemeenten.json): ~10 users per 1,000 open each list a working day.
  'GET /v1/begeleiding/caseload': 210,
  'GET /v1/begeleiding/bellijst': 210,
  'GET /v1/begeleiding/niet-gezien': 210,
  'GET /v1/inburgeraars (first page)': 105,
};

/** Planner runs a month (every five minutes); each costs a run with nothing due plus, per traject due, the measured requests. */
export const PLANNER_RUNS_PER_MAAND = 12 * 24 * 30;
/** Fase changes a month per 1,000: ~3 per traject (aangemeld, opstart, begeleiding, afronding) x 50 new a month. */
export const FASEWISSELS_PER_MAAND = 150;

/** Average billed duration and memory of an invocation (CDK: http 1024 MB, consumer 512 MB, relay 256 MB). */
const HTTP_GB_S = 1.0 * 0.06;
const CONSUMER_GB_S = 0.5 * 0.05;
const RELAY_GB_S = 0.25 * 0.03;
/** CloudWatch Logs per invocation: START/END/REPORT and about two JSON lines of the function. */
const LOG_BYTES = 1000;
/** Stored data per inburgeraar over all tables (items of a few hundred bytes, the log entries, indexes). */
const OPSLAG_KB_PER_INBURGERAAR = 40;

export interface KostenRegel {
  post: string;
  eenheden: string;
  dollar: number;
}

/** The monthly cost per 1,000 inburgeraars from the measured requests per request type and the activity above. */
export function kostenPer1000(
  verbruik: ReadonlyMap<string, Verbruik>,
  planner: NonNullable<Gemeten['planner']>,
): KostenRegel[] {
  let lezen = 0;
  let schrijven = 0;
  let entries = 0;
  let http = 0;
  let consumers = 0;
  let relays = 0;
  for (const [soort, perMaand] of Object.entries(ACTIVITEIT)) {
    const v = verbruik.get(soort);
    if (!v) continue;
    lezen += v.lezen * perMaand;
    schrijven += v.schrijven * perMaand;
    entries += v.entries * perMaand;
    http += perMaand;
    consumers += v.bezorgingen * perMaand;
    // In AWS the table's stream invokes the relay for each write that carried events (filtered on `uitstaand`).
    relays += v.putEvents * perMaand;
  }
  lezen += PLANNER_RUNS_PER_MAAND * planner.run.lezen + FASEWISSELS_PER_MAAND * planner.perDue.lezen;
  schrijven += PLANNER_RUNS_PER_MAAND * planner.run.schrijven + FASEWISSELS_PER_MAAND * planner.perDue.schrijven;
  entries += FASEWISSELS_PER_MAAND * planner.perDue.entries;
  consumers += FASEWISSELS_PER_MAAND * planner.perDue.bezorgingen;
  const invocaties = http + consumers + relays + PLANNER_RUNS_PER_MAAND;
  const gbS = http * HTTP_GB_S + consumers * CONSUMER_GB_S + relays * RELAY_GB_S + PLANNER_RUNS_PER_MAAND * 0.5 * 0.2;
  const m = (n: number) => `${(n / 1e6).toFixed(3)} M`;
  return [
    { post: 'Lambda requests', eenheden: m(invocaties), dollar: (invocaties / 1e6) * PRIJZEN.lambdaPerMiljoen },
    { post: 'Lambda GB-s (arm)', eenheden: gbS.toFixed(0), dollar: gbS * PRIJZEN.lambdaPerGbSeconde },
    {
      post: 'DynamoDB writes (1 WRU each)',
      eenheden: m(schrijven),
      dollar: (schrijven / 1e6) * PRIJZEN.dynamoSchrijfPerMiljoen,
    },
    { post: 'DynamoDB reads (1 RRU each)', eenheden: m(lezen), dollar: (lezen / 1e6) * PRIJZEN.dynamoLeesPerMiljoen },
    {
      post: 'DynamoDB storage',
      eenheden: `${((1000 * OPSLAG_KB_PER_INBURGERAAR) / 1024 / 1024).toFixed(3)} GB`,
      dollar: ((1000 * OPSLAG_KB_PER_INBURGERAAR) / 1024 / 1024) * PRIJZEN.dynamoOpslagPerGbMaand,
    },
    { post: 'EventBridge PutEvents entries', eenheden: m(entries), dollar: (entries / 1e6) * PRIJZEN.eventsPerMiljoen },
    { post: 'API Gateway HTTP API requests', eenheden: m(http), dollar: (http / 1e6) * PRIJZEN.httpApiPerMiljoen },
    { post: 'SQS (dead letters only)', eenheden: '~0', dollar: 0 },
    {
      post: 'KMS requests (DynamoDB caches data keys)',
      eenheden: 'per deployment',
      dollar: 0,
    },
    {
      post: 'CloudWatch Logs ingestion',
      eenheden: `${((invocaties * LOG_BYTES) / 1024 ** 3).toFixed(3)} GB`,
      dollar: ((invocaties * LOG_BYTES) / 1024 ** 3) * PRIJZEN.logsPerGb,
    },
  ];
}

export function kostenTabel(regels: readonly KostenRegel[]): string[] {
  const totaal = regels.reduce((s, r) => s + r.dollar, 0);
  return [
    '## AWS cost per 1,000 inburgeraars a month, eu-west-1 (activity model and prices: docs/COSTS.md)',
    ...tabel([
      ['  item', 'units a month', 'USD'],
      ...regels.map((r) => [`  ${r.post}`, r.eenheden, r.dollar.toFixed(4)]),
      ['  total', '', totaal.toFixed(2)],
    ]),
  ];
}
