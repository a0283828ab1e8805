/**
 * A browser-less client of Mijn Wegwijs for end-to-end tests: a cookie jar (honouring Path and Max-Age, Secure sent
 * on loopback as browsers do), manual redirects so every hop is visible, and form posts as a browser sends them.
 */
export interface Hop {
  url: string;
  status: number;
  setCookies: string[];
}

export interface MijnPagina {
  url: string;
  status: number;
  html: string;
  hops: Hop[];
}

export class MijnClient {
  readonly cookies = new Map<string, string>();
  readonly hops: Hop[] = [];

  constructor(readonly basis: string) {}

  private cookieHeader(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([naam]) =>
        url.pathname.startsWith(naam.startsWith('mw-') ? '/mijn' : naam.startsWith('rg-') ? '/regie' : '/'),
      )
      .map(([naam, waarde]) => `${naam}=${waarde}`)
      .join('; ');
  }

  private bewaar(setCookies: string[]): void {
    for (const regel of setCookies) {
      const [paar = ''] = regel.split(';');
      const i = paar.indexOf('=');
      const naam = paar.slice(0, i).trim();
      const waarde = paar.slice(i + 1).trim();
      if (/max-age=0/i.test(regel) || waarde === '') this.cookies.delete(naam);
      else this.cookies.set(naam, waarde);
    }
  }

  /** Requests `pad` and follows redirects (303/302 become GET), like a browser. */
  async ga(pad: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<MijnPagina> {
    let url = new URL(pad, this.basis);
    let method = init.method ?? (init.form ? 'POST' : 'GET');
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const hops: Hop[] = [];
    for (let i = 0; i < 10; i++) {
      const cookie = this.cookieHeader(url);
      const res = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(body !== undefined ? { body } : {}),
      });
      const setCookies = res.headers.getSetCookie();
      this.bewaar(setCookies);
      const hop = { url: url.href, status: res.status, setCookies };
      hops.push(hop);
      this.hops.push(hop);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url);
        method = 'GET';
        body = undefined;
        await res.arrayBuffer();
        continue;
      }
      return { url: url.href, status: res.status, html: await res.text(), hops };
    }
    throw new Error(`too many redirects from ${pad}`);
  }

  /**
   * Signs in through the development OpenID Provider's sign-in page, as the inburgeraar with this id, at a level of
   * assurance (`niveau`: basis, substantieel (the page's default) or hoog).
   */
  async logIn(inburgeraarId: string, niveau?: string): Promise<MijnPagina> {
    const inlog = await this.ga('/mijn/inloggen');
    const actie = /<form method="post" action="([^"]+)"/.exec(inlog.html)?.[1];
    if (!actie) throw new Error(`no sign-in form at ${inlog.url} (${inlog.status})`);
    return this.ga(new URL(actie, inlog.url).href, { form: { inburgeraarId, ...(niveau ? { niveau } : {}) } });
  }

  /**
   * Signs out (POST `pad` with the CSRF token) and, when the portaal sends the browser to the provider's logout page,
   * submits that page's form as its script does in a browser; answers the page the provider sends the browser back to.
   */
  async logUit(pad: string, csrf: string): Promise<MijnPagina> {
    const uit = await this.ga(pad, { form: { csrf } });
    const form = /<form id="op\.logoutForm" method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(uit.html);
    if (!form?.[1]) return uit;
    const velden = Object.fromEntries(
      [...(form[2] ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    return this.ga(new URL(form[1], uit.url).href, { form: velden });
  }
}

/** Signs a staff member in on the regie pages, choosing a development account on the local OP's staff page. */
export async function logInMedewerker(client: MijnClient, account: string): Promise<MijnPagina> {
  const inlog = await client.ga('/regie/inloggen');
  const actie = /<form method="post" action="([^"]+)"/.exec(inlog.html)?.[1];
  if (!actie) throw new Error(`no staff sign-in form at ${inlog.url} (${inlog.status})`);
  return client.ga(new URL(actie, inlog.url).href, { form: { account } });
}

/** The CSRF token of the first form of a page. */
export const csrfVan = (html: string): string => {
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('page has no CSRF token');
  return csrf;
};

/** The visible text of a page (tags removed, entities of our own escaping decoded). */
export const tekstVan = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
