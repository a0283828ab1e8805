import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { type Doelgroep, HTTP_ROUTES, heeftKoppeling } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { klant } from '../support/klant';
import { type ApiResponse, startPlatform, type TestPlatform } from '../support/platform';

/**
 * The public contract (API.md) probed black-box over HTTP, as an external client sees it: the generic rules of the
 * Conventions section for every endpoint, and the status codes and fields listed per endpoint.
 */

let p: TestPlatform;
/** Den Haag (VluchtelingenWerk): the dossier most probes run against. */
let d: Dossier;
/** Groningen (Humanitas): a dossier outside the Den Haag callers' gemeenten. */
let g: Dossier;
let item: string;
let toestemmingId: string;
let beleid: string;
/** A gemeente role that works with persons, other than the inburgeringsconsulent. */
let inkomen: string;
let vreemdeOrg: string;

const gister = plusDagen(vandaag(), -1);

beforeAll(async () => {
  p = await startPlatform();
  [d, g] = await Promise.all([nieuwDossier(p, '0518', 'vluchtelingenwerk'), nieuwDossier(p, '0014', 'humanitas')]);
  const regeldag = await p.api('POST', `/v1/inburgeraars/${d.id}/regeldag`, {
    token: d.begeleider,
    body: { datum: plusDagen(vandaag(), -50) },
  });
  expect(regeldag.status).toBe(201);
  item = regeldag.body.checklist[0].item as string;
  const toestemming = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
    token: d.inburgeraar,
    body: {
      ontvanger: { gemeente: '0518' },
      categorieen: ['contactmomenten'],
      doel: 'regie',
      taal: 'ar',
      tekstversie: 'v1',
    },
  });
  expect(toestemming.status).toBe(201);
  toestemmingId = toestemming.body.toestemmingId as string;
  beleid = await p.token({ sub: 'beleid-0518', rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: ['0518'] });
  inkomen = await p.token({ sub: 'inkomen-0518', rol: 'inkomensconsulent', org: 'gemeente-0518', gemeenten: ['0518'] });
  vreemdeOrg = await p.token({
    sub: 'mb-hum',
    rol: 'maatschappelijk-begeleider',
    org: 'humanitas',
    gemeenten: ['0518'],
  });
  await p.settled();
});
afterAll(() => p?.stop());

// ---------------------------------------------------------------------------------------------------------------
// Helpers

type Partij = 'consulent' | 'begeleider' | 'inburgeraar' | 'fg';

/** Asserts an RFC 9457 problem: the media type, `{ type, title, status }`, nothing internal. */
function expectProblem(res: ApiResponse, status: number | number[]) {
  const statussen = Array.isArray(status) ? status : [status];
  expect(statussen, JSON.stringify(res.body)).toContain(res.status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status });
  expect(res.body.type.length).toBeGreaterThan(0);
  const tekst = JSON.stringify(res.body);
  expect(tekst).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/work\/|Error:|stack/i);
  expect(res.body).not.toHaveProperty('stack');
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const decode = (token: string) => {
  const [h, pl] = token.split('.') as [string, string];
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(pl, 'base64url').toString()) as Record<string, unknown>,
  };
};
const es256 = (key: KeyObject, header: unknown, payload: unknown) => {
  const input = `${b64(header)}.${b64(payload)}`;
  const sig = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${sig.toString('base64url')}`;
};

interface Endpoint {
  naam: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** The path template as API.md writes it (for the OpenAPI comparison). */
  sjabloon: string;
  pad: (id: string) => string;
  /** Who may call it on dossier d (and its counterpart on g). */
  wie: Partij | 'beleid';
  body?: () => Record<string, unknown>;
}

const aanmeldingBody = (gemeente = '0518', doelgroep = 'asielstatushouder') => ({
  gemeente,
  doelgroep,
  persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-04-12', talen: ['ar'] },
  // Only a doelgroep with a COA koppeling has a koppelingsdatum (report 4.4).
  ...(heeftKoppeling(doelgroep as Doelgroep) ? { koppelingsdatum: plusDagen(vandaag(), -30) } : {}),
});
const toestemmingBody = (extra: Record<string, unknown> = {}) => ({
  ontvanger: { gemeente: '0518' },
  categorieen: ['contactmomenten'],
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'toestemming-v1',
  ...extra,
});

const ENDPOINTS: Endpoint[] = [
  {
    naam: 'POST aanmeldingen',
    method: 'POST',
    sjabloon: '/v1/aanmeldingen',
    pad: () => '/v1/aanmeldingen',
    wie: 'consulent',
    body: () => aanmeldingBody(),
  },
  {
    naam: 'POST woningtoewijzing',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/woningtoewijzing',
    pad: (id) => `/v1/inburgeraars/${id}/woningtoewijzing`,
    wie: 'consulent',
    body: () => ({ datum: plusDagen(vandaag(), -60) }),
  },
  {
    naam: 'POST brp-inschrijving',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/brp-inschrijving',
    pad: (id) => `/v1/inburgeraars/${id}/brp-inschrijving`,
    wie: 'consulent',
    body: () => ({ datum: plusDagen(vandaag(), -55) }),
  },
  {
    naam: 'GET inburgeraar',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}',
    pad: (id) => `/v1/inburgeraars/${id}`,
    wie: 'consulent',
  },
  {
    naam: 'POST regeldag',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/regeldag',
    pad: (id) => `/v1/inburgeraars/${id}/regeldag`,
    wie: 'begeleider',
    body: () => ({ datum: plusDagen(vandaag(), -50), locatie: 'stadskantoor' }),
  },
  {
    naam: 'PATCH checklist item',
    method: 'PATCH',
    sjabloon: '/v1/inburgeraars/{}/regeldag/checklist/{}',
    pad: (id) => `/v1/inburgeraars/${id}/regeldag/checklist/${item}`,
    wie: 'begeleider',
    body: () => ({ status: 'geregeld', toelichting: 'klaar voor de sleuteloverdracht' }),
  },
  {
    naam: 'GET traject',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}/traject',
    pad: (id) => `/v1/inburgeraars/${id}/traject`,
    wie: 'begeleider',
  },
  {
    naam: 'POST meetmomenten',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/meetmomenten',
    pad: (id) => `/v1/inburgeraars/${id}/meetmomenten`,
    wie: 'begeleider',
    body: () => ({ datum: gister, scores: { 'financien-en-administratie': 3 }, toelichting: 'geheim-meetmoment' }),
  },
  {
    naam: 'POST contactmomenten',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/contactmomenten',
    pad: (id) => `/v1/inburgeraars/${id}/contactmomenten`,
    wie: 'begeleider',
    body: () => ({ datum: gister, vorm: 'huisbezoek', duurMinuten: 45 }),
  },
  {
    naam: 'POST voortgangsrapportages',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/voortgangsrapportages',
    pad: (id) => `/v1/inburgeraars/${id}/voortgangsrapportages`,
    wie: 'begeleider',
    body: () => ({ datum: gister, tekst: 'Gaat goed.' }),
  },
  {
    naam: 'POST verlenging',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/verlenging',
    pad: (id) => `/v1/inburgeraars/${id}/verlenging`,
    wie: 'begeleider',
    body: () => ({ maanden: 6, reden: 'Verzoek van de inburgeraar' }),
  },
  {
    naam: 'POST afronding',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/afronding',
    pad: (id) => `/v1/inburgeraars/${id}/afronding`,
    wie: 'begeleider',
    body: () => ({ datum: gister, soort: 'warme-overdracht', overdracht: 'naar het wijkteam' }),
  },
  {
    naam: 'POST signalen',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/signalen',
    pad: (id) => `/v1/inburgeraars/${id}/signalen`,
    wie: 'begeleider',
    body: () => ({ datum: gister, soort: 'wonen', urgentie: 'laag', toelichting: 'Vocht in de woning' }),
  },
  {
    naam: 'POST verwijzingen',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/verwijzingen',
    pad: (id) => `/v1/inburgeraars/${id}/verwijzingen`,
    wie: 'begeleider',
    body: () => ({ naar: 'wmo', toelichting: 'Hulp bij huishouden' }),
  },
  {
    naam: 'GET verwijzingen',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}/verwijzingen',
    pad: (id) => `/v1/inburgeraars/${id}/verwijzingen`,
    wie: 'begeleider',
  },
  {
    naam: 'POST toestemmingen',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/toestemmingen',
    pad: (id) => `/v1/inburgeraars/${id}/toestemmingen`,
    wie: 'inburgeraar',
    body: () => toestemmingBody(),
  },
  {
    naam: 'GET toestemmingen',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}/toestemmingen',
    pad: (id) => `/v1/inburgeraars/${id}/toestemmingen`,
    wie: 'inburgeraar',
  },
  {
    naam: 'POST intrekking',
    method: 'POST',
    sjabloon: '/v1/inburgeraars/{}/toestemmingen/{}/intrekking',
    pad: (id) => `/v1/inburgeraars/${id}/toestemmingen/${toestemmingId}/intrekking`,
    wie: 'inburgeraar',
    body: () => ({}),
  },
  {
    naam: 'GET voortgang',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}/voortgang',
    pad: (id) => `/v1/inburgeraars/${id}/voortgang`,
    wie: 'consulent',
  },
  {
    naam: 'GET verwerkingen',
    method: 'GET',
    sjabloon: '/v1/inburgeraars/{}/verwerkingen',
    pad: (id) => `/v1/inburgeraars/${id}/verwerkingen`,
    wie: 'fg',
  },
  {
    naam: 'GET profiel',
    method: 'GET',
    sjabloon: '/v1/gemeenten/{}/profiel',
    pad: () => '/v1/gemeenten/0518/profiel',
    wie: 'consulent',
  },
];
const WRITES = ENDPOINTS.filter((e) => e.body);
const MET_ID = ENDPOINTS.filter((e) => e.pad('X').includes('X'));

const tokenVan = (wie: Endpoint['wie'], dossier: Dossier = d) => (wie === 'beleid' ? beleid : dossier[wie]);
const roep = (e: Endpoint, opties: { token?: string; body?: unknown; id?: string; headers?: Record<string, string> }) =>
  p.api(e.method, e.pad(opties.id ?? d.id), {
    ...(opties.token ? { token: opties.token } : {}),
    ...(opties.body !== undefined ? { body: opties.body } : e.body ? { body: e.body() } : {}),
    ...(opties.headers ? { headers: opties.headers } : {}),
  });

// ---------------------------------------------------------------------------------------------------------------

describe('the public local-only endpoints', () => {
  it('serve /health, the JWKS and /dev/token without a token', async () => {
    const health = await p.api('GET', '/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    const jwks = await p.api('GET', '/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys.length).toBeGreaterThan(0);
    for (const key of jwks.body.keys) expect(key).not.toHaveProperty('d');

    const token = await p.api('POST', '/dev/token', {
      body: { sub: 'c1', rol: 'inburgeringsconsulent', org: 'gemeente-0518', gemeenten: ['0518'], ttlSeconden: 600 },
    });
    expect(token.status).toBe(200);
    expect(Object.keys(token.body)).toEqual(['token']);
    const { payload } = decode(token.body.token);
    expect(payload).toMatchObject({ aud: 'wegwijs', sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    expect((payload.exp as number) - (payload.iat as number)).toBe(600);
    const standaard = decode(
      (await p.api('POST', '/dev/token', { body: { sub: 'i1', rol: 'inburgeraar' } })).body.token,
    );
    expect((standaard.payload.exp as number) - (standaard.payload.iat as number)).toBe(3600);
    expect(standaard.payload).not.toHaveProperty('org');
  });

  it.each([
    ['malformed JSON', '{"sub": '],
    ['an unknown role', { sub: 'x', rol: 'koning' }],
    ['an unknown field', { sub: 'x', rol: 'inburgeraar', extra: 1 }],
    ['a wrong type', { sub: 'x', rol: 'inburgeraar', ttlSeconden: 'lang' }],
    ['no sub', { rol: 'inburgeraar' }],
  ])('refuses a /dev/token body with %s as 400 problem+json', async (_, body) => {
    expectProblem(await p.api('POST', '/dev/token', { body }), 400);
  });
});

describe('401: every endpoint refuses a request without a valid token', () => {
  let varianten: [string, Record<string, string>][] = [];
  beforeAll(async () => {
    const geldig = d.consulent;
    const { header, payload } = decode(geldig);
    const [h, pl, sig] = geldig.split('.') as [string, string, string];
    const verlopen = (
      await p.api('POST', '/dev/token', {
        body: { sub: 'c', rol: 'inburgeringsconsulent', gemeenten: ['0518'], ttlSeconden: -3600 },
      })
    ).body.token as string;
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const omgedraaid = `${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`;
    const andereAud = await p.platform.issuer.mint({ ...claimsVan(payload), aud: 'iets-anders' });
    const jwks = JSON.stringify((await p.api('GET', '/.well-known/jwks.json')).body);
    const hsInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: header.kid })}.${pl}`;
    const hs = `${hsInput}.${createHmac('sha256', jwks).update(hsInput).digest('base64url')}`;
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    varianten = [
      ['no Authorization header', {}],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['a Basic scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['a token without Bearer', { authorization: geldig }],
      ['garbage', bearer('garbage')],
      ['two segments', bearer(`${h}.${pl}`)],
      ['an undecodable header', bearer(`!!!.${pl}.${sig}`)],
      ['an expired token from /dev/token', bearer(verlopen)],
      ['a tampered payload', bearer(`${h}.${b64({ ...payload, gemeenten: ['0518', '0014'] })}.${sig}`)],
      ['a tampered signature', bearer(`${h}.${pl}.${omgedraaid}`)],
      ['a signature by another key under the same kid', bearer(es256(privateKey, header, payload))],
      ['an unknown issuer', bearer(es256(privateKey, header, { ...payload, iss: 'https://evil.example' }))],
      ['a wrong audience', bearer(andereAud)],
      ['alg none', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${pl}.`)],
      ['alg none without the trailing dot', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${pl}`)],
      ['HS256 keyed with the public JWKS', bearer(hs)],
      ['no exp', bearer(es256(privateKey, header, { ...payload, exp: undefined }))],
    ];
  });

  it.each(ENDPOINTS.map((e) => [e.naam, e] as const))('%s', async (_, e) => {
    expect(varianten.length).toBeGreaterThan(10);
    for (const [naam, headers] of varianten) {
      const res = await roep(e, { headers });
      expect(res.status, `${e.naam} with ${naam}`).toBe(401);
      expectProblem(res, 401);
    }
  });
});

const claimsVan = (payload: Record<string, unknown>) => ({
  sub: payload.sub as string,
  rol: payload.rol as 'inburgeringsconsulent',
  ...(payload.org ? { org: payload.org as string } : {}),
  ...(payload.gemeenten ? { gemeenten: payload.gemeenten as string[] } : {}),
});

// ---------------------------------------------------------------------------------------------------------------

interface Fout {
  /** Fields to merge into the valid body so that exactly one has the wrong type. */
  type: Record<string, unknown>;
  /** An unknown field inside a nested object, where the body has one. */
  genest?: Record<string, unknown>;
}
const FOUTEN: Record<string, Fout> = {
  'POST aanmeldingen': {
    type: { koppelingsdatum: 20240101 },
    genest: { persoon: { ...aanmeldingBody().persoon, bsn: '123456782' } },
  },
  'POST woningtoewijzing': { type: { datum: 12 } },
  'POST brp-inschrijving': { type: { datum: true } },
  'POST regeldag': { type: { locatie: 5 } },
  'PATCH checklist item': { type: { status: true } },
  'POST meetmomenten': { type: { scores: { 'financien-en-administratie': '3' } } },
  'POST contactmomenten': { type: { duurMinuten: '45' } },
  'POST voortgangsrapportages': { type: { tekst: ['Gaat goed.'] } },
  'POST verlenging': { type: { maanden: '6' } },
  'POST afronding': { type: { soort: 1 } },
  'POST signalen': { type: { urgentie: null } },
  'POST verwijzingen': { type: { signaalId: 5 } },
  'POST toestemmingen': {
    type: { expliciet: 'ja' },
    genest: { ontvanger: { gemeente: '0518', afdeling: 'x' } },
  },
  'POST intrekking': { type: { vastgelegd: 'papier' }, genest: { vastgelegd: { wijze: 'papier', getuige: 'x' } } },
};

describe('400: every write endpoint validates its body strictly, never a 5xx', () => {
  const gevallen = WRITES.flatMap((e) => {
    const f = FOUTEN[e.naam];
    if (!f || !e.body) throw new Error(`no faults for ${e.naam}`);
    const geldig = e.body;
    const rows: [string, string, () => unknown, RegExp | undefined][] = [
      [e.naam, 'malformed JSON', () => '{"datum": ', undefined],
      [e.naam, 'truncated JSON', () => JSON.stringify(geldig()).slice(0, -1), undefined],
      [e.naam, 'a JSON array', () => '[]', undefined],
      [e.naam, 'JSON null', () => 'null', undefined],
      [e.naam, 'a JSON number', () => '42', undefined],
      [e.naam, 'a JSON string', () => '"tekst"', undefined],
      [e.naam, 'an unknown field', () => ({ ...geldig(), onbekendVeld: 1 }), /onbekendVeld/],
      [e.naam, '__proto__', () => `{"__proto__":{"x":1},${JSON.stringify(geldig()).slice(1)}`, undefined],
      [e.naam, 'a wrong type', () => ({ ...geldig(), ...f.type }), new RegExp(Object.keys(f.type)[0] ?? '')],
    ];
    if (f.genest) {
      const [veld] = Object.keys(f.genest);
      rows.push([e.naam, 'an unknown nested field', () => ({ ...geldig(), ...f.genest }), new RegExp(`${veld}`)]);
    }
    const verplicht = Object.keys(geldig()).find((k) => !['locatie', 'toelichting', 'overdracht'].includes(k));
    if (verplicht) {
      rows.push([
        e.naam,
        `no ${verplicht}`,
        () => Object.fromEntries(Object.entries(geldig()).filter(([k]) => k !== verplicht)),
        new RegExp(verplicht),
      ]);
    }
    return rows;
  });

  it.each(gevallen)('%s with %s -> 400', async (naam, _, body, pad) => {
    const e = ENDPOINTS.find((x) => x.naam === naam) as Endpoint;
    const res = await roep(e, { token: tokenVan(e.wie), body: body() });
    expectProblem(res, 400);
    if (pad) expect(JSON.stringify(res.body.errors)).toMatch(pad);
  });

  it.each(WRITES.map((e) => [e.naam, e] as const))('%s with a body over 256 KiB -> 413 or 400', async (_, e) => {
    // Valid JSON with a valid body; only its size is wrong (trailing whitespace).
    const body = `${JSON.stringify(e.body?.())}${' '.repeat(257 * 1024)}`;
    expectProblem(await roep(e, { token: tokenVan(e.wie), body }), [413, 400]);
    const veld = `{"toelichting":"${'x'.repeat(300 * 1024)}"}`;
    expectProblem(await roep(e, { token: tokenVan(e.wie), body: veld }), [413, 400]);
  });

  it.each(WRITES.map((e) => [e.naam, e] as const))('%s with odd bytes answers 400, never 5xx', async (_, e) => {
    const token = tokenVan(e.wie);
    const ruw = (body: string | Uint8Array) =>
      fetch(`${p.url}${e.pad(d.id)}`, {
        method: e.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    for (const body of [
      Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":1e400}',
      '\u0000',
    ]) {
      const res = await ruw(body);
      expect(res.status, `${e.naam} ${String(body).slice(0, 20)}`).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('never a 5xx for odd path segments', () => {
  const IDS = ['x'.repeat(300), '%00', '%2F..%2F', '%E2%82%AC', "'%20OR%201=1", '..'];
  it.each(MET_ID.map((e) => [e.naam, e] as const))('%s', async (_, e) => {
    for (const id of IDS) {
      const res = await roep(e, { token: tokenVan(e.wie), id });
      expect(res.status, `${e.naam} with ${id}`).toBeLessThan(500);
      expect([400, 404, 405]).toContain(res.status);
      expectProblem(res, [400, 404, 405]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('403: an authenticated role that may not do this (on a dossier it may see)', () => {
  const GEVALLEN: [string, Exclude<Endpoint['wie'], 'begeleider' | 'fg' | 'inburgeraar'> | Partij][] = [
    ['POST aanmeldingen', 'beleid'],
    ['POST aanmeldingen', 'begeleider'],
    ['POST aanmeldingen', 'fg'],
    ['POST woningtoewijzing', 'beleid'],
    ['POST woningtoewijzing', 'begeleider'],
    ['POST woningtoewijzing', 'inburgeraar'],
    ['POST brp-inschrijving', 'beleid'],
    ['POST brp-inschrijving', 'begeleider'],
    ['POST regeldag', 'consulent'],
    ['POST regeldag', 'inburgeraar'],
    ['PATCH checklist item', 'consulent'],
    ['PATCH checklist item', 'inburgeraar'],
    ['POST meetmomenten', 'consulent'],
    ['POST meetmomenten', 'inburgeraar'],
    ['POST contactmomenten', 'consulent'],
    ['POST voortgangsrapportages', 'consulent'],
    ['POST verlenging', 'consulent'],
    ['POST verlenging', 'inburgeraar'],
    ['POST afronding', 'consulent'],
    ['POST afronding', 'inburgeraar'],
    ['POST signalen', 'consulent'],
    ['POST signalen', 'inburgeraar'],
    ['POST verwijzingen', 'consulent'],
    ['POST verwijzingen', 'inburgeraar'],
    ['POST toestemmingen', 'consulent'],
    ['POST toestemmingen', 'fg'],
    ['POST intrekking', 'consulent'],
    ['GET voortgang', 'begeleider'],
    ['GET voortgang', 'inburgeraar'],
    ['GET verwerkingen', 'consulent'],
    ['GET verwerkingen', 'begeleider'],
    ['GET verwerkingen', 'beleid'],
  ];
  it.each(GEVALLEN)('%s as %s -> 403', async (naam, wie) => {
    const e = ENDPOINTS.find((x) => x.naam === naam) as Endpoint;
    expectProblem(await roep(e, { token: tokenVan(wie) }), 403);
  });
});

describe('404: unknown ids and dossiers outside the caller reach, never 403 and never data', () => {
  const geenData = (res: ApiResponse) => {
    expectProblem(res, 404);
    expect(JSON.stringify(res.body)).not.toMatch(/Yonas|Tesfaye|humanitas|Groningen/);
  };
  it.each(MET_ID.map((e) => [e.naam, e] as const))('%s', async (_, e) => {
    const token = tokenVan(e.wie);
    geenData(await roep(e, { token, id: 'onbekend-01HZZZZZZZZZZZZZZZZZZZZZZZ' }));
    // A Groningen inburgeraar for a Den Haag caller (or another inburgeraar)
    geenData(await roep(e, { token, id: g.id }));
    // Staff of an uitvoeringsorganisatie that is not assigned, in the same gemeente
    geenData(await roep(e, { token: vreemdeOrg }));
    // The Groningen party with the same role, on the Den Haag dossier
    geenData(await roep(e, { token: tokenVan(e.wie, g) }));
  });

  it.each([
    ['an aanmelding in a gemeente outside the token', 'POST', '/v1/aanmeldingen', aanmeldingBody('0014')],
    ['an aanmelding in a gemeente nobody serves', 'POST', '/v1/aanmeldingen', aanmeldingBody('9999')],
    ['the profile of another gemeente', 'GET', '/v1/gemeenten/0014/profiel', undefined],
    ['the profile of an unknown gemeente', 'GET', '/v1/gemeenten/9999/profiel', undefined],
  ])('%s', async (_, method, pad, body) => {
    geenData(await p.api(method, pad, { token: d.consulent, ...(body ? { body } : {}) }));
  });

  it('an unknown checklist item and an unknown toestemmingId', async () => {
    geenData(
      await p.api('PATCH', `/v1/inburgeraars/${d.id}/regeldag/checklist/geen-bestaand-item`, {
        token: d.begeleider,
        body: { status: 'geregeld' },
      }),
    );
    geenData(
      await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen/01HZZZZZZZZZZZZZZZZZZZZZZZ/intrekking`, {
        token: d.inburgeraar,
        body: {},
      }),
    );
    // A toestemming of one inburgeraar under the path of another
    geenData(
      await p.api('POST', `/v1/inburgeraars/${g.id}/toestemmingen/${toestemmingId}/intrekking`, {
        token: g.inburgeraar,
        body: {},
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('409 and 422 as API.md lists them', () => {
  it('422 for a gezinsmigrant outside Rotterdam; 201 with the provider the deployment configures in Rotterdam', async () => {
    expectProblem(
      await p.api('POST', '/v1/aanmeldingen', { token: d.consulent, body: aanmeldingBody('0518', 'gezinsmigrant') }),
      422,
    );
    const rotterdam = await p.token({
      sub: 'c-0599',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0599',
      gemeenten: ['0599'],
    });
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: rotterdam,
      body: aanmeldingBody('0599', 'gezinsmigrant'),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      gemeente: '0599',
      doelgroep: 'gezinsmigrant',
      uitvoeringsorganisatie: 'aanbieder-gezinsmigranten',
    });
  });

  it('422 for a verlenging without the inburgeraar request, or no further one', async () => {
    const pad = `/v1/inburgeraars/${d.id}/verlenging`;
    expectProblem(await p.api('POST', pad, { token: d.begeleider, body: { maanden: 6, reden: 'Graag' } }), 422);
    const c = await nieuwDossier(p, '0383', 'inova');
    const verzoekVanInburgeraar = { datum: plusDagen(vandaag(), -1) };
    const verlenging = (reden: string) =>
      p.api('POST', `/v1/inburgeraars/${c.id}/verlenging`, {
        token: c.begeleider,
        body: { maanden: 6, reden, verzoekVanInburgeraar },
      });
    expect((await verlenging('Eerste')).status).toBe(200);
    expectProblem(await verlenging('Tweede'), 422);
    expect((await p.api('GET', `/v1/inburgeraars/${c.id}/traject`, { token: c.begeleider })).body.verlengingen).toBe(1);
  });

  it.each([
    ['signalen without expliciet', { categorieen: ['signalen'] }],
    ['signalen with expliciet false', { categorieen: ['signalen'], expliciet: false }],
    ['trajectstatus (a wettelijke taak)', { categorieen: ['trajectstatus'] }],
    ['praktische-zaken (a wettelijke taak)', { categorieen: ['praktische-zaken'] }],
    ['an empty list', { categorieen: [] }],
    ['geldigTot in the past', { geldigTot: gister }],
  ])('422 for a toestemming with %s', async (_, extra) => {
    expectProblem(
      await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
        token: d.inburgeraar,
        body: toestemmingBody(extra),
      }),
      422,
    );
  });

  it('refuses a toestemming recorded by the begeleider without vastgelegd, accepts it with', async () => {
    const pad = `/v1/inburgeraars/${d.id}/toestemmingen`;
    expectProblem(await p.api('POST', pad, { token: d.begeleider, body: toestemmingBody() }), [400, 422]);
    const met = await p.api('POST', pad, {
      token: d.begeleider,
      body: toestemmingBody({ vastgelegd: { wijze: 'papier' } }),
    });
    expect(met.status).toBe(201);
    expect(met.body.vastgelegd).toMatchObject({ wijze: 'papier' });
  });

  it('422 toestemming-vereist for a verwijzing without consent, nothing sent; veilig-thuis needs none', async () => {
    const v = await nieuwDossier(p, '0632', 'vluchtelingenwerk');
    const pad = `/v1/inburgeraars/${v.id}/verwijzingen`;
    for (const naar of ['wmo', 'schuldhulpverlening', 'ggz']) {
      const res = await p.api('POST', pad, { token: v.begeleider, body: { naar, toelichting: 'Hulp' } });
      expectProblem(res, 422);
      expect(res.body.type).toMatch(/toestemming-vereist$/);
    }
    // A consent for another doel or categorie does not cover a referral
    await p.api('POST', `/v1/inburgeraars/${v.id}/toestemmingen`, {
      token: v.inburgeraar,
      body: toestemmingBody({ ontvanger: { gemeente: '0632' }, categorieen: ['zelfredzaamheid'] }),
    });
    const anders = await p.api('POST', pad, { token: v.begeleider, body: { naar: 'wmo', toelichting: 'Hulp' } });
    expectProblem(anders, 422);
    expect(anders.body.type).toMatch(/toestemming-vereist$/);
    expect((await p.api('GET', pad, { token: v.begeleider })).body.items).toEqual([]);

    const veilig = await p.api('POST', pad, {
      token: v.begeleider,
      body: { naar: 'veilig-thuis', toelichting: 'Meldcode' },
    });
    expect(veilig.status).toBe(201);
    await p.settled();
    const log = await p.api('GET', `/v1/inburgeraars/${v.id}/verwerkingen`, { token: v.inburgeraar });
    expect(log.body.items).toContainEqual(
      expect.objectContaining({ bronId: veilig.body.verwijzingId, grondslag: 'wettelijke-plicht' }),
    );
    expect((await p.api('GET', pad, { token: v.begeleider })).body.items).toEqual([
      expect.objectContaining({ verwijzingId: veilig.body.verwijzingId, naar: 'veilig-thuis', status: 'verstuurd' }),
    ]);
  });

  it('409 for a second afronding, a second regeldag, a checklist without regeldag, a second intrekking', async () => {
    const a = await nieuwDossier(p, '0383', 'inova');
    const t = await p.api('POST', `/v1/inburgeraars/${a.id}/toestemmingen`, {
      token: a.inburgeraar,
      body: toestemmingBody({ ontvanger: { gemeente: '0383' } }),
    });
    const afronding = { datum: gister, soort: 'eindgesprek' };
    expect(
      (await p.api('POST', `/v1/inburgeraars/${a.id}/afronding`, { token: a.begeleider, body: afronding })).status,
    ).toBe(200);
    expectProblem(
      await p.api('POST', `/v1/inburgeraars/${a.id}/afronding`, { token: a.begeleider, body: afronding }),
      409,
    );

    expectProblem(
      await p.api('PATCH', `/v1/inburgeraars/${g.id}/regeldag/checklist/${item}`, {
        token: g.begeleider,
        body: { status: 'geregeld' },
      }),
      409,
    );
    expectProblem(
      await p.api('POST', `/v1/inburgeraars/${d.id}/regeldag`, { token: d.begeleider, body: { datum: gister } }),
      409,
    );
    const intrekking = `/v1/inburgeraars/${a.id}/toestemmingen/${t.body.toestemmingId}/intrekking`;
    const eerste = await p.api('POST', intrekking, { token: a.inburgeraar });
    expect(eerste.status).toBe(200);
    // A repeat is a conflict, or an idempotent no-op that answers the first withdrawal
    const tweede = await p.api('POST', intrekking, { token: a.inburgeraar });
    if (tweede.status === 200) expect(tweede.body).toEqual(eerste.body);
    else expectProblem(tweede, 409);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('Idempotency-Key: a repeat with the same key and body returns the first response and changes nothing', () => {
  const tweeKeer = async (method: string, pad: string, token: string, body: unknown) => {
    const headers = { 'idempotency-key': `sleutel-${Math.random().toString(36).slice(2)}` };
    const eerste = await p.api(method, pad, { token, body, headers });
    const tweede = await p.api(method, pad, { token, body, headers });
    expect(tweede.status).toBe(eerste.status);
    expect(tweede.body).toEqual(eerste.body);
    await p.settled();
    return eerste;
  };

  it('POST aanmeldingen: one inburgeraar', async () => {
    const tholen = await p.token({
      sub: 'c-0716',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0716',
      gemeenten: ['0716'],
    });
    const res = await tweeKeer('POST', '/v1/aanmeldingen', tholen, aanmeldingBody('0716'));
    expect(res.status).toBe(201);
    const lijst = await p.api('GET', '/v1/inburgeraars?gemeente=0716', { token: tholen });
    expect(lijst.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual([res.body.inburgeraarId]);
  });

  it('POST toestemmingen, verwijzingen (veilig-thuis), meetmomenten, regeldag, verlenging: one record each', async () => {
    const c = await nieuwDossier(p, '0383', 'inova');
    const pad = (s: string) => `/v1/inburgeraars/${c.id}${s}`;
    const body = toestemmingBody({ ontvanger: { gemeente: '0383' }, categorieen: ['zelfredzaamheid'] });
    const t = await tweeKeer('POST', pad('/toestemmingen'), c.inburgeraar, body);
    expect(t.status).toBe(201);
    expect((await p.api('GET', pad('/toestemmingen'), { token: c.inburgeraar })).body.items).toHaveLength(1);

    const v = await tweeKeer('POST', pad('/verwijzingen'), c.begeleider, { naar: 'veilig-thuis', toelichting: 'x' });
    expect(v.status).toBe(201);
    expect((await p.api('GET', pad('/verwijzingen'), { token: c.begeleider })).body.items).toHaveLength(1);

    const m = await tweeKeer('POST', pad('/meetmomenten'), c.begeleider, { datum: gister, scores: { huisvesting: 4 } });
    expect(m.status).toBe(201);
    const log = (await p.api('GET', pad('/verwerkingen'), { token: c.inburgeraar })).body.items as {
      actie: string;
      categorie?: string;
    }[];
    expect(log.filter((i) => i.categorie === 'zelfredzaamheid' && i.actie === 'gedeeld')).toHaveLength(1);
    expect((await p.api('GET', pad('/voortgang'), { token: c.consulent })).body.items).toContainEqual(
      expect.objectContaining({ bronId: m.body.meetmomentId }),
    );
    expect(
      (await p.api('GET', pad('/voortgang'), { token: c.consulent })).body.items.filter(
        (i: { categorie: string }) => i.categorie === 'zelfredzaamheid',
      ),
    ).toHaveLength(1);

    const r = await tweeKeer('POST', pad('/regeldag'), c.begeleider, { datum: plusDagen(vandaag(), -50) });
    expect(r.status).toBe(201);

    const l = await tweeKeer('POST', pad('/verlenging'), c.begeleider, {
      maanden: 6,
      reden: 'Graag',
      verzoekVanInburgeraar: { datum: plusDagen(vandaag(), -1) },
    });
    expect(l.status).toBe(200);
    expect((await p.api('GET', pad('/traject'), { token: c.begeleider })).body.verlengingen).toBe(1);
  });

  it('every other write endpoint answers a repeat with its first response', async () => {
    const c = await nieuwDossier(p, '0383', 'inova');
    const pad = (s: string) => `/v1/inburgeraars/${c.id}${s}`;
    const t = await tweeKeer(
      'POST',
      pad('/toestemmingen'),
      c.inburgeraar,
      toestemmingBody({ ontvanger: { gemeente: '0383' } }),
    );
    const r = await tweeKeer('POST', pad('/regeldag'), c.begeleider, { datum: plusDagen(vandaag(), -50) });
    const stappen: [string, string, string, unknown, number][] = [
      ['POST', '/woningtoewijzing', c.consulent, { datum: plusDagen(vandaag(), -60) }, 200],
      ['POST', '/brp-inschrijving', c.consulent, { datum: plusDagen(vandaag(), -55) }, 200],
      ['PATCH', `/regeldag/checklist/${r.body.checklist[0].item}`, c.begeleider, { status: 'geregeld' }, 200],
      ['POST', '/contactmomenten', c.begeleider, { datum: gister, vorm: 'telefoon', duurMinuten: 10 }, 201],
      ['POST', '/voortgangsrapportages', c.begeleider, { datum: gister, tekst: 'Rapport' }, 201],
      ['POST', '/signalen', c.begeleider, { datum: gister, soort: 'wonen', urgentie: 'laag', toelichting: 'x' }, 201],
      ['POST', `/toestemmingen/${t.body.toestemmingId}/intrekking`, c.inburgeraar, {}, 200],
      ['POST', '/afronding', c.begeleider, { datum: gister, soort: 'eindgesprek' }, 200],
    ];
    for (const [method, s, token, body, status] of stappen) {
      expect((await tweeKeer(method, pad(s), token, body)).status, s).toBe(status);
    }
  });

  it('a refused request is replayed as refused, and the same key with another body is not replayed', async () => {
    const headers = { 'idempotency-key': 'weigering-1' };
    const pad = `/v1/inburgeraars/${d.id}/verlenging`;
    const eerste = await p.api('POST', pad, { token: d.begeleider, body: { maanden: 6, reden: 'a' }, headers });
    const tweede = await p.api('POST', pad, { token: d.begeleider, body: { maanden: 6, reden: 'a' }, headers });
    expectProblem(eerste, 422);
    expectProblem(tweede, 422);
    expect(tweede.body).toEqual(eerste.body);
    const ander = await p.api('POST', pad, { token: d.begeleider, body: { maanden: 3, reden: 'b' }, headers });
    expectProblem(ander, [409, 422]);
    expect(ander.body.type).not.toBe(eerste.body.type);
  });
});

describe('response fields exactly as API.md names them', () => {
  it('aanmelding, inburgeraar, regeldag, checklist, traject and the ids of what the begeleider records', async () => {
    const aanmelding = await p.api('POST', '/v1/aanmeldingen', { token: d.consulent, body: aanmeldingBody() });
    expect(aanmelding.status).toBe(201);
    expect(aanmelding.headers.get('content-type')).toMatch(/^application\/json/);
    // API.md allows added optional fields; these five are the contract
    expect(aanmelding.body).toMatchObject({
      inburgeraarId: expect.any(String),
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      status: 'aangemeld',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
    });
    const id = aanmelding.body.inburgeraarId as string;
    const consulent = d.consulent;
    for (const stap of ['woningtoewijzing', 'brp-inschrijving']) {
      const res = await p.api('POST', `/v1/inburgeraars/${id}/${stap}`, {
        token: consulent,
        body: { datum: plusDagen(vandaag(), -20) },
      });
      expect(res.status).toBe(200);
    }
    await p.settled();
    const inburgeraar = await p.api('GET', `/v1/inburgeraars/${id}`, { token: consulent });
    expect(inburgeraar.status).toBe(200);
    expect(inburgeraar.body).toMatchObject({
      inburgeraarId: id,
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      status: expect.any(String),
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      traject: {
        fase: expect.any(String),
        startdatum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        einddatum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    // Readable by the assigned organisation and the inburgeraar themself
    const begeleider = d.begeleider;
    const zelf = await p.token({ sub: id, rol: 'inburgeraar' });
    for (const token of [begeleider, zelf, inkomen]) {
      expect((await p.api('GET', `/v1/inburgeraars/${id}`, { token })).status).toBe(200);
    }
    // Need to know: the beleidsmedewerker sees aggregates only.
    expect((await p.api('GET', `/v1/inburgeraars/${id}`, { token: beleid })).status).toBe(403);

    const regeldag = await p.api('POST', `/v1/inburgeraars/${id}/regeldag`, {
      token: begeleider,
      body: { datum: plusDagen(vandaag(), -10) },
    });
    expect(regeldag.status).toBe(201);
    expect(regeldag.body).toMatchObject({
      regeldagId: expect.any(String),
      datum: plusDagen(vandaag(), -10),
      checklist: expect.any(Array),
    });
    for (const i of regeldag.body.checklist) {
      expect(i).toMatchObject({ item: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), status: 'open' });
      expect(['HV', 'FIN', 'INS', 'VL']).toContain(i.categorie);
    }
    const patch = await p.api('PATCH', `/v1/inburgeraars/${id}/regeldag/checklist/${regeldag.body.checklist[0].item}`, {
      token: begeleider,
      body: { status: 'niet-van-toepassing' },
    });
    expect(patch.status).toBe(200);

    const traject = await p.api('GET', `/v1/inburgeraars/${id}/traject`, { token: begeleider });
    expect(traject.status).toBe(200);
    expect(traject.body).toMatchObject({
      fase: expect.stringMatching(/^(aangemeld|opstartfase|begeleidingsfase|afrondingsfase|afgerond)$/),
      startdatum: expect.any(String),
      einddatum: expect.any(String),
      verlengingen: 0,
    });

    const ids: [string, unknown, string][] = [
      ['meetmomenten', { datum: gister, scores: { 'financien-en-administratie': 2 } }, 'meetmomentId'],
      ['contactmomenten', { datum: gister, vorm: 'whatsapp', duurMinuten: 5 }, 'contactmomentId'],
      ['voortgangsrapportages', { datum: gister, tekst: 'Rapport' }, 'rapportageId'],
      ['signalen', { datum: gister, soort: 'overig', urgentie: 'hoog', toelichting: 'x' }, 'signaalId'],
      ['verwijzingen', { naar: 'veilig-thuis', toelichting: 'x' }, 'verwijzingId'],
    ];
    for (const [pad, body, veld] of ids) {
      const res = await p.api('POST', `/v1/inburgeraars/${id}/${pad}`, { token: begeleider, body });
      expect(res.status, pad).toBe(201);
      expect(res.body[veld], pad).toEqual(expect.any(String));
    }
    const verwijzingen = await p.api('GET', `/v1/inburgeraars/${id}/verwijzingen`, { token: begeleider });
    expect(verwijzingen.body.items).toEqual([
      expect.objectContaining({ verwijzingId: expect.any(String), naar: 'veilig-thuis', status: 'verstuurd' }),
    ]);
    const afronding = await p.api('POST', `/v1/inburgeraars/${id}/afronding`, {
      token: begeleider,
      body: { datum: gister, soort: 'warme-overdracht', overdracht: 'Naar het wijkteam' },
    });
    expect(afronding.status).toBe(200);
  });

  it('toestemming, voortgang, verwerkingen and intrekking', async () => {
    const t = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const pad = (s: string) => `/v1/inburgeraars/${t.id}${s}`;
    const geldigTot = plusDagen(vandaag(), 90);
    const body = toestemmingBody({
      categorieen: ['zelfredzaamheid', 'signalen'],
      expliciet: true,
      geldigTot,
      ontvanger: { gemeente: '0518', rol: 'inburgeringsconsulent' },
    });
    const gegeven = await p.api('POST', pad('/toestemmingen'), { token: t.inburgeraar, body });
    expect(gegeven.status).toBe(201);
    expect(gegeven.body).toMatchObject({ toestemmingId: expect.any(String), status: 'actief', ...body });
    const lijst = await p.api('GET', pad('/toestemmingen'), { token: t.inburgeraar });
    expect(lijst.body.items).toEqual([
      expect.objectContaining({ toestemmingId: gegeven.body.toestemmingId, status: 'actief' }),
    ]);

    const m = await p.api('POST', pad('/meetmomenten'), {
      token: t.begeleider,
      body: { datum: gister, scores: { 'financien-en-administratie': 4 }, toelichting: 'vertrouwelijk-meetmoment' },
    });
    expect(m.status).toBe(201);
    const c = await p.api('POST', pad('/contactmomenten'), {
      token: t.begeleider,
      body: { datum: gister, vorm: 'kantoor', duurMinuten: 30 },
    });
    await p.settled();

    const voortgang = await p.api('GET', pad('/voortgang'), { token: t.consulent });
    expect(voortgang.status).toBe(200);
    for (const i of voortgang.body.items) {
      expect(i).toMatchObject({
        bronId: expect.any(String),
        categorie: expect.any(String),
        bron: expect.any(String),
        ontvangenOp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
        grondslag: expect.stringMatching(/^(wettelijke-taak|wettelijke-plicht|toestemming)$/),
      });
      expect(i).toHaveProperty('gegevens');
      if (i.grondslag === 'toestemming') expect(i.toestemmingId).toBe(gegeven.body.toestemmingId);
    }
    const gedeeld = voortgang.body.items.map((i: { bronId: string }) => i.bronId);
    expect(gedeeld).toContain(m.body.meetmomentId);
    expect(gedeeld).not.toContain(c.body.contactmomentId);
    // The consent names the inburgeringsconsulent: another gemeente role sees nothing shared under it
    const anderen = (await p.api('GET', pad('/voortgang'), { token: inkomen })).body.items;
    expect(anderen.map((i: { bronId: string }) => i.bronId)).not.toContain(m.body.meetmomentId);

    for (const token of [t.inburgeraar, t.fg]) {
      const log = await p.api('GET', pad('/verwerkingen'), { token });
      expect(log.status).toBe(200);
      expect(log.body.keten).toEqual({ geldig: true });
      for (const i of log.body.items) {
        expect(i).toMatchObject({
          id: expect.any(String),
          tijdstip: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
          actie: expect.stringMatching(
            /^(gedeeld|geweigerd|ingezien|toestemming-gegeven|toestemming-ingetrokken|verwijderd)$/,
          ),
          hash: expect.any(String),
        });
        expect(i).toHaveProperty('vorigeHash');
      }
      expect(log.body.items).toContainEqual(
        expect.objectContaining({ actie: 'gedeeld', bronId: m.body.meetmomentId, categorie: 'zelfredzaamheid' }),
      );
      expect(log.body.items).toContainEqual(
        expect.objectContaining({ actie: 'geweigerd', bronId: c.body.contactmomentId, categorie: 'contactmomenten' }),
      );
      expect(JSON.stringify(log.body)).not.toMatch(/vertrouwelijk-meetmoment|financien-en-administratie/);
    }

    const intrekking = await p.api('POST', pad(`/toestemmingen/${gegeven.body.toestemmingId}/intrekking`), {
      token: t.begeleider,
      body: { vastgelegd: { wijze: 'mondeling-met-tolk', tolk: 'tolk-1' } },
    });
    expect(intrekking.status).toBe(200);
    expect(intrekking.body).toMatchObject({
      toestemmingId: gegeven.body.toestemmingId,
      status: 'ingetrokken',
      ingetrokkenOp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
    });
    const na = (await p.api('GET', pad('/voortgang'), { token: t.consulent })).body.items;
    expect(na.map((i: { bronId: string }) => i.bronId)).not.toContain(m.body.meetmomentId);
  });

  it('the gemeente profile (through the typed client)', async () => {
    const { data, response } = await klant(p, d.begeleider).GET('/gemeenten/{cbs}/profiel', {
      params: { path: { cbs: '0518' } },
    });
    expect(response.status).toBe(200);
    const res = { body: data ?? {} };
    for (const veld of [
      'startmoment',
      'opstartfase',
      'checklist',
      'verlenging',
      'doelgroepen',
      'uitvoeringsorganisatie',
    ]) {
      expect(res.body, veld).toHaveProperty(veld);
    }
    expect(Object.keys(res.body).some((k) => k.startsWith('looptijd'))).toBe(true);
    expect(Object.keys(res.body).some((k) => k.startsWith('leefgebieden'))).toBe(true);
  });
});

describe('GET /v1/openapi.json', () => {
  const sjabloon = (pad: string) => pad.replace(/\{[^}]+\}/g, '{}');
  it('describes every path and method of API.md, and every path it lists answers', async () => {
    const res = await p.api('GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    const paden = res.body.paths as Record<string, Record<string, { requestBody?: unknown; responses: object }>>;
    const beschreven = new Map<string, { requestBody?: unknown; responses: object }>();
    // Paths are relative to the server `/v1` (the major version); `/health` has its own server at the root
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/v1' })]);
    for (const [pad, ops] of Object.entries(paden)) {
      const volledig = pad === '/health' ? pad : `/v1${pad}`;
      for (const [method, op] of Object.entries(ops)) {
        if (method !== 'servers') beschreven.set(`${method.toUpperCase()} ${sjabloon(volledig)}`, op);
      }
    }
    for (const e of ENDPOINTS) {
      const op = beschreven.get(`${e.method} ${e.sjabloon}`);
      expect(op, `${e.method} ${e.sjabloon}`).toBeDefined();
      if (e.body) expect(op?.requestBody, e.naam).toBeDefined();
    }
    expect(beschreven.has('GET /health')).toBe(true);
    expect(Object.keys(beschreven.get('POST /v1/aanmeldingen')?.responses ?? {})).toContain('201');

    // Every described operation exists on the platform: it answers (401 without a token), never 404/405/5xx
    const PUBLIEK = new Set(
      HTTP_ROUTES.filter((r) => 'publiek' in r && r.publiek).map((r) => `${r.method} ${sjabloon(r.path)}`),
    );
    for (const sleutel of beschreven.keys()) {
      const [method, pad] = sleutel.split(' ') as [string, string];
      const antwoord = await p.api(method, pad.replace(/\{\}/g, 'x'), method === 'GET' ? {} : { body: {} });
      if (pad === '/health' || pad === '/v1/openapi.json') expect(antwoord.status, sleutel).toBe(200);
      // A route that takes no token (a move's hand-over, authenticated by its signature) refuses the empty body
      else if (PUBLIEK.has(sleutel)) expect(antwoord.status, sleutel).toBe(400);
      else expect(antwoord.status, sleutel).toBe(401);
    }
  });
});
