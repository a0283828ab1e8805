import { GEMEENTE_ROLLEN, HTTP_ROUTES, ROLLEN, type Rol, routeKey, UITVOERING_ROLLEN } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 10, the authorisation matrix as data: every operation x every role x the caller's relation to one Den Haag
// dossier (own gemeente or organisation / another gemeente / another organisation / another inburgeraar), with the
// answer each cell must get. `ok` means the request passed authorisation: 200/201, or a 409/422 of the domain (a
// write the dossier's state no longer allows, as the matrix runs many writes on one dossier; a worklist or agenda
// this gemeente's profile does not keep). `-` is a
// cell that does not exist (a gemeente role of another organisation, an inburgeraar of another gemeente).

type Cel = 'ok' | 401 | 403 | 404 | '-';
type Perspectief = 'eigen' | 'andereGemeente' | 'andereOrganisatie' | 'andereInburgeraar';
const PERSPECTIEVEN: Perspectief[] = ['eigen', 'andereGemeente', 'andereOrganisatie', 'andereInburgeraar'];

interface Operatie {
  /** What the caller may do on the own dossier, per role; every other role with a relation gets 403. */
  mag: readonly Rol[];
  /** The answer of a role without a relation to the dossier (default 404: never reveal that it exists). */
  buiten?: Partial<Record<Perspectief, Cel>>;
  /** The answer to a role of the own dossier that may not (default 403), per role where it differs. */
  anders?: Partial<Record<Rol, Cel>>;
  body?: () => unknown;
  query?: string;
}

const G = GEMEENTE_ROLLEN;
const U = UITVOERING_ROLLEN;
const ALLEN = ROLLEN;
const BESLISSERS: Rol[] = ['teamleider', 'maatschappelijk-begeleider'];
const PARTNERS: Rol[] = ['inburgeringsconsulent', 'inkomensconsulent', 'wmo-consulent'];
const gister = () => plusDagen(vandaag(), -1);
const morgen = () => plusDagen(vandaag(), 1);
/** A gemeente-wide operation: the inburgeraar (no gemeenten in the token) is outside it. */
const gemeenteBreed = { anders: { inburgeraar: 404 as Cel } };

const MATRIX: Record<string, Operatie> = {
  'GET /health': { mag: ALLEN, buiten: { andereGemeente: 'ok', andereOrganisatie: 'ok', andereInburgeraar: 'ok' } },
  'GET /v1/openapi.json': {
    mag: ALLEN,
    buiten: { andereGemeente: 'ok', andereOrganisatie: 'ok', andereInburgeraar: 'ok' },
  },
  'GET /v1/gemeenten/{cbs}/profiel': { mag: [...G, ...U], ...gemeenteBreed },
  'POST /v1/aanmeldingen': {
    mag: ['inburgeringsconsulent'],
    ...gemeenteBreed,
    buiten: { andereOrganisatie: 403 },
    body: () => ({
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Dawit', achternaam: 'Haile', geboortedatum: '1990-05-05', talen: ['ti'] },
      koppelingsdatum: gister(),
    }),
  },
  'POST /v1/inburgeraars/{id}/woningtoewijzing': { mag: ['inburgeringsconsulent'], body: () => ({ datum: gister() }) },
  'POST /v1/inburgeraars/{id}/brp-inschrijving': { mag: ['inburgeringsconsulent'], body: () => ({ datum: gister() }) },
  'GET /v1/inburgeraars/{id}': { mag: ALLEN },
  'GET /v1/inburgeraars': {
    mag: [...G, ...U],
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': {
    mag: ['inburgeringsconsulent'],
    body: () => ({ uitvoeringsorganisatie: 'vluchtelingenwerk', datum: gister() }),
  },
  'POST /v1/inburgeraars/{id}/inburgering': {
    mag: ['inburgeringsconsulent'],
    body: () => ({ soort: 'eerste-taalles', datum: gister() }),
  },
  'GET /v1/inburgeraars/{id}/tijdlijn': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/regeldag': { mag: U, body: () => ({ datum: gister() }) },
  'GET /v1/inburgeraars/{id}/regeldag': { mag: ALLEN },
  'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': { mag: U, body: () => ({ status: 'geregeld' }) },
  'POST /v1/inburgeraars/{id}/opstartfase/afronding': { mag: U, body: () => ({ datum: morgen() }) },
  'GET /v1/inburgeraars/{id}/traject': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/meetmomenten': { mag: U, body: () => ({ datum: gister(), scores: { wonen: 3 } }) },
  'POST /v1/inburgeraars/{id}/contactmomenten': {
    mag: U,
    body: () => ({ datum: gister(), vorm: 'telefoon', duurMinuten: 15 }),
  },
  'POST /v1/inburgeraars/{id}/voortgangsrapportages': {
    mag: U,
    body: () => ({ datum: gister(), tekst: 'Gaat goed met de taalles en het vrijwilligerswerk' }),
  },
  'POST /v1/inburgeraars/{id}/verlenging': { mag: BESLISSERS, body: () => ({ maanden: 3, reden: 'ziekte' }) },
  'POST /v1/inburgeraars/{id}/afronding': {
    mag: BESLISSERS,
    body: () => ({ datum: morgen(), soort: 'eindgesprek' }),
  },
  'PUT /v1/inburgeraars/{id}/begeleider': {
    mag: BESLISSERS,
    body: () => ({ begeleiderId: 'mb-0518', soort: 'betaald' }),
  },
  'POST /v1/inburgeraars/{id}/begeleiders': {
    mag: BESLISSERS,
    body: () => ({ begeleiderId: 'mb-0518', rol: 'opstart', dienstverband: 'betaald' }),
  },
  'GET /v1/inburgeraars/{id}/begeleiders': { mag: [...U, 'inburgeraar'] },
  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': {
    mag: BESLISSERS,
    body: () => ({ datum: gister(), reden: 'opstartfase-afgerond' }),
  },
  'POST /v1/inburgeraars/{id}/afspraken': { mag: U, body: () => ({ datum: morgen() }) },
  'GET /v1/inburgeraars/{id}/afspraken': { mag: [...U, 'inburgeraar'] },
  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': {
    mag: U,
    body: () => ({ status: 'afgezegd', afgezegdDoor: 'inburgeraar' }),
  },
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': {
    mag: U,
    body: () => ({
      datum: gister(),
      leefgebieden: [{ leefgebied: 'wonen', doelen: [{ doelId: ids.doelId, omschrijving: 'Huur op tijd' }] }],
    }),
  },
  'GET /v1/inburgeraars/{id}/begeleidingsplan': { mag: [...U, 'inburgeraar'] },
  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': {
    mag: U,
    body: () => ({ datum: gister(), moment: 'meetmoment', doelen: [{ doelId: ids.doelId, status: 'bezig' }] }),
  },
  'GET /v1/begeleiding/caseload': {
    mag: BESLISSERS,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'GET /v1/begeleiding/bellijst': {
    mag: U,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'GET /v1/begeleiding/niet-gezien': {
    mag: U,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'POST /v1/inburgeraars/{id}/signalen': {
    mag: U,
    body: () => ({ datum: gister(), soort: 'wonen', urgentie: 'laag', toelichting: 'Schimmel in de badkamer' }),
  },
  'POST /v1/inburgeraars/{id}/verwijzingen': {
    mag: U,
    body: () => ({ naar: 'veilig-thuis', toelichting: 'Zorgen over de veiligheid thuis' }),
  },
  'GET /v1/inburgeraars/{id}/verwijzingen': { mag: [...G, ...U] },
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie': { mag: PARTNERS, body: () => ({}) },
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing': {
    mag: PARTNERS,
    body: () => ({ reden: 'Geen capaciteit', redenCode: 'capaciteit' }),
  },
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding': { mag: [...PARTNERS, ...U], body: () => ({}) },
  'POST /v1/inburgeraars/{id}/warme-overdracht': { mag: U, body: () => ({ naar: 'wijkteam', datum: gister() }) },
  'POST /v1/casuistiekoverleg/{cbs}/agenda': {
    mag: U,
    ...gemeenteBreed,
    body: () => ({ inburgeraarId: 'DOSSIER', datum: morgen() }),
  },
  'GET /v1/casuistiekoverleg/{cbs}/agenda': { mag: [...PARTNERS, ...U], ...gemeenteBreed },
  'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': {
    mag: [...PARTNERS, ...U],
    ...gemeenteBreed,
    body: () => ({ vervolg: 'binnen-inburgering' }),
  },
  'POST /v1/inburgeraars/{id}/vragen': {
    mag: ['inburgeringsconsulent'],
    body: () => ({ onderwerp: 'examen', vraag: 'Kan de begeleider helpen met de voorbereiding op het examen?' }),
  },
  'GET /v1/inburgeraars/{id}/vragen': { mag: [...G, ...U] },
  'POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord': {
    mag: U,
    body: () => ({ antwoord: 'Ja, we oefenen elke week samen.' }),
  },
  'POST /v1/inburgeraars/{id}/toestemmingen': {
    mag: ['inburgeraar', ...U],
    body: () => ({
      ontvanger: { gemeente: '0518' },
      categorieen: ['contactmomenten'],
      doel: 'regie',
      taal: 'ti',
      tekstversie: 'v1',
    }),
  },
  'GET /v1/inburgeraars/{id}/toestemmingen': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking': {
    mag: ['inburgeraar', ...U],
    body: () => ({}),
  },
  'GET /v1/inburgeraars/{id}/voortgang': { mag: G },
  'GET /v1/inburgeraars/{id}/verwerkingen': { mag: ['inburgeraar', 'functionaris-gegevensbescherming'] },
};

/** The expected answer of one cell, from the operation's data. */
function verwacht(op: Operatie, rol: Rol, perspectief: Perspectief): Cel {
  const isInburgeraar = rol === 'inburgeraar';
  const isGemeente = (G as readonly Rol[]).includes(rol);
  const bestaat =
    perspectief === 'eigen' ||
    (perspectief === 'andereGemeente' && !isInburgeraar) ||
    (perspectief === 'andereOrganisatie' && !isInburgeraar && !isGemeente) ||
    (perspectief === 'andereInburgeraar' && isInburgeraar);
  if (!bestaat) return '-';
  if (perspectief !== 'eigen') {
    const buiten = op.buiten?.[perspectief] ?? 404;
    return buiten === 'ok' && !op.mag.includes(rol) ? (op.anders?.[rol] ?? 403) : buiten;
  }
  return op.mag.includes(rol) ? 'ok' : (op.anders?.[rol] ?? 403);
}

let p: TestPlatform;
let d: Dossier;
let ander: Dossier;
const ids: Record<string, string> = {};

const claims = (rol: Rol, perspectief: Perspectief) => {
  if (rol === 'inburgeraar') return { sub: perspectief === 'eigen' ? d.id : ander.id, rol };
  if ((G as readonly Rol[]).includes(rol)) {
    const cbs = perspectief === 'eigen' ? '0518' : '0014';
    return { sub: `${rol}-${cbs}`, rol, org: `gemeente-${cbs}`, gemeenten: [cbs] };
  }
  if (perspectief === 'andereGemeente') return { sub: `${rol}-hum`, rol, org: 'humanitas', gemeenten: ['0014'] };
  const org = perspectief === 'andereOrganisatie' ? 'humanitas' : 'vluchtelingenwerk';
  return { sub: `${rol}-${org}`, rol, org, gemeenten: ['0518'] };
};

const concreet = (sleutel: string) =>
  sleutel
    .slice(sleutel.indexOf(' ') + 1)
    .replace('{id}', d.id)
    .replace('{cbs}', '0518')
    .replace('{item}', ids.item ?? '')
    .replace('{verwijzingId}', ids.verwijzingId ?? '')
    .replace('{vraagId}', ids.vraagId ?? '')
    .replace('{toestemmingId}', ids.toestemmingId ?? '')
    .replace('{agendapuntId}', ids.agendapuntId ?? '')
    .replace('{toewijzingId}', ids.toewijzingId ?? '')
    .replace('{afspraakId}', ids.afspraakId ?? '');

const gekregen = (status: number): Cel | number => {
  if (status === 200 || status === 201) return 'ok';
  if (status === 409 || status === 422) return 'ok';
  return status;
};

beforeAll(async () => {
  p = await startPlatform({ logLevel: 'WARN' });
  d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  ander = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  const regeldag = await p.api('POST', `/v1/inburgeraars/${d.id}/regeldag`, {
    token: d.begeleider,
    body: { datum: gister() },
  });
  const toestemming = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
    token: d.inburgeraar,
    body: {
      ontvanger: { gemeente: '0518' },
      categorieen: ['verwijzing'],
      doel: 'verwijzing',
      taal: 'ti',
      tekstversie: 'v1',
    },
  });
  await p.settled();
  const verwijzing = await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
    token: d.begeleider,
    body: { naar: 'schuldhulpverlening', toelichting: 'Achterstand bij de energieleverancier' },
  });
  await p.settled();
  const agendapunt = await p.api('POST', '/v1/casuistiekoverleg/0518/agenda', {
    token: d.begeleider,
    body: { inburgeraarId: d.id, datum: morgen() },
  });
  if (agendapunt.status !== 201) throw new Error(`arrange agendapunt: ${agendapunt.status}`);
  const vraag = await p.api('POST', `/v1/inburgeraars/${d.id}/vragen`, {
    token: d.consulent,
    body: { onderwerp: 'school-kinderen', vraag: 'Gaan de kinderen naar school?' },
  });
  if (vraag.status !== 201) throw new Error(`arrange vraag: ${vraag.status}`);
  ids.vraagId = vraag.body.vraagId;
  const toewijzing = await p.api('POST', `/v1/inburgeraars/${d.id}/begeleiders`, {
    token: d.begeleider,
    body: { begeleiderId: 'rs-0518', rol: 'regeldagspecialist', dienstverband: 'betaald' },
  });
  const afspraak = await p.api('POST', `/v1/inburgeraars/${d.id}/afspraken`, {
    token: d.begeleider,
    body: { datum: morgen() },
  });
  const plan = await p.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
    token: d.begeleider,
    body: { datum: gister(), leefgebieden: [{ leefgebied: 'wonen', doelen: [{ omschrijving: 'Huur op tijd' }] }] },
  });
  if (toewijzing.status !== 201 || afspraak.status !== 201 || plan.status !== 200) {
    throw new Error(`arrange plan: ${toewijzing.status} ${afspraak.status} ${plan.status}`);
  }
  ids.toewijzingId = toewijzing.body.toewijzingId;
  ids.afspraakId = afspraak.body.afspraakId;
  ids.doelId = plan.body.leefgebieden[0].doelen[0].doelId;
  ids.agendapuntId = agendapunt.body.agendapuntId;
  ids.item = regeldag.body.checklist[0].item;
  ids.toestemmingId = toestemming.body.toestemmingId;
  ids.verwijzingId = verwijzing.body.verwijzingId;
}, 60_000);
afterAll(() => p?.stop());

describe('the authorisation matrix', () => {
  it('covers every route of the HTTP route table', () => {
    const routes = HTTP_ROUTES.map(routeKey).sort();
    const zonderRegel = routes.filter((r) => !MATRIX[r] && r !== 'GET /health' && r !== 'GET /v1/openapi.json');
    expect(zonderRegel, 'add a row to MATRIX in test/e2e/autorisatie.test.ts').toEqual([]);
  });

  it('answers every cell as the matrix says (denials first, so the dossier is unchanged when they run)', async () => {
    // Arrange
    const cellen = Object.entries(MATRIX).flatMap(([sleutel, op]) =>
      ROLLEN.flatMap((rol) => PERSPECTIEVEN.map((perspectief) => ({ sleutel, op, rol, perspectief }))),
    );
    const uitgevoerd = cellen
      .map((c) => ({ ...c, verwacht: verwacht(c.op, c.rol, c.perspectief) }))
      .filter((c) => c.verwacht !== '-')
      .sort((a, b) => Number(a.verwacht === 'ok') - Number(b.verwacht === 'ok'));
    const afwijkingen: string[] = [];
    // Act
    for (const c of uitgevoerd) {
      const method = c.sleutel.slice(0, c.sleutel.indexOf(' '));
      const token = await p.token(claims(c.rol, c.perspectief));
      const body = c.op.body?.();
      const res = await p.api(method, `${concreet(c.sleutel)}${c.op.query ? `?${c.op.query}` : ''}`, {
        token,
        ...(body !== undefined ? { body: JSON.parse(JSON.stringify(body).replace('DOSSIER', d.id)) } : {}),
      });
      const kreeg = gekregen(res.status);
      if (kreeg !== c.verwacht)
        afwijkingen.push(`${c.sleutel} | ${c.rol} | ${c.perspectief}: ${kreeg}, expected ${c.verwacht}`);
    }
    // Assert
    // 5 gemeente roles x 2 + 3 uitvoering roles x 3 + the inburgeraar x 2 = 21 cells per operation
    expect(uitgevoerd.length).toBe(Object.keys(MATRIX).length * 21);
    expect(afwijkingen).toEqual([]);
  }, 300_000);
});

describe('tokens that break the claim rules (over HTTP)', () => {
  it.each([
    ['a staff token without org', { sub: 's1', rol: 'inburgeringsconsulent' as Rol, gemeenten: ['0518'] }],
    [
      'a gemeente role of an uitvoeringsorganisatie',
      { sub: 's2', rol: 'wmo-consulent' as Rol, org: 'vluchtelingenwerk', gemeenten: ['0518'] },
    ],
    [
      'an uitvoering role of an unknown organisation',
      { sub: 's3', rol: 'teamleider' as Rol, org: 'nergens', gemeenten: ['0518'] },
    ],
    ['an inburgeraar with org', { sub: 's4', rol: 'inburgeraar' as Rol, org: 'gemeente-0518' }],
  ])('answers 401 problem+json to %s', async (_, c) => {
    // Arrange: minted by the issuer directly, without the test default that adds a gemeente's org
    const token = await p.platform.issuer.mint(c);
    // Act
    const res = await p.api('GET', `/v1/inburgeraars/${d.id}`, { token });
    // Assert
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('Idempotency-Key across principals (over HTTP)', () => {
  const meetmoment = () => ({ datum: gister(), scores: { wonen: 4 } });

  it('replays to the same principal only; the same sub with another role or organisation gets its own answer', async () => {
    // Arrange
    const begeleider = await p.token({
      sub: 'mb-x',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
    });
    const zelfdeSubConsulent = await p.token({
      sub: 'mb-x',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const zelfdeSubAndereOrg = await p.token({
      sub: 'mb-x',
      rol: 'maatschappelijk-begeleider',
      org: 'humanitas',
      gemeenten: ['0518'],
    });
    const headers = { 'idempotency-key': 'matrix-1' };
    const pad = `/v1/inburgeraars/${d.id}/meetmomenten`;
    const body = meetmoment();
    // Act
    const eerste = await p.api('POST', pad, { token: begeleider, body, headers });
    const consulent = await p.api('POST', pad, { token: zelfdeSubConsulent, body, headers });
    const andereOrg = await p.api('POST', pad, { token: zelfdeSubAndereOrg, body, headers });
    const herhaald = await p.api('POST', pad, { token: begeleider, body, headers });
    // Assert
    expect(eerste.status).toBe(201);
    expect([consulent.status, andereOrg.status]).toEqual([403, 404]);
    expect(consulent.headers.get('idempotency-replayed')).toBeNull();
    expect(herhaald.status).toBe(201);
    expect(herhaald.body).toEqual(eerste.body);
    expect(herhaald.headers.get('idempotency-replayed')).toBe('true');
  });

  it("never replays another principal's refusal to the real user", async () => {
    const inburgeraar = await p.token({ sub: d.id, rol: 'inburgeraar' });
    const headers = { 'idempotency-key': 'matrix-2' };
    const pad = `/v1/inburgeraars/${d.id}/meetmomenten`;
    const body = meetmoment();
    const geweigerd = await p.api('POST', pad, { token: inburgeraar, body, headers });
    const echt = await p.api('POST', pad, { token: d.begeleider, body, headers });
    expect(geweigerd.status).toBe(403);
    expect(echt.status).toBe(201);
    expect(echt.headers.get('idempotency-replayed')).toBeNull();
  });
});
