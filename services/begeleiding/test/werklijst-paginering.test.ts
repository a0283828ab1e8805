import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PROFIELEN } from '@wegwijs/profielen';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dynamoBegeleidersTelling, dynamoBegeleidingStore, dynamoTrajectOpslag } from '../src/adapters/store';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { createPlanner } from '../src/handlers/planner';
import { begeleiderToken, klok, meldAan, type Opstelling, roepLijst, startOpstelling } from './support-omgeving';

let o: Opstelling;
/** The DynamoDB commands sent through the counted client, by name, in order. */
const verzonden: string[] = [];
let geteld: { http: Opstelling['http']; planner: Opstelling['planner'] };

function telCommandos(client: DynamoDBClient) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      verzonden.push(context.commandName ?? 'onbekend');
      return next(args);
    },
    { step: 'initialize', name: 'telDynamoCommandos' },
  );
}

beforeAll(async () => {
  o = await startOpstelling();
  const client = o.omgeving.dynamo.client;
  telCommandos(client);
  const tabel = o.omgeving.tabel('begeleiding');
  const poorten = {
    opslag: dynamoTrajectOpslag(client, tabel),
    store: dynamoBegeleidingStore(client, tabel),
    begeleidersTelling: dynamoBegeleidersTelling(client, tabel),
  };
  geteld = {
    http: createHttpHandler(defaultDeps({ clock: klok, ...poorten })),
    planner: createPlanner(defaultDeps({ clock: klok, ...poorten })),
  };
});
afterAll(() => o.omgeving.stop());
beforeEach(() => {
  verzonden.length = 0;
});

const lijst = async (naam: string, token: string, query: string) => {
  const res = await roepLijst({ ...o, http: geteld.http }, `/v1/begeleiding/${naam}`, token, query);
  return res;
};

/** Follows `volgende` to the end; answers the pages. */
async function allePaginas(naam: string, token: string, query: string) {
  // biome-ignore lint/suspicious/noExplicitAny: page bodies are asserted field by field
  const paginas: any[] = [];
  let cursor: string | undefined;
  do {
    const res = await lijst(naam, token, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    paginas.push(res.body);
    cursor = res.body.volgende;
  } while (cursor);
  return paginas;
}

describe('the worklists in pages (limit, cursor, volgende)', () => {
  let ids: string[];
  let token: string;
  beforeAll(async () => {
    // Heerenveen: five who missed their first afspraak (the day of their start, five different days), no contact since.
    klok.dag = '2025-04-01';
    token = await begeleiderToken(o, '0074');
    ids = [];
    for (const woning of ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-02-05']) {
      const id = await meldAan(o, '0074', { woning });
      const afspraak = { id, afspraakId: 'opstart-1' };
      await roep(o.http, {
        method: 'PUT',
        routePath: '/v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid',
        params: afspraak,
        body: { status: 'niet-verschenen' },
        token,
      });
      ids.push(id);
    }
    klok.dag = '2025-09-01';
  });

  it('answers the first page with volgende, the next pages by cursor, and the last without volgende', async () => {
    // Act
    const paginas = await allePaginas('niet-gezien', token, 'gemeente=0074&limit=2');
    // Assert: longest missed first, across pages.
    expect(paginas.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(paginas.flatMap((p) => p.items.map((i: { inburgeraarId: string }) => i.inburgeraarId))).toEqual(ids);
    expect(paginas.map((p) => p.volgende === undefined)).toEqual([false, false, true]);
    expect(paginas[0]).toMatchObject({ gemeente: '0074', maxDagenZonderContact: 30 });
  });

  it('gives everything on one page by default (50) and at the largest limit (200), without volgende', async () => {
    const standaard = await lijst('niet-gezien', token, 'gemeente=0074');
    const grootst = await lijst('niet-gezien', token, 'gemeente=0074&limit=200');
    expect([standaard.status, grootst.status]).toEqual([200, 200]);
    expect(standaard.body.items).toHaveLength(5);
    expect(standaard.body.volgende).toBeUndefined();
    expect(grootst.body).toEqual(standaard.body);
  });

  it('pages the caseload too: each page counts its own trajecten', async () => {
    const teamleider = await begeleiderToken(o, '0074', 'teamleider');
    const paginas = await allePaginas('caseload', teamleider, 'gemeente=0074&limit=3');
    expect(paginas.map((p) => p.wachtendOpMaatje.length)).toEqual([3, 2]);
    expect(paginas.flatMap((p) => p.wachtendOpMaatje.map((w: { inburgeraarId: string }) => w.inburgeraarId))).toEqual(
      ids,
    );
  });

  it('answers 400 problem+json to a limit out of bounds and to a cursor it did not give', async () => {
    // Arrange: a real cursor of this list, and one of another organisation's list.
    const eerste = await lijst('niet-gezien', token, 'gemeente=0074&limit=1');
    const vreemd = Buffer.from(
      JSON.stringify({ pk: 'x', sk: 'x', gsi4pk: 'org#humanitas#gemeente#0074', gsi4sk: 'x' }),
    ).toString('base64url');
    const anderLijst = await lijst('caseload', await begeleiderToken(o, '0074', 'teamleider'), 'gemeente=0074&limit=1');
    // Act
    const antwoorden = await Promise.all(
      [
        'limit=0',
        'limit=201',
        'limit=abc',
        'cursor=niet-te-lezen',
        `cursor=${vreemd}`,
        `cursor=${anderLijst.body.volgende}`,
      ].map((q) => lijst('niet-gezien', token, `gemeente=0074&${q}`)),
    );
    // Assert
    expect(eerste.body.volgende).toEqual(expect.any(String));
    expect(antwoorden.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
  });

  it('sends exactly one DynamoDB Query per worklist request', async () => {
    const teamleider = await begeleiderToken(o, '0074', 'teamleider');
    await lijst('niet-gezien', token, 'gemeente=0074&limit=2');
    await lijst('caseload', teamleider, 'gemeente=0074&limit=2');
    await lijst('bellijst', await begeleiderToken(o, '0014'), 'gemeente=0014');
    expect(verzonden).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand']);
  });
});

describe('the bellijst in pages', () => {
  it('lists Groningen trajecten in the order they became due, across pages', async () => {
    klok.dag = '2025-03-01';
    const token = await begeleiderToken(o, '0014', 'maatschappelijk-begeleider');
    const ids: string[] = [];
    for (const koppeling of ['2025-01-10', '2025-01-11', '2025-01-12'])
      ids.push(await meldAan(o, '0014', { koppeling, woning: koppeling }));
    klok.dag = '2025-06-01';
    const paginas = await allePaginas('bellijst', token, 'gemeente=0014&limit=2');
    expect(paginas.flatMap((p) => p.items.map((i: { bellenVanaf: string }) => i.bellenVanaf))).toEqual([
      '2025-04-10',
      '2025-04-11',
      '2025-04-12',
    ]);
    expect(paginas.flatMap((p) => p.items.map((i: { inburgeraarId: string }) => i.inburgeraarId))).toEqual(ids);
  });
});

describe('the planner, by the index of due fase changes', () => {
  it('reads and writes only the trajecten whose fase change is due, with a known number of requests', async () => {
    // Arrange: Den Haag; one traject started long before (its next change is months away), one starting on 05-20.
    // The planner runs the day before, so that only what falls due on 05-20 itself is due then.
    klok.dag = '2025-05-01';
    const lopend = await meldAan(o, '0518', { woning: '2025-04-01' });
    const startVandaag = await meldAan(o, '0518', { woning: '2025-05-20' });
    klok.dag = '2025-05-19';
    await geteld.planner();
    klok.dag = '2025-05-20';
    verzonden.length = 0;
    // Act
    const resultaat = await geteld.planner();
    const perCommando = Object.fromEntries(
      [...new Set(verzonden)].map((c) => [c, verzonden.filter((x) => x === c).length]),
    );
    const tweede = await geteld.planner();
    // Assert: one Query per gemeente with a profile; for the one traject due the kit's write path: read, conditional
    // write with its event, mark the event published; one read of the begeleiders count (made on 05-19 for May).
    expect(resultaat).toEqual({ trajecten: 1, faseGewijzigd: 1, mislukt: 0 });
    expect(perCommando).toEqual({
      QueryCommand: PROFIELEN.size,
      GetItemCommand: 2,
      PutItemCommand: 1,
      UpdateItemCommand: 1,
    });
    expect(tweede).toEqual({ trajecten: 0, faseGewijzigd: 0, mislukt: 0 });
    const fase = async (id: string) =>
      (
        await roep(geteld.http, {
          method: 'GET',
          routePath: '/v1/inburgeraars/{id}/traject',
          params: { id },
          token: await begeleiderToken(o, '0518'),
        })
      ).body.fase;
    expect([await fase(lopend), await fase(startVandaag)]).toEqual(['opstartfase', 'opstartfase']);
  });
});
