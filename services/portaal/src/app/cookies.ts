/**
 * The cookies of the portaal: all HttpOnly, Secure, SameSite=Lax; values are random ids or a language code. Mijn
 * Wegwijs' cookies are scoped to /mijn, the regie pages' (other names) to /regie: a browser never sends a staff
 * session to Mijn Wegwijs, nor an inburgeraar's to the regie pages.
 */
export const SESSIE_COOKIE = 'mw-sessie';
export const INLOG_COOKIE = 'mw-inlog';
export const TAAL_COOKIE = 'mw-taal';
export const REGIE_SESSIE_COOKIE = 'rg-sessie';
export const REGIE_INLOG_COOKIE = 'rg-inlog';

/**
 * `Secure` always, also on the local platform's http://127.0.0.1: browsers treat loopback as a secure context and
 * keep Secure cookies there (Chromium, Firefox). SameSite=Lax, not Strict: the sign-in callback is a top-level
 * navigation from the identity provider, which must carry the sign-in cookie. Every POST carries a CSRF token as well.
 */
export function cookie(naam: string, waarde: string, maxAge: number, pad: '/mijn' | '/regie' = '/mijn'): string {
  return `${naam}=${waarde}; Path=${pad}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Lax`;
}

export const wisCookie = (naam: string, pad: '/mijn' | '/regie' = '/mijn') => cookie(naam, '', 0, pad);

export function leesCookies(regels: readonly string[]): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const regel of regels) {
    for (const deel of regel.split(';')) {
      const i = deel.indexOf('=');
      if (i <= 0) continue;
      const naam = deel.slice(0, i).trim();
      if (!cookies.has(naam)) cookies.set(naam, deel.slice(i + 1).trim());
    }
  }
  return cookies;
}
