import { describe, expect, it, vi } from 'vitest';
import { ApiFout, httpWegwijsApi } from '../src/adapters/wegwijs-api';

const antwoord = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** A fetch double in the generated client's shape: it is handed one Request. */
const nepFetch = (antwoorden: (req: Request, n: number) => Response) => {
  const verzoeken: Request[] = [];
  const fetch = vi.fn(async (req: Request) => {
    verzoeken.push(req);
    return antwoorden(req, verzoeken.length - 1);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, verzoeken };
};

describe('the public API as the portaal calls it (through the generated client)', () => {
  it('reads the whole log page by page (limit 200, the cursor it was given) until `volgende` is absent', async () => {
    // Arrange
    const pagina = [
      { items: [{ id: 'a' }], volgende: 'c1', keten: { geldig: true } },
      { items: [{ id: 'b' }], volgende: 'c2', keten: { geldig: true } },
      { items: [{ id: 'c' }], keten: { geldig: true } },
    ];
    const { fetch, verzoeken } = nepFetch((_req, n) => antwoord(200, pagina[n]));
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 'tok', inburgeraarId: 'ib 1', fetch });
    // Act
    const log = await api.verwerkingen();
    // Assert
    expect(log).toEqual({ items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], ketenGeldig: true });
    expect(verzoeken.map((r) => r.url)).toEqual([
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200',
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200&cursor=c1',
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200&cursor=c2',
    ]);
    for (const r of verzoeken) expect(r.headers.get('authorization')).toBe('Bearer tok');
  });

  it('reads every consent page by page until `volgende` is absent', async () => {
    const pagina = [{ items: [{ toestemmingId: 't1' }], volgende: 'c1' }, { items: [{ toestemmingId: 't2' }] }];
    const { fetch, verzoeken } = nepFetch((_req, n) => antwoord(200, pagina[n]));
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 'tok', inburgeraarId: 'ib', fetch });
    expect(await api.toestemmingen()).toEqual([{ toestemmingId: 't1' }, { toestemmingId: 't2' }]);
    expect(verzoeken.map((r) => r.url)).toEqual([
      'https://api.example/v1/inburgeraars/ib/toestemmingen?limit=200',
      'https://api.example/v1/inburgeraars/ib/toestemmingen?limit=200&cursor=c1',
    ]);
  });

  it('works with an API that does not paginate, and reports a broken chain on any page', async () => {
    const { fetch, verzoeken } = nepFetch(() => antwoord(200, { items: [{ id: 'a' }], keten: { geldig: false } }));
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 't', inburgeraarId: 'ib', fetch });
    expect(await api.verwerkingen()).toEqual({ items: [{ id: 'a' }], ketenGeldig: false });
    expect(verzoeken).toHaveLength(1);
  });

  it('turns a problem answer into ApiFout with its status and type slug, and sends an Idempotency-Key on writes', async () => {
    const { fetch, verzoeken } = nepFetch(() =>
      antwoord(422, { type: 'https://wegwijs.nl/problemen/expliciet-vereist', status: 422 }),
    );
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 't', inburgeraarId: 'ib', fetch });
    const fout = await api.trekIn('t-1', 'k-1').catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ApiFout);
    expect(fout).toMatchObject({ status: 422, slug: 'expliciet-vereist' });
    expect(verzoeken[0]?.url).toBe('https://api.example/v1/inburgeraars/ib/toestemmingen/t-1/intrekking');
    expect(verzoeken[0]?.method).toBe('POST');
    expect(verzoeken[0]?.headers.get('idempotency-key')).toBe('k-1');
  });

  it('reads the inzage of the signed-in person', async () => {
    const inzage = { inburgeraarId: 'ib', opgesteldOp: '2026-11-29T10:00:00Z', gegevens: [], gedeeld: [] };
    const { fetch, verzoeken } = nepFetch(() => antwoord(200, inzage));
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 't', inburgeraarId: 'ib', fetch });
    expect(await api.inzage()).toEqual(inzage);
    expect(verzoeken[0]?.url).toBe('https://api.example/v1/inburgeraars/ib/inzage');
  });
});
