import { marshall } from '@aws-sdk/util-dynamodb';
import { ToegangGelogd, WoningToegewezen } from '@wegwijs/contracts';
import {
  binnenAanroep,
  claimFout,
  codeerCursor,
  decodeerCursor,
  event,
  eventConsumer,
  httpHandler,
  leesTraceparent,
  maakLogger,
  OngeldigeCursor,
  type OutgoingEvent,
  type Principal,
  type Publisher,
  route,
  spanVan,
  type TokenVerifier,
  traceparentVan,
} from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 20 in the kit: W3C trace context, the access log event of the HTTP chain, need to know, bound cursors and
// the samenwerkingsverband rule of gemeente tokens.
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';

beforeAll(() => {
  process.env.WEGWIJS_CONFIG = JSON.stringify({
    naam: 'kit',
    omgeving: 'lokaal',
    gemeenten: ['0518'],
    organisaties: [],
    issuers: [{ iss: 'kit', jwks: { keys: [] } }],
  });
  process.env.POWERTOOLS_SERVICE_NAME = 'begeleiding';
});

describe('traceparent', () => {
  it('reads a valid header and refuses malformed ones', () => {
    expect(leesTraceparent(`00-${TRACE}-${PARENT}-01`)).toEqual({ traceId: TRACE, parentId: PARENT, flags: '01' });
    for (const fout of [
      undefined,
      '',
      `ff-${TRACE}-${PARENT}-01`,
      `00-${'0'.repeat(32)}-${PARENT}-01`,
      `00-${TRACE}-${'0'.repeat(16)}-01`,
      `00-${TRACE.toUpperCase()}-${PARENT}-01`,
      `00-${TRACE}-${PARENT}-01-extra`,
      `00-${TRACE.slice(1)}-${PARENT}-01`,
    ]) {
      expect(leesTraceparent(fout), String(fout)).toBeUndefined();
    }
  });

  it('continues the caller trace with a span of its own, or starts a new trace', () => {
    const kind = spanVan(`00-${TRACE}-${PARENT}-01`);
    const nieuw = spanVan(undefined);
    expect(kind).toMatchObject({ traceId: TRACE, parentId: PARENT, flags: '01' });
    expect(kind.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(kind.spanId).not.toBe(PARENT);
    expect(nieuw.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(nieuw.traceId).not.toBe(TRACE);
    expect(traceparentVan(kind)).toBe(`00-${TRACE}-${kind.spanId}-01`);
  });

  it('puts trace_id and span_id on every log line within a request, and the traceparent on its events', () => {
    // Arrange
    const regels: Record<string, unknown>[] = [];
    const log = maakLogger({}, (r) => regels.push(JSON.parse(r)));
    const trace = spanVan(`00-${TRACE}-${PARENT}-01`);
    const meta = {
      gemeente: '0518',
      inburgeraarId: 'i-1',
      actor: { rol: 'inburgeringsconsulent' as const },
      correlationId: 'c',
    };
    // Act
    const e = binnenAanroep({ trace }, () => {
      log.info('binnen');
      return event(WoningToegewezen, meta, { datum: '2026-01-01' } as never);
    });
    log.info('buiten');
    const zonder = event(WoningToegewezen, meta, { datum: '2026-01-01' } as never);
    // Assert
    expect(regels[0]).toMatchObject({ trace_id: TRACE, span_id: trace.spanId });
    expect(regels[1]).not.toHaveProperty('trace_id');
    expect((e.meta as { traceparent?: string }).traceparent).toBe(traceparentVan(trace));
    expect(zonder.meta).not.toHaveProperty('traceparent');
  });

  it("runs a consumer's handler in the trace of the event's meta, with a span of its own", async () => {
    // Arrange
    let gezien: string | undefined;
    const consumer = eventConsumer({
      dedupe: { seen: async () => false, remember: async () => undefined },
      handlers: {
        [WoningToegewezen.detailType]: async () => {
          gezien = (await import('@wegwijs/lambda-kit')).huidigeTraceparent();
        },
      },
    });
    // Act
    await consumer({
      version: '0',
      id: 'x',
      'detail-type': WoningToegewezen.detailType,
      source: WoningToegewezen.source,
      account: '0',
      time: '2026-01-01T00:00:00Z',
      region: 'eu-west-1',
      resources: [],
      detail: {
        meta: {
          id: '01J00000000000000000000000',
          occurredAt: '2026-01-01T00:00:00.000Z',
          gemeente: '0518',
          inburgeraarId: 'i-1',
          actor: { rol: 'inburgeringsconsulent' },
          correlationId: 'c',
          traceparent: `00-${TRACE}-${PARENT}-01`,
        },
        data: { datum: '2026-01-01' },
      },
    });
    // Assert
    expect(gezien).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-01$`));
    expect(gezien).not.toContain(PARENT);
  });
});

describe('the HTTP chain and the access log', () => {
  const bm: Principal = { sub: 'bm', rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: ['0518'] };
  const mb: Principal = { sub: 'mb', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] };
  const maak = (wie: Principal, publisher: Publisher) => {
    const verifier: TokenVerifier = { verify: async () => wie };
    return httpHandler({
      verifier,
      toegangslog: publisher,
      routes: {
        'GET /v1/inburgeraars/{id}/traject': route({
          handle: async () => ({ status: 200, body: { fase: 'aangemeld' } }),
        }),
        'GET /v1/gemeenten/{cbs}/profiel': route({ handle: async () => ({ status: 200, body: {} }) }),
      },
    });
  };
  const verzamel = () => {
    const events: OutgoingEvent[] = [];
    return { events, publisher: { publish: async (...e: OutgoingEvent[]) => void events.push(...e) } };
  };

  it('publishes one access event per request of personal data, with actor, object, status, origin and trace', async () => {
    // Arrange
    const { events, publisher } = verzamel();
    // Act
    const res = await roep(maak(mb, publisher), {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/traject',
      params: { id: 'i-9' },
      token: 'x',
      headers: { traceparent: `00-${TRACE}-${PARENT}-01` },
    });
    await roep(maak(mb, publisher), {
      method: 'GET',
      routePath: '/v1/gemeenten/{cbs}/profiel',
      params: { cbs: '0518' },
      token: 'x',
    });
    // Assert
    expect(res.status).toBe(200);
    expect(events).toHaveLength(1);
    expect(events[0]?.contract).toBe(ToegangGelogd);
    expect(events[0]?.data).toMatchObject({
      actor: { sub: 'mb', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
      route: 'GET /v1/inburgeraars/{id}/traject',
      object: 'i-9',
      gemeente: '0518',
      resultaat: 200,
      traceId: TRACE,
    });
    expect(events[0]?.data).toHaveProperty('oorsprong');
  });

  it('answers a beleidsmedewerker 403 on a person-level route, and logs the attempt', async () => {
    const { events, publisher } = verzamel();
    const res = await roep(maak(bm, publisher), {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/traject',
      params: { id: 'i-9' },
      token: 'x',
    });
    expect(res.status).toBe(403);
    expect(events.map((e) => (e.data as { resultaat: number }).resultaat)).toEqual([403]);
  });

  it('withholds the answer (503) when the access event cannot be published', async () => {
    const kapot: Publisher = {
      publish: async () => {
        throw new Error('bus down');
      },
    };
    const res = await roep(maak(mb, kapot), {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/traject',
      params: { id: 'i-9' },
      token: 'x',
    });
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).not.toContain('aangemeld');
  });
});

describe('cursors', () => {
  it('are valid only for the list they were handed out for', () => {
    const sleutel = { attributen: ['pk', 'sk'], partitie: { pk: 'p' } };
    const cursor = binnenAanroep({ trace: spanVan(undefined), cursorBinding: 'lijst-a' }, () =>
      codeerCursor(marshall({ pk: 'p', sk: 's' })),
    );
    const op = (binding: string) =>
      binnenAanroep({ trace: spanVan(undefined), cursorBinding: binding }, () => decodeerCursor(cursor, sleutel));
    expect(op('lijst-a')).toEqual(marshall({ pk: 'p', sk: 's' }));
    expect(() => op('lijst-b')).toThrow(OngeldigeCursor);
  });
});

describe('gemeente tokens', () => {
  const token = (org: string, gemeenten: string[]): Principal => ({
    sub: 's',
    rol: 'functionaris-gegevensbescherming',
    org,
    gemeenten,
  });
  it('hold only the own gemeente or gemeenten of its samenwerkingsverband', () => {
    expect(claimFout(token('gemeente-0518', ['0518']))).toBeUndefined();
    expect(claimFout(token('gemeente-0361', ['0361', '0373', '0383', '1980', '0399', '0450']))).toBeUndefined();
    expect(claimFout(token('gemeente-0361', ['0361', '0518']))).toMatch(/samenwerkingsverband/);
    expect(claimFout(token('gemeente-0518', ['0518', '0014']))).toMatch(/samenwerkingsverband/);
  });
});
