import { BatchWriteItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { trajectSleutel } from '@wegwijs/begeleiding/adapters/keys';
import { trajectCodec } from '@wegwijs/begeleiding/adapters/store';
import { plusDagen } from '@wegwijs/begeleiding/domain/datum';
import { faseOp } from '@wegwijs/begeleiding/domain/fase';
import { nieuwTraject, type Traject } from '@wegwijs/begeleiding/domain/traject';
import { defaultDeps } from '@wegwijs/begeleiding/handlers/deps';
import { createHttpHandler } from '@wegwijs/begeleiding/handlers/http';
import { createPlanner } from '@wegwijs/begeleiding/handlers/planner';
import { begeleidingTabel } from '@wegwijs/begeleiding/tabel';
import { aggregaatItem, dynamoClient } from '@wegwijs/lambda-kit';
import { apiGatewayEvent } from '@wegwijs/local-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { gebruik, lambdaContext, startTestOmgeving } from '@wegwijs/test-helpers';
import { median, ratio, tabel } from './stats';

const VANDAAG = '2025-09-01';
const klok = { now: () => new Date(`${VANDAAG}T10:00:00.000Z`) };
/** Trajecten whose fase change falls due today, among all (the planner's work). */
const DUE = 10;

/**
 * A traject of `p` as the write path stores it, spread over 400 start dates; when `dueVandaag`, its fase changes
 * today (stored yesterday), so the planner has work. `opties` give another day and id (the growth bench).
 */
export function traject(
  p: Profiel,
  n: number,
  dueVandaag: boolean,
  opties: { vandaag?: string; id?: string } = {},
): Traject {
  const dag = opties.vandaag ?? VANDAAG;
  const start = dueVandaag ? dag : plusDagen(plusDagen(dag, -457), n % 400);
  const t: Traject = {
    ...nieuwTraject(opties.id ?? `ib-bench-${p.cbs}-${n}`, p.cbs),
    aanmelding: {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: p.uitvoeringsorganisatie,
      koppelingsdatum: start,
      occurredAt: 'x',
    },
    woningtoewijzing: { datum: start, occurredAt: 'x' },
    ...(n % 3 === 0 ? { begeleider: { begeleiderId: `b-${n % 40}`, soort: 'betaald', sinds: start } } : {}),
    ...(n % 5 === 0 ? { laatsteContact: plusDagen(dag, -(n % 200)), laatstGezien: plusDagen(dag, -(n % 90)) } : {}),
  };
  const opgeslagenOp = dueVandaag ? plusDagen(dag, -1) : dag;
  return { ...t, fase: faseOp(p, t, opgeslagenOp).fase };
}

/** The item the write path stores for a traject (version 1, nothing in its outbox). */
export const trajectItem = (t: Traject) => aggregaatItem(trajectCodec, trajectSleutel(t.inburgeraarId), t, 1);

async function zaai(client: DynamoDBClient, tableName: string, p: Profiel, van: number, tot: number) {
  const items = [];
  for (let n = van; n < tot; n++) {
    const t = traject(p, n, n - van < DUE);
    items.push(trajectItem(t));
  }
  for (let i = 0; i < items.length; i += 25) {
    const RequestItems = {
      [tableName]: items
        .slice(i, i + 25)
        .map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } })),
    };
    await client.send(new BatchWriteItemCommand({ RequestItems }));
  }
}

interface Meting {
  ms: number;
  verzoeken: number;
  kb: number;
}

/**
 * The worklists (first page, default limit) and the planner at two sizes of the same table: Groningen (bellijst) and
 * Heerenveen (caseload, niet-gezien) seeded with `grootte` trajecten each, written as the write path writes them;
 * DynamoDB requests counted by SDK middleware on the same client.
 */
export async function werklijstMetingen(groottes: readonly number[]): Promise<Map<number, Record<string, Meting>>> {
  const o = await startTestOmgeving({ tabellen: [begeleidingTabel] });
  try {
    gebruik(o, 'begeleiding');
    const client = o.dynamo.client;
    const tableName = o.tabel('begeleiding');
    let teller = 0;
    // The handlers' own client (the process's DynamoDB client of the kit), counted by SDK middleware.
    dynamoClient().middlewareStack.add(
      (next) => async (args) => {
        teller++;
        return next(args);
      },
      { step: 'initialize', name: 'benchTelWerklijsten' },
    );
    const groningen = profielVan('0014');
    const heerenveen = profielVan('0074');
    if (!groningen || !heerenveen) throw new Error('profiles 0014 and 0074 are needed');
    const http = createHttpHandler(defaultDeps({ clock: klok }));
    const planner = createPlanner(defaultDeps({ clock: klok }));
    const tokens = {
      bellijst: await o.token({
        sub: 'mb',
        rol: 'maatschappelijk-begeleider',
        org: groningen.uitvoeringsorganisatie,
        gemeenten: ['0014'],
      }),
      caseload: await o.token({
        sub: 'tl',
        rol: 'teamleider',
        org: heerenveen.uitvoeringsorganisatie,
        gemeenten: ['0074'],
      }),
      'niet-gezien': await o.token({
        sub: 'mb',
        rol: 'maatschappelijk-begeleider',
        org: heerenveen.uitvoeringsorganisatie,
        gemeenten: ['0074'],
      }),
    };
    const uitkomst = new Map<number, Record<string, Meting>>();
    let gezaaid = 0;
    for (const grootte of groottes) {
      for (const p of [groningen, heerenveen]) await zaai(client, tableName, p, gezaaid, grootte);
      gezaaid = grootte;
      const metingen: Record<string, Meting> = {};
      for (const [lijst, token] of Object.entries(tokens)) {
        const gemeente = lijst === 'bellijst' ? '0014' : '0074';
        const tijden: number[] = [];
        let verzoeken = 0;
        let bytes = 0;
        for (let i = 0; i < 22; i++) {
          const [voor, t0] = [teller, performance.now()];
          const event = apiGatewayEvent({
            method: 'GET',
            routePath: `/v1/begeleiding/${lijst}`,
            rawPath: `/v1/begeleiding/${lijst}`,
            query: `gemeente=${gemeente}`,
            headers: { authorization: `Bearer ${token}` },
          });
          const res = (await http(event, lambdaContext())) as { statusCode: number; body?: string };
          if (i > 0) tijden.push(performance.now() - t0); // the first request warms up
          if (res.statusCode !== 200) throw new Error(`${lijst}: ${res.statusCode} ${res.body}`);
          verzoeken = teller - voor;
          bytes = res.body?.length ?? 0;
        }
        metingen[lijst] = { ms: median(tijden), verzoeken, kb: bytes / 1024 };
      }
      const [voor, t0] = [teller, performance.now()];
      const run = await planner();
      metingen[`planner (${run.trajecten} of ${2 * grootte} due)`] = {
        ms: performance.now() - t0,
        verzoeken: teller - voor,
        kb: 0,
      };
      uitkomst.set(grootte, metingen);
    }
    return uitkomst;
  } finally {
    await o.stop();
  }
}

export async function benchWerklijsten(groottes: readonly number[] = [1000, 10_000]): Promise<string[]> {
  const uitkomst = await werklijstMetingen(groottes);
  const [klein, groot] = groottes.map((g) => uitkomst.get(g));
  if (!klein || !groot) return [];
  const rijen = Object.keys(klein).map((naam) => {
    const a = klein[naam] as Meting;
    const b = (naam.startsWith('planner') ? Object.values(groot).at(-1) : groot[naam]) as Meting;
    return [
      naam,
      `${a.ms.toFixed(1)} ms`,
      `${a.verzoeken}`,
      `${b.ms.toFixed(1)} ms`,
      `${b.verzoeken}`,
      ratio(b.ms, a.ms),
    ];
  });
  return [
    `Worklists (first page, limit 50, median of 21) and one planner run, ${groottes[0]} vs ${groottes[1]} trajecten per gemeente:`,
    ...tabel([['request', `${groottes[0]}`, 'DynamoDB', `${groottes[1]}`, 'DynamoDB', 'ratio'], ...rijen]),
  ];
}
