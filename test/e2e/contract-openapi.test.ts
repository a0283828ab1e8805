import { API_VERSION } from '@wegwijs/contracts';
import { openApiDocument } from '@wegwijs/contracts/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidatie } from '../support/contract-validatie';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { klant } from '../support/klant';
import { startPlatform, type TestPlatform } from '../support/platform';
import { type Bevinding, fouten, lintMetSpectral } from '../support/spectral';

/**
 * The OpenAPI document as a contract partners build on: the NL API Design Rules (Spectral), API-Version on every
 * answer, a schema for every response body that real answers meet, and the typed client generated from it.
 */

let p: TestPlatform;
let d: Dossier;
// biome-ignore lint/suspicious/noExplicitAny: the served document is walked as plain JSON
let served: any;

beforeAll(async () => {
  p = await startPlatform();
  d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  served = (await p.api('GET', '/v1/openapi.json')).body;
});
afterAll(() => p?.stop());

const codes = (b: readonly Bevinding[]) => fouten(b).map((x) => x.code);
const kopie = () => structuredClone(served);
type Antwoord = { headers?: object; content: Record<string, { schema: { $ref: string } }> };
type Operatie = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, Antwoord>;
};
const operaties = (doc: typeof served): [string, Operatie][] =>
  Object.entries(doc.paths as Record<string, Record<string, Operatie>>).flatMap(([pad, ops]) =>
    Object.entries(ops)
      .filter(([m]) => m !== 'servers')
      .map(([m, op]): [string, Operatie] => [`${m.toUpperCase()} ${pad}`, op]),
  );

describe('NL API Design Rules (Spectral, the project ruleset)', () => {
  it('the document served at /v1/openapi.json is the generated one and has 0 errors and 0 warnings', async () => {
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const bevindingen = await lintMetSpectral(served);
    expect(bevindingen.map((b) => `${b.code} ${b.path.join('.')}`)).toEqual([]);
  });

  it('finds what the Logius linter found in the document before this contract work (40 errors)', async () => {
    // Arrange: the four kinds of error of that run, on a copy of today's document
    const doc = kopie();
    delete doc.info.contact;
    doc.info.version = '1';
    delete doc.servers;
    delete doc.paths['/aanmeldingen'].post.responses['201'].headers;

    // Act
    const gevonden = codes(await lintMetSpectral(doc));

    // Assert
    expect(gevonden.sort()).toEqual(['info-contact', 'nlgov:missing-header', 'nlgov:semver', 'oas3-api-servers']);
  });

  it('finds the other rules broken: problem+json, 400 for input, dates, casing, version header, servers', async () => {
    const doc = kopie();
    const aanmelden = doc.paths['/aanmeldingen'].post;
    aanmelden.responses['404'].content = { 'application/json': { schema: { type: 'object' } } };
    delete doc.paths['/inburgeraars/{id}/meetmomenten'].post.responses['400'];
    doc.components.schemas.Regeldag.properties.datum = { type: 'string', format: 'date-time' };
    doc.components.schemas.Traject.properties.afspraakDatum = { type: 'string' };
    doc.paths['/inburgeraars'].get.parameters.push({ name: 'page_size', in: 'query', schema: { type: 'string' } });
    doc.paths['/Inburgeraars_Oud'] = doc.paths['/inburgeraars'];
    doc.paths['/Inburgeraars_Oud'] = { get: { ...doc.paths['/inburgeraars'].get, operationId: 'oud' } };
    doc.paths['/inburgeraars/{id}'].get.responses['200'].headers = { 'X-Iets': { schema: { type: 'string' } } };
    doc.servers = [{ url: '/api' }];
    doc.components.schemas.Problem.properties = { title: { type: 'string' }, status: { type: 'integer' } };

    const gevonden = new Set(codes(await lintMetSpectral(doc)));

    for (const code of [
      'nlgov:use-problem-schema',
      'nlgov:problem-invalid-input',
      'nlgov:use-date-instead-of-datetime',
      'nlgov:specify-format-for-date-and-time',
      'nlgov:query-keys-camel-case',
      'nlgov:paths-kebab-case',
      'nlgov:missing-version-header',
      'nlgov:include-major-version-in-uri',
      'nlgov:problem-schema-members',
    ]) {
      expect(gevonden, code).toContain(code);
    }
  });
});

describe('API-Version: every answer carries the full version', () => {
  it('kit answers (JSON and problem+json), /health, the document, the gateway and the local issuer', async () => {
    // 300 KiB: over the kit's 256 KiB (the gateway's own 413 shares its header line with its 404 and 405)
    const groot = JSON.stringify({ tekst: 'x'.repeat(300 * 1024) });
    const json = { 'content-type': 'application/json' };
    const verzoeken: [string, RequestInit, number][] = [
      ['/v1/gemeenten/0518/profiel', { headers: { authorization: `Bearer ${d.consulent}` } }, 200],
      ['/v1/gemeenten/0518/profiel', {}, 401],
      ['/v1/inburgeraars/bestaat-niet', { headers: { authorization: `Bearer ${d.consulent}` } }, 404],
      ['/health', {}, 200],
      ['/v1/openapi.json', {}, 200],
      ['/v1/bestaat-niet', {}, 404],
      ['/v1/aanmeldingen', { method: 'DELETE' }, 405],
      [
        '/v1/aanmeldingen',
        { method: 'POST', body: groot, headers: { ...json, authorization: `Bearer ${d.consulent}` } },
        413,
      ],
      ['/.well-known/jwks.json', {}, 200],
    ];
    for (const [pad, init, status] of verzoeken) {
      const res = await fetch(`${p.url}${pad}`, init).catch((e: Error) => {
        throw new Error(`${init.method ?? 'GET'} ${pad}: ${String(e.cause ?? e)}`);
      });
      await res.arrayBuffer();
      expect(res.status, pad).toBe(status);
      expect(res.headers.get('api-version'), `${init.method ?? 'GET'} ${pad}`).toBe(API_VERSION);
    }
    expect(API_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(served.info.version).toBe(API_VERSION);
  });
});

describe('the document', () => {
  it('gives every operation an id, a summary, a named response schema and API-Version on each response', () => {
    const ops = operaties(served);
    expect(ops.length).toBeGreaterThanOrEqual(37);
    expect(new Set(ops.map(([, op]) => op.operationId)).size).toBe(ops.length);
    for (const [sleutel, op] of ops) {
      expect(op.summary, sleutel).toMatch(/\w/);
      for (const [status, antwoord] of Object.entries(op.responses)) {
        const content = antwoord.content;
        expect(antwoord.headers, `${sleutel} ${status}`).toHaveProperty('API-Version');
        // 204 No Content (DELETE of a subscription): no body to describe
        if (status === '204') {
          expect(content, `${sleutel} ${status}`).toBeUndefined();
          continue;
        }
        const mediaType = status.startsWith('2') ? 'application/json' : 'application/problem+json';
        // The regie monitor (issue 13) also answers its cells as CSV, when the Accept header asks for text/csv.
        const csv = status.startsWith('2') && sleutel.startsWith('GET /regie/') ? ['text/csv'] : [];
        expect(Object.keys(content), `${sleutel} ${status}`).toEqual([mediaType, ...csv]);
        expect(content[mediaType]?.schema.$ref, `${sleutel} ${status}`).toMatch(/^#\/components\/schemas\/[A-Z]\w+$/);
      }
    }
    expect(served.info.contact).toEqual({
      name: expect.any(String),
      email: expect.any(String),
      url: expect.any(String),
    });
  });

  it('documents limit and cursor on every list, and a list body of items with an optional volgende', () => {
    const lijsten = [
      'GET /inburgeraars',
      'GET /begeleiding/caseload',
      'GET /begeleiding/bellijst',
      'GET /begeleiding/niet-gezien',
      'GET /inburgeraars/{id}/verwijzingen',
      'GET /inburgeraars/{id}/toestemmingen',
      'GET /inburgeraars/{id}/verwerkingen',
      'GET /casuistiekoverleg/{cbs}/agenda',
    ];
    const ops = new Map<string, Operatie>(operaties(served));
    for (const sleutel of lijsten) {
      const op = ops.get(sleutel);
      const query = (op?.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name);
      expect(query, sleutel).toEqual(expect.arrayContaining(['limit', 'cursor']));
      const ok: Antwoord | undefined = op?.responses['200'];
      const ref = ok?.content['application/json']?.schema.$ref;
      const schema = served.components.schemas[String(ref).split('/').pop() ?? ''];
      expect(schema.properties, sleutel).toHaveProperty('volgende');
      expect(schema.required ?? [], sleutel).not.toContain('volgende');
    }
  });
});

describe('real answers meet the document', () => {
  const headers = (extra: Record<string, string> = {}) =>
    new Headers({ 'content-type': 'application/json', 'api-version': API_VERSION, ...extra });

  it('the check catches a wrong body, a missing header, an undocumented status and a bad problem', () => {
    // Arrange
    const validatie = new ContractValidatie();
    const goed = {
      inburgeraarId: 'i1',
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      status: 'aangemeld',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
    };

    // Act
    const ok = validatie.controleer({
      method: 'GET',
      pad: '/v1/inburgeraars/i1',
      status: 200,
      headers: headers(),
      body: goed,
    });
    const fout = validatie.controleer({
      method: 'GET',
      pad: '/v1/inburgeraars/i1',
      status: 200,
      headers: headers(),
      body: { ...goed, status: 'onbekend', uitvoeringsorganisatie: undefined, extra: 1 },
    });
    const zonderVersie = validatie.controleer({
      method: 'GET',
      pad: '/v1/inburgeraars/i1',
      status: 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      body: goed,
    });
    const status = validatie.controleer({ method: 'GET', pad: '/health', status: 418, headers: headers(), body: {} });
    const probleem = validatie.controleer({
      method: 'GET',
      pad: '/v1/inburgeraars/i1',
      status: 404,
      headers: headers({ 'content-type': 'application/problem+json' }),
      body: { type: 'x', status: '404' },
    });
    const buiten = validatie.controleer({
      method: 'GET',
      pad: '/dev/settled',
      status: 200,
      headers: headers(),
      body: 1,
    });

    // Assert
    expect(ok).toEqual([]);
    const gemeld = fout.map((s) => s.fout).join('\n');
    for (const deel of ['body/status', "required property 'uitvoeringsorganisatie'", 'additional properties']) {
      expect(gemeld).toContain(deel);
    }
    expect(zonderVersie).toEqual([expect.objectContaining({ fout: expect.stringContaining('API-Version') })]);
    expect(status).toEqual([expect.objectContaining({ fout: 'status 418 is not documented' })]);
    expect(probleem.length).toBeGreaterThanOrEqual(2);
    expect(buiten).toEqual([]);
  });

  it('a partner scenario through the typed client: aanmelding to verwerkingen, pages and problems', async () => {
    const consulent = klant(p, d.consulent);
    const begeleider = klant(p, d.begeleider);
    const zelf = klant(p, d.inburgeraar);

    const aangemeld = await consulent.POST('/aanmeldingen', {
      body: {
        gemeente: '0518',
        doelgroep: 'nareiziger',
        persoon: { voornaam: 'Sara', achternaam: 'Haile', geboortedatum: '1990-01-02', talen: ['ti'] },
        koppelingsdatum: plusDagen(vandaag(), -30),
      },
    });
    expect(aangemeld.response.status).toBe(201);
    expect(aangemeld.data?.uitvoeringsorganisatie).toBe('vluchtelingenwerk');

    const eerste = await consulent.GET('/inburgeraars', { params: { query: { gemeente: '0518', limit: '1' } } });
    expect(eerste.data?.items).toHaveLength(1);
    const cursor = eerste.data?.volgende;
    expect(cursor).toEqual(expect.any(String));
    const tweede = await consulent.GET('/inburgeraars', {
      params: { query: { gemeente: '0518', limit: '1', cursor: String(cursor) } },
    });
    expect(tweede.data?.items[0]?.inburgeraarId).not.toBe(eerste.data?.items[0]?.inburgeraarId);

    const onbekend = await consulent.GET('/inburgeraars/{id}', { params: { path: { id: 'bestaat-niet' } } });
    expect(onbekend.response.status).toBe(404);
    expect(onbekend.error).toMatchObject({ status: 404, title: expect.any(String) });

    const regeldag = await begeleider.POST('/inburgeraars/{id}/regeldag', {
      params: { path: { id: d.id } },
      body: { datum: plusDagen(vandaag(), -40) },
    });
    expect(regeldag.response.status).toBe(201);
    const item = regeldag.data?.checklist[0]?.item ?? '';
    const bijgewerkt = await begeleider.PATCH('/inburgeraars/{id}/regeldag/checklist/{item}', {
      params: { path: { id: d.id, item } },
      body: { status: 'geregeld', toelichting: 'samen gedaan' },
    });
    expect(bijgewerkt.data?.checklist.find((i) => i.item === item)?.status).toBe('geregeld');

    const toestemming = await zelf.POST('/inburgeraars/{id}/toestemmingen', {
      params: { path: { id: d.id } },
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['contactmomenten'],
        doel: 'regie',
        taal: 'ti',
        tekstversie: 'v1',
      },
    });
    expect(toestemming.data?.status).toBe('actief');
    const contact = await begeleider.POST('/inburgeraars/{id}/contactmomenten', {
      params: { path: { id: d.id } },
      body: { datum: plusDagen(vandaag(), -1), vorm: 'huisbezoek', duurMinuten: 45 },
    });
    expect(contact.data?.contactmomentId).toEqual(expect.any(String));
    await p.settled();

    const traject = await begeleider.GET('/inburgeraars/{id}/traject', { params: { path: { id: d.id } } });
    expect(traject.data?.fase).toEqual(expect.any(String));
    const caseload = await begeleider.GET('/begeleiding/caseload', { params: { query: { gemeente: '0518' } } });
    expect(caseload.data?.gemeente).toBe('0518');
    const verwijzingen = await begeleider.GET('/inburgeraars/{id}/verwijzingen', { params: { path: { id: d.id } } });
    expect(verwijzingen.data?.items).toEqual(expect.any(Array));
    const voortgang = await consulent.GET('/inburgeraars/{id}/voortgang', { params: { path: { id: d.id } } });
    expect(voortgang.data?.items.map((i) => i.bronId)).toContain(contact.data?.contactmomentId);
    const toestemmingen = await zelf.GET('/inburgeraars/{id}/toestemmingen', { params: { path: { id: d.id } } });
    expect(toestemmingen.data?.items).toHaveLength(1);
    const verwerkingen = await zelf.GET('/inburgeraars/{id}/verwerkingen', { params: { path: { id: d.id } } });
    expect(verwerkingen.data?.keten.geldig).toBe(true);
    const profiel = await consulent.GET('/gemeenten/{cbs}/profiel', { params: { path: { cbs: '0518' } } });
    expect(profiel.data?.cbs).toBe('0518');
  });

  it('every answer of this suite, through p.api and the typed client, met the document', () => {
    expect(p.gecontroleerd()).toBeGreaterThan(15);
    expect(p.schendingen()).toEqual([]);
  });
});
