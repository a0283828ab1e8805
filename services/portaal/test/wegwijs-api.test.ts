import { describe, expect, it, vi } from 'vitest';
import { ApiFout, httpWegwijsApi } from '../src/adapters/wegwijs-api';

const antwoord = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the public API as the portaal calls it', () => {
  it('reads the whole log page by page (limit 200, the cursor it was given) until `volgende` is absent', async () => {
    // Arrange
    const urls: string[] = [];
    const pagina = [
      { items: [{ id: 'a' }], volgende: 'c1', keten: { geldig: true } },
      { items: [{ id: 'b' }], volgende: 'c2', keten: { geldig: true } },
      { items: [{ id: 'c' }], keten: { geldig: true } },
    ];
    const fetch = vi.fn(async (url: URL | string | Request, init?: RequestInit) => {
      urls.push(String(url));
      expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok');
      return antwoord(200, pagina[urls.length - 1]);
    });
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 'tok', inburgeraarId: 'ib 1', fetch });
    // Act
    const log = await api.verwerkingen();
    // Assert
    expect(log).toEqual({ items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], ketenGeldig: true });
    expect(urls).toEqual([
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200',
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200&cursor=c1',
      'https://api.example/v1/inburgeraars/ib%201/verwerkingen?limit=200&cursor=c2',
    ]);
  });

  it('reads every consent page by page until `volgende` is absent', async () => {
    // Arrange
    const urls: string[] = [];
    const pagina = [{ items: [{ toestemmingId: 't1' }], volgende: 'c1' }, { items: [{ toestemmingId: 't2' }] }];
    const fetch = vi.fn(async (url: URL | string | Request) => {
      urls.push(String(url));
      return antwoord(200, pagina[urls.length - 1]);
    });
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 'tok', inburgeraarId: 'ib', fetch });
    // Act
    const toestemmingen = await api.toestemmingen();
    // Assert
    expect(toestemmingen).toEqual([{ toestemmingId: 't1' }, { toestemmingId: 't2' }]);
    expect(urls).toEqual([
      'https://api.example/v1/inburgeraars/ib/toestemmingen?limit=200',
      'https://api.example/v1/inburgeraars/ib/toestemmingen?limit=200&cursor=c1',
    ]);
  });

  it('works with an API that does not paginate, and reports a broken chain on any page', async () => {
    const fetch = vi.fn(async () => antwoord(200, { items: [{ id: 'a' }], keten: { geldig: false } }));
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 't', inburgeraarId: 'ib', fetch });
    expect(await api.verwerkingen()).toEqual({ items: [{ id: 'a' }], ketenGeldig: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('turns a problem answer into ApiFout with its status and type slug, and sends an Idempotency-Key on writes', async () => {
    const fetch = vi.fn(async (_url: URL | string | Request, init?: RequestInit) => {
      expect(new Headers(init?.headers).get('idempotency-key')).toBe('k-1');
      return antwoord(422, { type: 'https://wegwijs.nl/problemen/expliciet-vereist', status: 422 });
    });
    const api = httpWegwijsApi({ basis: 'https://api.example', accessToken: 't', inburgeraarId: 'ib', fetch });
    const fout = await api.trekIn('t-1', 'k-1').catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ApiFout);
    expect(fout).toMatchObject({ status: 422, slug: 'expliciet-vereist' });
  });
});
