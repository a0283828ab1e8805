import { createHash } from 'node:crypto';
import { downloadNaam, type Inzage } from '../domain/inzage';
import { STIJL } from '../static/stijl';
import type { Antwoord } from './deps';

export const STIJL_VERSIE = createHash('sha256').update(STIJL).digest('hex').slice(0, 12);

/** Pages: no caching, no framing, no referrer, only our own stylesheet, forms only to ourselves. */
const PAGINA_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

export const htmlAntwoord = (status: number, body: string, cookies: string[] = []): Antwoord => ({
  status,
  headers: { ...PAGINA_HEADERS },
  body,
  cookies,
});

/** POST/redirect/GET and sign-in redirects: 303 See Other. */
export const doorsturen = (naar: string, cookies: string[] = []): Antwoord => ({
  status: 303,
  headers: { location: naar, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  body: '',
  cookies,
});

export const stijlAntwoord = (): Antwoord => ({
  status: 200,
  headers: {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  },
  body: STIJL,
  cookies: [],
});

/**
 * A CSV download of a regie set: the API's CSV as it wrote it, as an attachment whose name says set and period.
 * Never cached (it holds a gemeente's figures), never sniffed.
 */
export const csvAntwoord = (set: string, periode: { vanaf: string; tot: string }, csv: string): Antwoord => ({
  status: 200,
  headers: {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="wegwijs-regie-${set}-${periode.vanaf}-${periode.tot}.csv"`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  },
  body: csv,
  cookies: [],
});

/**
 * The person's whole copy as JSON (AVG art. 20, machine-readable): the API's inzage exactly as it answered, as an
 * attachment named by the date it was made (no id or name in the file name). Never cached, never sniffed.
 */
export const jsonDownload = (inzage: Inzage): Antwoord => ({
  status: 200,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="${downloadNaam(inzage.opgesteldOp)}"`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  },
  body: `${JSON.stringify(inzage, null, 2)}\n`,
  cookies: [],
});
