import type { QueryCommand } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Opstelling, roepMetQuery, startOpstelling } from './opstelling';

/** Issue 14: the referrals and the casuistiekoverleg agenda page as API.md says, each page ONE DynamoDB Query. */
const VERWIJZINGEN = '/v1/inburgeraars/{id}/verwijzingen';
const AGENDA = '/v1/casuistiekoverleg/{cbs}/agenda';
const CBS = '0014';
const ORG = 'humanitas';
let o: Opstelling;
let begeleider: string;
const queries: string[] = [];

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: ORG, gemeenten: [CBS], sub: 'b-p' });
  // Counts the Queries the process's DynamoDB client sends (the one the handler uses), by table.
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') queries.push(String((args.input as QueryCommand['input']).TableName));
      return next(args);
    },
    { step: 'initialize', name: 'telQueries' },
  );
});
afterAll(() => o.omgeving.stop());

/** Follows `volgende` to the end; answers the pages. */
async function allePaginas(vraag: (query: string) => Promise<{ status: number; body: any }>, limit: number) {
  const paginas: { status: number; body: any }[] = [];
  let cursor: string | undefined;
  do {
    const res = await vraag(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    paginas.push(res);
    cursor = res.body?.volgende;
  } while (cursor);
  return paginas;
}

describe('GET verwijzingen in pages', () => {
  let id: string;
  const gemaakt: string[] = [];
  beforeAll(async () => {
    id = await o.aanmelden(CBS, ORG);
    o.toestemmingen.set(id, [{ toestemmingId: 't-p', gemeente: CBS, categorieen: ['verwijzing'], expliciet: true }]);
    for (let i = 0; i < 5; i++) {
      const res = await roep(o.handler, {
        method: 'POST',
        routePath: VERWIJZINGEN,
        params: { id },
        body: { naar: 'wmo', toelichting: `Vraag ${i}` },
        token: begeleider,
      });
      expect(res.status).toBe(201);
      gemaakt.push(res.body.verwijzingId);
    }
  });
  const lijst = (query: string) =>
    roepMetQuery(o.handler, { routePath: VERWIJZINGEN, params: { id }, token: begeleider, query });

  it('answers every referral once, in the order made, volgende absent on the last page', async () => {
    // Act
    const paginas = await allePaginas(lijst, 2);
    const standaard = await lijst('');
    // Assert
    expect(paginas.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(paginas.map((p) => p.body.items.length)).toEqual([2, 2, 1]);
    expect(paginas.flatMap((p) => p.body.items.map((v: { verwijzingId: string }) => v.verwijzingId))).toEqual(gemaakt);
    expect(paginas.map((p) => 'volgende' in p.body)).toEqual([true, true, false]);
    expect(standaard.body.items).toHaveLength(5);
    expect(standaard.body.volgende).toBeUndefined();
  });

  it('reads a page with ONE Query, whatever the number of referrals', async () => {
    // Arrange
    queries.length = 0;
    // Act
    const res = await lijst('limit=2');
    // Assert
    expect(res.status).toBe(200);
    expect(queries).toHaveLength(1);
  });

  it('answers 400 problem+json for a bad limit, a made-up cursor and a cursor of another inburgeraar', async () => {
    // Arrange
    const ander = await o.aanmelden(CBS, ORG);
    o.toestemmingen.set(ander, [{ toestemmingId: 't-a', gemeente: CBS, categorieen: ['verwijzing'], expliciet: true }]);
    for (let i = 0; i < 2; i++) {
      await roep(o.handler, {
        method: 'POST',
        routePath: VERWIJZINGEN,
        params: { id: ander },
        body: { naar: 'wmo', toelichting: 'Vraag' },
        token: begeleider,
      });
    }
    const vreemd = (
      await roepMetQuery(o.handler, {
        routePath: VERWIJZINGEN,
        params: { id: ander },
        token: begeleider,
        query: 'limit=1',
      })
    ).body.volgende as string;
    const verzonnen = Buffer.from(JSON.stringify({ pk: `inb#${id}`, sk: 'signaal#x' })).toString('base64url');
    // Act
    const antwoorden = await Promise.all(
      ['limit=0', 'limit=201', 'cursor=bm9nZWVu', `cursor=${vreemd}`, `cursor=${verzonnen}`].map(lijst),
    );
    // Assert
    expect(antwoorden.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    for (const a of antwoorden)
      expect(a.body).toMatchObject({ status: 400, type: expect.stringMatching(/ongeldig-verzoek$/) });
  });
});

describe('GET casuistiekoverleg agenda in pages', () => {
  const ids: string[] = [];
  beforeAll(async () => {
    for (const datum of ['2026-06-01', '2026-06-02', '2026-06-03']) {
      const id = await o.aanmelden(CBS, ORG);
      ids.push(id);
      const res = await roep(o.handler, {
        method: 'POST',
        routePath: AGENDA,
        params: { cbs: CBS },
        body: { inburgeraarId: id, datum },
        token: begeleider,
      });
      expect(res.status).toBe(201);
    }
  });
  const agenda = (query: string) =>
    roepMetQuery(o.handler, { routePath: AGENDA, params: { cbs: CBS }, token: begeleider, query });

  it('keeps gemeente beside items, pages in date order, volgende absent on the last page', async () => {
    // Act
    const paginas = await allePaginas(agenda, 2);
    // Assert
    expect(paginas.map((p) => p.status)).toEqual([200, 200]);
    expect(paginas.map((p) => p.body.gemeente)).toEqual([CBS, CBS]);
    expect(paginas.flatMap((p) => p.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId))).toEqual(ids);
    expect(paginas.map((p) => 'volgende' in p.body)).toEqual([true, false]);
  });

  it('pages one date too, and refuses a cursor of another date', async () => {
    // Arrange
    const andereDag = (await agenda('limit=1')).body.volgende as string;
    // Act
    const dag = await agenda('datum=2026-06-02&limit=1');
    const fout = await agenda(`datum=2026-06-03&cursor=${andereDag}`);
    // Assert
    expect(dag.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual([ids[1]]);
    expect(dag.body.volgende).toBeUndefined();
    expect(fout.status).toBe(400);
  });
});
