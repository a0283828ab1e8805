import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { type ApiResponse, startPlatform, type TestPlatform } from '../support/platform';
import { meetmoment, toestemming, verwacht } from './event-pad';
import { percentile, tabel } from './stats';

export const CLIENTS = 20;
const PER_CLIENT = 15;
const PLAFOND_MS = 3000;
const GOAL_FRACTIE = 0.7;
const GOAL_P95_MS = 250;

/** One of the 20 clients: its own dossier in Den Haag and its own people (each its own principal). */
interface Klant {
  id: string;
  consulent: string;
  begeleider: string;
  teamleider: string;
  inburgeraar: string;
}

export interface Schrijfsoort {
  naam: string;
  status: number;
  doe(p: TestPlatform, k: Klant, i: number): Promise<ApiResponse>;
}

const aanmelding = () => ({
  gemeente: '0518',
  doelgroep: 'asielstatushouder',
  persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-02-14', talen: ['ar'] },
  koppelingsdatum: plusDagen(vandaag(), -80),
});

export const SCHRIJFSOORTEN: readonly Schrijfsoort[] = [
  {
    naam: 'POST /v1/aanmeldingen',
    status: 201,
    doe: (p, k) => p.api('POST', '/v1/aanmeldingen', { token: k.consulent, body: aanmelding() }),
  },
  {
    naam: 'POST .../contactmomenten',
    status: 201,
    doe: (p, k) =>
      p.api('POST', `/v1/inburgeraars/${k.id}/contactmomenten`, {
        token: k.begeleider,
        body: { datum: plusDagen(vandaag(), -1), vorm: 'telefoon', duurMinuten: 15 },
      }),
  },
  {
    naam: 'POST .../meetmomenten',
    status: 201,
    doe: (p, k) => p.api('POST', `/v1/inburgeraars/${k.id}/meetmomenten`, { token: k.begeleider, body: meetmoment() }),
  },
  {
    naam: 'POST .../toestemmingen',
    status: 201,
    doe: (p, k) =>
      p.api('POST', `/v1/inburgeraars/${k.id}/toestemmingen`, { token: k.inburgeraar, body: toestemming() }),
  },
  {
    naam: 'PUT .../begeleider',
    status: 200,
    doe: (p, k, i) =>
      p.api('PUT', `/v1/inburgeraars/${k.id}/begeleider`, {
        token: k.teamleider,
        body: { begeleiderId: `mb-${i % 7}`, soort: 'betaald' },
      }),
  },
  {
    naam: 'POST .../verwijzingen',
    status: 201,
    doe: (p, k) =>
      p.api('POST', `/v1/inburgeraars/${k.id}/verwijzingen`, {
        token: k.begeleider,
        body: { naar: 'veilig-thuis', toelichting: 'Zorgen over de veiligheid thuis' },
      }),
  },
];

/**
 * The clients of the ceiling run: in worker threads with their own SDK client, as the functions do, so the main
 * thread (dynalite, gateway, bus) pays only for serving the requests.
 */
const PLAFOND_WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const r = require('node:module').createRequire(workerData.basis);
const { DynamoDBClient, PutItemCommand, GetItemCommand } = r('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({ endpoint: workerData.endpoint, region: 'eu-west-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const TableName = workerData.tabel;
(async () => {
  let verzoeken = 0;
  const t0 = performance.now();
  const tot = t0 + workerData.ms;
  await Promise.all(Array.from({ length: workerData.clients }, async (_, c) => {
    for (let i = 0; performance.now() < tot; i++) {
      const Key = { pk: { S: workerData.naam + '-' + c + '-' + (i % 50) } };
      await client.send(new PutItemCommand({ TableName, Item: { ...Key, versie: { N: String(i) } } }));
      await client.send(new GetItemCommand({ TableName, Key, ConsistentRead: true }));
      verzoeken += 2;
    }
  }));
  parentPort.postMessage(verzoeken / ((performance.now() - t0) / 1000));
})();
`;

/** Worker threads the ceiling's clients are spread over (one thread's SDK client is a bottleneck of its own). */
const PLAFOND_WORKERS = 2;
const PLAFOND_TABEL = 'bench-plafond';

/**
 * dynalite's own requests per second on this machine: `CLIENTS` concurrent loops of PutItem then GetItem, spread over
 * `PLAFOND_WORKERS` worker threads. Measured again before each write type, so it sees the load that write sees.
 */
export async function dynalitePlafond(dynamo: { client: DynamoDBClient; endpoint: string }): Promise<number> {
  const bestaat = await dynamo.client
    .send(new DescribeTableCommand({ TableName: PLAFOND_TABEL }))
    .then(() => true)
    .catch(() => false);
  if (!bestaat)
    await dynamo.client.send(
      new CreateTableCommand({
        TableName: PLAFOND_TABEL,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
  const basis = fileURLToPath(new URL('../../packages/local-kit/package.json', import.meta.url));
  const workers = Array.from(
    { length: PLAFOND_WORKERS },
    (_, w) =>
      new Worker(PLAFOND_WORKER, {
        eval: true,
        workerData: {
          basis,
          endpoint: dynamo.endpoint,
          tabel: PLAFOND_TABEL,
          naam: `w${w}`,
          clients: CLIENTS / PLAFOND_WORKERS,
          ms: PLAFOND_MS,
        },
      }),
  );
  try {
    const perWorker = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    return perWorker.reduce((a, b) => a + b, 0);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function klanten(p: TestPlatform): Promise<Klant[]> {
  const uit: Klant[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const org = 'vluchtelingenwerk';
    uit.push({
      id: d.id,
      inburgeraar: d.inburgeraar,
      consulent: await p.token({ sub: `consulent-${c}`, rol: 'inburgeringsconsulent', gemeenten: ['0518'] }),
      begeleider: await p.token({ sub: `mb-${c}`, rol: 'maatschappelijk-begeleider', org, gemeenten: ['0518'] }),
      teamleider: await p.token({ sub: `tl-${c}`, rol: 'teamleider', org, gemeenten: ['0518'] }),
    });
    // A consent covering zelfredzaamheid, so a meetmoment is shared (the longest chain of events).
    verwacht(
      await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar, body: toestemming() }),
      201,
    );
  }
  await p.settled();
  return uit;
}

export interface Verbruik {
  /** DynamoDB requests, all of them, and those that read (GetItem, Query, Scan) and write (Put/Update/Delete). */
  dynamo: number;
  lezen: number;
  schrijven: number;
  putEvents: number;
  /** PutEvents entries (EventBridge bills per entry). */
  entries: number;
  /** Consumer invocations (event deliveries that succeeded). */
  bezorgingen: number;
}

const LEES = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem']);
const SCHRIJF = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/** What one request costs end to end (its function and every consumer its events reach), on a quiet platform. */
export async function verbruikVan(p: TestPlatform, doe: () => Promise<unknown>): Promise<Verbruik> {
  await p.settled();
  const { dynamo, bus } = p.platform;
  const tel = (soort?: Set<string>) =>
    [...dynamo.verzoeken.entries()].reduce((a, [op, n]) => (!soort || soort.has(op) ? a + n : a), 0);
  let bezorgingen = 0;
  const stop = bus.onDelivery((d) => {
    if (d.ok) bezorgingen++;
  });
  const voor = { dynamo: tel(), lezen: tel(LEES), schrijven: tel(SCHRIJF), ...bus.geteld };
  await doe();
  await p.settled();
  stop();
  return {
    dynamo: tel() - voor.dynamo,
    lezen: tel(LEES) - voor.lezen,
    schrijven: tel(SCHRIJF) - voor.schrijven,
    putEvents: bus.geteld.putEvents - voor.putEvents,
    entries: bus.geteld.entries - voor.entries,
    bezorgingen,
  };
}

/** The median of several runs of each field (a few runs, so a stray relay sweep does not count). */
export async function mediaanVerbruik(
  p: TestPlatform,
  runs: number,
  doe: (i: number) => Promise<unknown>,
): Promise<Verbruik> {
  const metingen: Verbruik[] = [];
  for (let i = 0; i < runs; i++) metingen.push(await verbruikVan(p, () => doe(i)));
  const m = (veld: keyof Verbruik) =>
    percentile(
      metingen.map((x) => x[veld]),
      50,
    );
  return {
    dynamo: m('dynamo'),
    lezen: m('lezen'),
    schrijven: m('schrijven'),
    putEvents: m('putEvents'),
    entries: m('entries'),
    bezorgingen: m('bezorgingen'),
  };
}

export interface Doorvoer {
  naam: string;
  perSeconde: number;
  mediaan: number;
  p95: number;
  verbruik: Verbruik;
}

/** `CLIENTS` clients each sending `PER_CLIENT` writes one after the other, all at once. */
async function onderLast(
  p: TestPlatform,
  ks: readonly Klant[],
  soort: Schrijfsoort,
): Promise<Omit<Doorvoer, 'verbruik'>> {
  await p.settled();
  const tijden: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    ks.map(async (k, c) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const s = performance.now();
        verwacht(await soort.doe(p, k, c * PER_CLIENT + i), soort.status);
        tijden.push(performance.now() - s);
      }
    }),
  );
  const sec = (performance.now() - t0) / 1000;
  return {
    naam: soort.naam,
    perSeconde: tijden.length / sec,
    mediaan: percentile(tijden, 50),
    p95: percentile(tijden, 95),
  };
}

/**
 * Local write throughput and p95 at `CLIENTS` concurrent clients per write type, next to the ceiling the local store
 * allows: dynalite's own requests per second (measured in the same run) divided by the DynamoDB requests the write
 * makes end to end (its function plus every consumer its events reach; counted at dynalite, median of 5 quiet runs).
 */
export async function benchDoorvoer(verbruikPerSoort?: Map<string, Verbruik>): Promise<string[]> {
  const p = await startPlatform({ logLevel: 'WARN', relayIntervalMs: 3_600_000, plannerIntervalMs: 3_600_000 });
  try {
    const ks = await klanten(p);
    const rijen: string[][] = [];
    const uitkomsten: Doorvoer[] = [];
    const plafonds: number[] = [];
    for (const soort of SCHRIJFSOORTEN) {
      const k = ks[0] as Klant;
      const verbruik = await mediaanVerbruik(p, 5, (i) => soort.doe(p, k, 1000 + i));
      await p.settled();
      const plafond = await dynalitePlafond(p.platform.dynamo);
      plafonds.push(plafond);
      const last = await onderLast(p, ks, soort);
      uitkomsten.push({ ...last, verbruik });
      verbruikPerSoort?.set(soort.naam, verbruik);
      const max = plafond / verbruik.dynamo;
      const fractie = last.perSeconde / max;
      // With CLIENTS closed-loop clients, mean latency = CLIENTS / throughput (Little's law): the p95 goal needs at
      // least CLIENTS / GOAL_P95_MS writes per second, which the ceiling allows only with this few requests a write.
      const nodig = CLIENTS / (GOAL_P95_MS / 1000);
      rijen.push([
        `  ${soort.naam}`,
        String(verbruik.dynamo),
        plafond.toFixed(0),
        max.toFixed(1),
        last.perSeconde.toFixed(1),
        `${(fractie * 100).toFixed(0)}%`,
        last.mediaan.toFixed(1),
        last.p95.toFixed(1),
        ((CLIENTS / last.perSeconde) * 1000).toFixed(0),
        (nodig * verbruik.dynamo).toFixed(0),
        fractie >= GOAL_FRACTIE && last.p95 <= GOAL_P95_MS ? 'yes' : 'NO',
      ]);
    }
    await p.settled();
    return [
      `## local write throughput (${CLIENTS} concurrent clients x ${PER_CLIENT} writes, each client its own dossier and principal)`,
      `dynalite ceiling, measured before each write type: ${plafonds.map((x) => x.toFixed(0)).join(', ')} requests/s (${CLIENTS} concurrent PutItem+GetItem loops for ${PLAFOND_MS / 1000} s from ${PLAFOND_WORKERS} worker threads); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end`,
      `p95 <= ${GOAL_P95_MS} ms at ${CLIENTS} closed-loop clients needs >= ${CLIENTS / (GOAL_P95_MS / 1000)} writes/s (Little: mean = clients / throughput), so a store ceiling of >= ${CLIENTS / (GOAL_P95_MS / 1000)} x DynamoDB/write requests/s (column 'needed/s')`,
      ...tabel([
        [
          '  write',
          'DynamoDB/write',
          'dynalite/s',
          'ceiling writes/s',
          'writes/s',
          'of ceiling',
          'median ms',
          'p95 ms',
          'Little ms',
          'needed/s',
          `goal (>=${GOAL_FRACTIE * 100}%, p95<=${GOAL_P95_MS})`,
        ],
        ...rijen,
      ]),
    ];
  } finally {
    await p.stop();
  }
}
