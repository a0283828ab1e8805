import { MeetmomentVastgelegd } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/domain/typen';
import { type BrokerOmgeving, body, brokerOmgeving, meetmoment, ROUTES } from './support/omgeving';

/** Finding 3: reads no longer grow the verwerkingenlog per item, and the log is paginated with a cursor. */
let o: BrokerOmgeving;
const ORG = 'vluchtelingenwerk';
beforeAll(async () => {
  o = await brokerOmgeving();
});
afterAll(() => o.omgeving.stop());

async function dossierMetItems(ib: string, aantal: number) {
  await o.aanmelden(ib);
  const inburgeraar = await o.token({ sub: ib, rol: 'inburgeraar' });
  const consulent = await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
  await o.roep({
    method: 'POST',
    routePath: ROUTES.toestemmingen,
    params: { id: ib },
    body: body(),
    token: inburgeraar,
  });
  for (let i = 0; i < aantal; i++) await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment(`${ib}-m${i}`));
  await o.omgeving.bus.idle();
  return { inburgeraar, consulent };
}

const verwerkingen = (ib: string, token: string, query?: string) =>
  o.roep({ method: 'GET', routePath: ROUTES.verwerkingen, params: { id: ib }, token, ...(query ? { query } : {}) });

describe('GET voortgang', () => {
  it('logs one ingezien entry per read, listing the categories read, however many items it returns', async () => {
    // Arrange
    const ib = 'ib-p-1';
    const { inburgeraar, consulent } = await dossierMetItems(ib, 12);
    const voor = (await verwerkingen(ib, inburgeraar, 'limit=200')).body.items.length;
    // Act
    const reads = [];
    for (let i = 0; i < 3; i++) {
      reads.push(await o.roep({ method: 'GET', routePath: ROUTES.voortgang, params: { id: ib }, token: consulent }));
    }
    const na = (await verwerkingen(ib, inburgeraar, 'limit=200')).body;
    // Assert
    expect(reads.map((r) => r.body.items.length)).toEqual([12, 12, 12]);
    expect(na.items.length - voor).toBe(3);
    const ingezien = na.items.filter((e: { actie: string }) => e.actie === 'ingezien');
    expect(ingezien).toHaveLength(3);
    for (const e of ingezien) expect(e.categorieen).toEqual(['zelfredzaamheid']);
    expect(na.keten.geldig).toBe(true);
  });
});

describe('GET verwerkingen', () => {
  it('answers 50 entries by default with an opaque cursor; the pages together are the whole chain, each page says it is valid', async () => {
    // Arrange
    const ib = 'ib-p-2';
    const { inburgeraar } = await dossierMetItems(ib, 60);
    // Act
    const paginas = [];
    let cursor: string | undefined;
    do {
      const res = await verwerkingen(ib, inburgeraar, cursor ? `cursor=${cursor}` : undefined);
      paginas.push(res);
      cursor = res.body.volgende;
    } while (cursor);
    const alles = paginas.flatMap((p) => p.body.items) as LogEntry[];
    const klein = await verwerkingen(ib, inburgeraar, 'limit=7');
    // Assert
    expect(paginas.map((p) => p.status).every((s) => s === 200)).toBe(true);
    expect(paginas[0]?.body.items).toHaveLength(50);
    expect(paginas.at(-1)?.body.volgende).toBeUndefined();
    expect(paginas.every((p) => p.body.keten.geldig === true)).toBe(true);
    expect(alles.length).toBeGreaterThan(60);
    expect(new Set(alles.map((e) => e.id)).size).toBe(alles.length);
    for (let i = 1; i < alles.length; i++) expect(alles[i]?.vorigeHash).toBe(alles[i - 1]?.hash);
    expect(klein.body.items).toHaveLength(7);
    expect(typeof klein.body.volgende).toBe('string');
  });

  it('answers 400 problem+json for a cursor of no page and for a limit above 200', async () => {
    const ib = 'ib-p-3';
    const { inburgeraar } = await dossierMetItems(ib, 1);
    const cursor = await verwerkingen(ib, inburgeraar, 'cursor=bm9nZWVu');
    const limit = await verwerkingen(ib, inburgeraar, 'limit=201');
    expect([cursor.status, limit.status]).toEqual([400, 400]);
    expect(cursor.headers['content-type']).toBe('application/problem+json');
  });
});

describe('the chain along time (finding 7)', () => {
  it('never has an entry dated before the entry it follows', async () => {
    const ib = 'ib-p-4';
    const { inburgeraar } = await dossierMetItems(ib, 5);
    const items = (await verwerkingen(ib, inburgeraar, 'limit=200')).body.items as LogEntry[];
    for (let i = 1; i < items.length; i++) {
      expect((items[i]?.tijdstip ?? '') >= (items[i - 1]?.tijdstip ?? '')).toBe(true);
    }
  });
});

describe('GET toestemmingen in pages (limit, cursor, volgende)', () => {
  const toestemmingen = (ib: string, token: string, query?: string) =>
    o.roep({ method: 'GET', routePath: ROUTES.toestemmingen, params: { id: ib }, token, ...(query ? { query } : {}) });

  it('pages through every consent in the order given, volgende absent on the last page', async () => {
    // Arrange: five consents
    const ib = 'ib-p-5';
    await o.aanmelden(ib);
    const inburgeraar = await o.token({ sub: ib, rol: 'inburgeraar' });
    const gegeven: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await o.roep({
        method: 'POST',
        routePath: ROUTES.toestemmingen,
        params: { id: ib },
        body: body({ tekstversie: `v${i}` }),
        token: inburgeraar,
      });
      gegeven.push(res.body.toestemmingId);
    }
    // Act
    const paginas = [];
    let cursor: string | undefined;
    do {
      const res = await toestemmingen(ib, inburgeraar, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paginas.push(res);
      cursor = res.body.volgende;
    } while (cursor);
    const standaard = await toestemmingen(ib, inburgeraar);
    // Assert
    expect(paginas.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(paginas.map((p) => p.body.items.length)).toEqual([2, 2, 1]);
    expect(paginas.flatMap((p) => p.body.items.map((t: { toestemmingId: string }) => t.toestemmingId))).toEqual(
      gegeven,
    );
    expect(paginas.map((p) => 'volgende' in p.body)).toEqual([true, true, false]);
    expect(standaard.body.items).toHaveLength(5);
    expect(standaard.body.volgende).toBeUndefined();
  });

  it('answers 400 problem+json for a bad limit, a cursor of no page, and a cursor of another list', async () => {
    // Arrange
    const ib = 'ib-p-6';
    const { inburgeraar } = await dossierMetItems(ib, 55);
    const vanVerwerkingen = (await verwerkingen(ib, inburgeraar)).body.volgende as string;
    // Act
    const antwoorden = await Promise.all(
      ['limit=0', 'limit=201', 'limit=abc', 'cursor=bm9nZWVu', `cursor=${vanVerwerkingen}`].map((q) =>
        toestemmingen(ib, inburgeraar, q),
      ),
    );
    // Assert
    expect(antwoorden.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    for (const a of antwoorden) expect(a.headers['content-type']).toBe('application/problem+json');
  });
});
