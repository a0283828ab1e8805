import {
  GEMEENTE_ROLLEN,
  HTTP_ROUTES,
  INDICATORSETS,
  PERSOONS_ROUTES,
  ROLLEN,
  type Rol,
  routeKey,
  UITVOERING_ROLLEN,
  VERWIJSPARTNER_ROLLEN,
} from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 10, the authorisation matrix as data: every operation x every role x the caller's relation to one Den Haag
// dossier (own gemeente or organisation / another gemeente / another organisation / another inburgeraar), with the
// ONE status each cell must get. `ok` is the operation's answer to a caller it permits (`status`, by default 200, and
// 201 for a POST); every permitted write runs on a dossier arranged for that cell alone (`vers`), so its answer does not
// depend on the cells before it. `-` is a cell that does not exist (a gemeente role of another organisation, an
// inburgeraar of another gemeente).

type Cel = 'ok' | 401 | 403 | 404 | '-';
/** What a permitted write needs on its fresh dossier, besides the aanmelding and the woningtoewijzing. */
type Vereiste =
  | 'zonderWoning'
  | 'regeldag'
  | 'checklistGeregeld'
  | 'toestemming'
  | 'verwijzing'
  | 'agendapunt'
  | 'toewijzing'
  | 'afspraak'
  | 'plan'
  | 'vraag'
  | 'groepsactiviteit'
  | 'inschrijving';
type Perspectief = 'eigen' | 'andereGemeente' | 'andereOrganisatie' | 'andereInburgeraar';
const PERSPECTIEVEN: Perspectief[] = ['eigen', 'andereGemeente', 'andereOrganisatie', 'andereInburgeraar'];

interface Operatie {
  /** What the caller may do on the own dossier, per role; every other role with a relation gets 403. */
  mag: readonly Rol[];
  /** The answer of a role without a relation to the dossier (default 404: never reveal that it exists). */
  buiten?: Partial<Record<Perspectief, Cel>>;
  /** The answer to a role of the own dossier that may not (default 403), per role where it differs. */
  anders?: Partial<Record<Rol, Cel>>;
  body?: (rol: Rol, ids: Opzet['ids']) => unknown;
  query?: string;
  /** The answer to a permitted caller, when it is not 200 (201 for a POST). */
  status?: number;
  /** A write: each permitted cell runs on its own fresh dossier with these (undefined: the shared dossier). */
  vers?: readonly Vereiste[];
  /** The role is checked before the gemeente: a role that may not is 403 from anywhere (the access log). */
  rolEerst?: boolean;
  /**
   * Issue 22 item 10: what a referral partner of the own gemeente gets (default: 404 on a path of a person, it has no
   * relation to any dossier; 403 on a gemeente-wide route, where it is known in the gemeente but may not).
   */
  partner?: Cel;
}

const G = GEMEENTE_ROLLEN;
const U = UITVOERING_ROLLEN;
/** Issue 22 item 10: a referral partner role per naar (the shared dossier's referral goes to schuldhulpverlening). */
const P = VERWIJSPARTNER_ROLLEN;
const SCHULDHULP: Rol[] = ['partner-schuldhulpverlening'];
const ALLEN = ROLLEN;
const BESLISSERS: Rol[] = ['teamleider', 'maatschappelijk-begeleider'];
const PARTNERS: Rol[] = ['inburgeringsconsulent', 'inkomensconsulent', 'wmo-consulent'];
const isPartner = (rol: Rol) => (P as readonly Rol[]).includes(rol);
/**
 * The roles the matrix runs: all, except that of the eight referral partner roles (one per naar, the same code path)
 * it runs the one the shared referral went to and one other; every role x naar is decided in
 * services/sociaal-domein/test/domain/verwijzing.test.ts ("magStap").
 */
const MATRIX_ROLLEN: readonly Rol[] = ROLLEN.filter(
  (r) => !isPartner(r) || r === 'partner-schuldhulpverlening' || r === 'partner-ggz',
);
const MATRIX_PARTNERS = MATRIX_ROLLEN.filter(isPartner);
/** The uitvoering roles at the casuistiekoverleg: not the vrijwilliger (its agenda lists cases not assigned to them). */
const OVERLEG_U: Rol[] = U.filter((r) => r !== 'vrijwilliger');
const gister = () => plusDagen(vandaag(), -1);
const morgen = () => plusDagen(vandaag(), 1);
/** Staff record a consent (or its withdrawal) on the inburgeraar's behalf, saying how it was given. */
const namens = (rol: Rol) => (rol === 'inburgeraar' ? {} : { vastgelegd: { wijze: 'papier' } });
/** A gemeente-wide operation: the inburgeraar (no gemeenten in the token) is outside it. */
const gemeenteBreed = { anders: { inburgeraar: 404 as Cel } };

const MATRIX: Record<string, Operatie> = {
  'GET /health': { mag: ALLEN, buiten: { andereGemeente: 'ok', andereOrganisatie: 'ok', andereInburgeraar: 'ok' } },
  'GET /v1/openapi.json': {
    mag: ALLEN,
    buiten: { andereGemeente: 'ok', andereOrganisatie: 'ok', andereInburgeraar: 'ok' },
  },
  // a referral partner is neither gemeente nor MB staff: the profile service does not know it (404)
  'GET /v1/gemeenten/{cbs}/profiel': { mag: [...G, ...U], ...gemeenteBreed, partner: 404 },
  // The deployment's verwerkingsregister: every staff role and the inburgeraar; it names no person or gemeente.
  'GET /v1/verwerkingsactiviteiten': {
    mag: ALLEN,
    buiten: { andereGemeente: 'ok', andereOrganisatie: 'ok', andereInburgeraar: 'ok' },
  },
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
  'POST /v1/inburgeraars/{id}/woningtoewijzing': {
    vers: ['zonderWoning'],
    mag: ['inburgeringsconsulent'],
    status: 200,
    body: () => ({ datum: gister() }),
  },
  'POST /v1/inburgeraars/{id}/brp-inschrijving': {
    vers: [],
    mag: ['inburgeringsconsulent'],
    status: 200,
    body: () => ({ datum: gister() }),
  },
  'GET /v1/inburgeraars/{id}': { mag: ALLEN },
  'GET /v1/inburgeraars': {
    mag: [...G, ...U],
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': {
    vers: [],
    mag: ['inburgeringsconsulent'],
    body: () => ({ uitvoeringsorganisatie: 'vluchtelingenwerk', datum: gister() }),
  },
  // Issue 23: a move within the deployment (Den Haag to Rotterdam), on a dossier registered today.
  'POST /v1/inburgeraars/{id}/verhuizing': {
    vers: [],
    mag: ['inburgeringsconsulent'],
    status: 200,
    body: () => ({ naarGemeente: '0599', datum: vandaag() }),
  },
  'POST /v1/inburgeraars/{id}/inburgering': {
    vers: [],
    mag: ['inburgeringsconsulent'],
    status: 200,
    body: () => ({ soort: 'eerste-taalles', datum: gister() }),
  },
  'GET /v1/inburgeraars/{id}/tijdlijn': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/regeldag': { vers: [], mag: U, body: () => ({ datum: gister() }) },
  'GET /v1/inburgeraars/{id}/regeldag': { mag: ALLEN },
  'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': {
    vers: ['regeldag'],
    mag: U,
    body: () => ({ status: 'geregeld' }),
  },
  'POST /v1/inburgeraars/{id}/opstartfase/afronding': {
    vers: ['regeldag', 'checklistGeregeld'],
    mag: U,
    status: 200,
    body: () => ({ datum: vandaag() }),
  },
  'GET /v1/inburgeraars/{id}/traject': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/meetmomenten': {
    vers: [],
    mag: U,
    body: () => ({ datum: gister(), scores: { wonen: 3 } }),
  },
  'POST /v1/inburgeraars/{id}/contactmomenten': {
    vers: [],
    mag: U,
    body: () => ({ datum: gister(), vorm: 'telefoon', duurMinuten: 15 }),
  },
  'POST /v1/inburgeraars/{id}/historie': {
    vers: [],
    mag: U,
    body: () => ({
      contactmomenten: [{ datum: gister(), vorm: 'telefoon', duurMinuten: 15 }],
      meetmomenten: [{ datum: gister(), scores: { wonen: 3 } }],
    }),
  },
  'POST /v1/inburgeraars/{id}/voortgangsrapportages': {
    vers: [],
    mag: U,
    body: () => ({ datum: gister(), tekst: 'Gaat goed met de taalles en het vrijwilligerswerk' }),
  },
  'POST /v1/inburgeraars/{id}/verlenging': {
    vers: [],
    mag: BESLISSERS,
    body: () => ({ maanden: 6, reden: 'ziekte', verzoekVanInburgeraar: { datum: gister() } }),
    // Den Haag extends once by 6 months, on the inburgeraar's request (its profile)
    status: 200,
  },
  // Issue 22 item 3: Roermond's form with the regular services; Den Haag's profile gives none, so a permitted caller
  // gets the domain's 422, always
  'GET /v1/inburgeraars/{id}/afronding/dienstverleners': { mag: [...U, 'inburgeraar'], status: 422 },
  'POST /v1/inburgeraars/{id}/afronding': {
    vers: [],
    status: 200,
    mag: BESLISSERS,
    body: () => ({ datum: vandaag(), soort: 'eindgesprek' }),
  },
  'PUT /v1/inburgeraars/{id}/begeleider': {
    vers: [],
    mag: BESLISSERS,
    body: () => ({ begeleiderId: 'mb-0518', soort: 'betaald' }),
  },
  'POST /v1/inburgeraars/{id}/begeleiders': {
    vers: [],
    mag: BESLISSERS,
    body: () => ({ begeleiderId: 'mb-0518', rol: 'opstart', dienstverband: 'betaald' }),
  },
  'GET /v1/inburgeraars/{id}/begeleiders': { mag: [...U, 'inburgeraar'] },
  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': {
    vers: ['toewijzing'],
    mag: BESLISSERS,
    status: 200,
    // the toewijzing was arranged today: it ends today at the earliest
    body: () => ({ datum: vandaag(), reden: 'opstartfase-afgerond' }),
  },
  'POST /v1/inburgeraars/{id}/afspraken': { vers: [], mag: U, body: () => ({ datum: morgen() }) },
  'GET /v1/inburgeraars/{id}/afspraken': { mag: [...U, 'inburgeraar'] },
  // Issue 22 item 1: a planned afspraak moves to another day (never a past one), its history kept
  'POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing': {
    vers: ['afspraak'],
    status: 200,
    mag: U,
    body: () => ({ datum: plusDagen(vandaag(), 5) }),
  },
  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': {
    vers: ['afspraak'],
    mag: U,
    body: () => ({ status: 'afgezegd', afgezegdDoor: 'inburgeraar' }),
  },
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': {
    vers: [],
    mag: U,
    body: (_, ids) => ({
      datum: gister(),
      leefgebieden: [
        {
          leefgebied: 'wonen',
          doelen: [{ ...(ids.doelId ? { doelId: ids.doelId } : {}), omschrijving: 'Huur op tijd' }],
        },
      ],
    }),
  },
  'GET /v1/inburgeraars/{id}/begeleidingsplan': { mag: [...U, 'inburgeraar'] },
  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': {
    vers: ['plan'],
    mag: U,
    body: (_, ids) => ({ datum: gister(), moment: 'meetmoment', doelen: [{ doelId: ids.doelId, status: 'bezig' }] }),
  },
  'GET /v1/begeleiding/caseload': {
    mag: BESLISSERS,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'GET /v1/begeleiding/bellijst': {
    mag: U,
    // Den Haag's profile keeps no bellijst: a permitted caller gets the domain's 422, always
    status: 422,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  // Issue 22 items 1 and 2: who has no next afspraak (the begeleider takes the initiative), whose ending waits
  'GET /v1/begeleiding/zonder-afspraak': {
    mag: U,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  'GET /v1/begeleiding/afronding-open': {
    mag: BESLISSERS,
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
  'GET /v1/begeleiding/nabellen': {
    mag: U,
    // Den Haag's profile does not phone who stays away from a spreekuur (Tholen and Roermond do): 422, always
    status: 422,
    ...gemeenteBreed,
    query: 'gemeente=0518',
    buiten: { andereOrganisatie: 'ok' },
  },
  // Issue 22 item 5: group activities per gemeente (organised by the organisation doing MB there), enrolment and
  // attendance per inburgeraar.
  'POST /v1/gemeenten/{cbs}/groepsactiviteiten': {
    mag: U,
    ...gemeenteBreed,
    buiten: { andereOrganisatie: 403 },
    body: () => ({ aanbod: 'groepsvoorlichting', bijeenkomsten: [gister()] }),
  },
  'GET /v1/gemeenten/{cbs}/groepsactiviteiten': {
    mag: [...G, ...U],
    ...gemeenteBreed,
    buiten: { andereOrganisatie: 403 },
  },
  'POST /v1/inburgeraars/{id}/groepsactiviteiten': {
    vers: ['groepsactiviteit'],
    mag: U,
    body: (_, ids) => ({ activiteitId: ids.activiteitId ?? 'geen' }),
  },
  'GET /v1/inburgeraars/{id}/groepsactiviteiten': { mag: [...U, 'inburgeraar'] },
  'PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid': {
    vers: ['groepsactiviteit', 'inschrijving'],
    mag: U,
    body: () => ({ datum: gister(), aanwezig: true }),
  },
  'POST /v1/inburgeraars/{id}/signalen': {
    vers: [],
    mag: U,
    body: () => ({ datum: gister(), soort: 'wonen', urgentie: 'laag', toelichting: 'Schimmel in de badkamer' }),
  },
  'POST /v1/inburgeraars/{id}/verwijzingen': {
    vers: [],
    mag: U,
    body: () => ({ naar: 'veilig-thuis', toelichting: 'Zorgen over de veiligheid thuis' }),
  },
  'GET /v1/inburgeraars/{id}/verwijzingen': { mag: [...G, ...U] },
  // Issue 22 item 10: the partner it went to (schuldhulpverlening), not any consulent of the gemeente.
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie': {
    vers: ['toestemming', 'verwijzing'],
    status: 200,
    mag: SCHULDHULP,
    body: () => ({}),
  },
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing': {
    vers: ['toestemming', 'verwijzing'],
    status: 200,
    mag: SCHULDHULP,
    body: () => ({ reden: 'Geen capaciteit', redenCode: 'capaciteit' }),
  },
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding': {
    vers: ['toestemming', 'verwijzing'],
    status: 200,
    mag: [...SCHULDHULP, ...U],
    body: () => ({}),
  },
  'POST /v1/inburgeraars/{id}/warme-overdracht': {
    vers: [],
    mag: U,
    body: () => ({ naar: 'wijkteam', datum: gister() }),
  },
  'POST /v1/casuistiekoverleg/{cbs}/agenda': {
    vers: [],
    mag: OVERLEG_U,
    ...gemeenteBreed,
    body: () => ({ inburgeraarId: 'DOSSIER', datum: morgen() }),
  },
  'GET /v1/casuistiekoverleg/{cbs}/agenda': { mag: [...PARTNERS, ...OVERLEG_U], ...gemeenteBreed },
  'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': {
    vers: ['agendapunt'],
    mag: [...PARTNERS, ...OVERLEG_U],
    ...gemeenteBreed,
    body: () => ({ vervolg: 'binnen-inburgering' }),
  },
  'POST /v1/inburgeraars/{id}/vragen': {
    vers: [],
    mag: ['inburgeringsconsulent'],
    body: () => ({ onderwerp: 'examen', vraag: 'Kan de begeleider helpen met de voorbereiding op het examen?' }),
  },
  'GET /v1/inburgeraars/{id}/vragen': { mag: [...G, ...U] },
  'POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord': {
    vers: ['vraag'],
    mag: U,
    body: () => ({ antwoord: 'Ja, we oefenen elke week samen.' }),
  },
  'POST /v1/inburgeraars/{id}/toestemmingen': {
    vers: [],
    mag: ['inburgeraar', ...U],
    body: (rol) => ({
      ...namens(rol),
      ontvanger: { gemeente: '0518' },
      categorieen: ['contactmomenten'],
      doel: 'regie',
      taal: 'ti',
      tekstversie: 'v1',
    }),
  },
  'GET /v1/inburgeraars/{id}/toestemmingen': { mag: ALLEN },
  'POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking': {
    vers: ['toestemming'],
    mag: ['inburgeraar', ...U],
    status: 200,
    body: (rol) => namens(rol),
  },
  'GET /v1/inburgeraars/{id}/voortgang': { mag: G },
  'GET /v1/inburgeraars/{id}/verwerkingen': { mag: ['inburgeraar', 'functionaris-gegevensbescherming'] },
  // Issue 13: the regie monitor, for a gemeente's beleidsmedewerker and inburgeringsconsulent. Another gemeente is 404
  // (the tenancy rule, checked first); an organisation's staff of the gemeente are 403.
  ...Object.fromEntries(
    INDICATORSETS.map((set) => [
      `GET /v1/regie/${set}`,
      {
        mag: ['beleidsmedewerker', 'inburgeringsconsulent'],
        query: 'gemeente=0518',
        anders: { inburgeraar: 404 },
        buiten: { andereOrganisatie: 403 },
      } satisfies Operatie,
    ]),
  ),
  // Issue 19: the inzage (AVG art. 15) for the person and the FG; erasure on error by the inburgeringsconsulent (each
  // permitted cell on a fresh dossier: it destroys it); the informatiebeheerder's vernietigingslijst and the verslagen.
  // The inzage keeps no toewijzingen: every vrijwilliger is outside its reach (404, as API.md's need to know asks).
  'GET /v1/inburgeraars/{id}/inzage': {
    mag: ['inburgeraar', 'functionaris-gegevensbescherming'],
    anders: { vrijwilliger: 404 },
  },
  'POST /v1/inburgeraars/{id}/verwijdering': {
    mag: ['inburgeringsconsulent'],
    ...gemeenteBreed,
    // an uitvoering role may never erase: 403 from anywhere, which reveals nothing of the dossier
    buiten: { andereOrganisatie: 403 },
    // the role is checked first: a referral partner may never erase (403)
    partner: 403,
    body: () => ({ reden: 'dubbel' }),
    status: 202,
    vers: [],
  },
  'GET /v1/vernietigingslijst': {
    mag: ['informatiebeheerder'],
    query: 'gemeente=0518',
    ...gemeenteBreed,
    buiten: { andereOrganisatie: 403 },
  },
  'GET /v1/vernietigingsverslagen': {
    mag: ['informatiebeheerder', 'functionaris-gegevensbescherming'],
    query: 'gemeente=0518',
    ...gemeenteBreed,
    buiten: { andereOrganisatie: 403 },
  },
  // Issue 20: the access log, for the gemeente's FG (its gemeenten) and a teamleider (its own staff, so another
  // organisation's teamleider gets its own, empty, log); nobody else (403, whatever the gemeente); another gemeente 404.
  ...Object.fromEntries(
    ['GET /v1/toegangslog', 'GET /v1/toegangslog/signaleringen'].map((sleutel) => [
      sleutel,
      {
        mag: ['functionaris-gegevensbescherming', 'teamleider'],
        query: 'gemeente=0518',
        rolEerst: true,
        buiten: { andereOrganisatie: 'ok' },
      } satisfies Operatie,
    ]),
  ),
};

/**
 * Routes whose permitted answer needs more than a dossier (a person due for destruction, a subscription of the
 * caller's organisation): their roles, tenancy and 403/404 are tested where that state is made.
 */
const ELDERS: Record<string, string> = {
  'POST /v1/vernietigingslijst/{inburgeraarId}/akkoord': 'services/archief/test/integration, test/e2e/vernietiging',
  'POST /v1/vernietigingslijst/{inburgeraarId}/uitstel': 'services/archief/test/integration, test/e2e/vernietiging',
  'POST /v1/abonnementen': 'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
  // No token: the hand-over of a move from another deployment, authenticated by its signature.
  'POST /v1/verhuizingen': 'test/e2e/verhuizing.test.ts',
  'GET /v1/abonnementen': 'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
  'GET /v1/abonnementen/{id}': 'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
  'DELETE /v1/abonnementen/{id}': 'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
  'GET /v1/abonnementen/{id}/afleveringen': 'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
  'POST /v1/abonnementen/{id}/afleveringen/{notificatieId}/opnieuw':
    'services/abonnementen/test/http.test.ts, test/e2e/abonnementen.test.ts',
};

/** The expected answer of one cell, from the operation's data. */
function verwacht(sleutel: string, op: Operatie, rol: Rol, perspectief: Perspectief): Cel {
  const isInburgeraar = rol === 'inburgeraar';
  const isGemeente = (G as readonly Rol[]).includes(rol) || isPartner(rol);
  const bestaat =
    perspectief === 'eigen' ||
    (perspectief === 'andereGemeente' && !isInburgeraar) ||
    (perspectief === 'andereOrganisatie' && !isInburgeraar && !isGemeente) ||
    (perspectief === 'andereInburgeraar' && isInburgeraar);
  if (!bestaat) return '-';
  // Need to know (issue 20): a beleidsmedewerker sees aggregates only, never a person's path or a list of persons.
  if (rol === 'beleidsmedewerker' && PERSOONS_ROUTES.has(sleutel)) return 403;
  if (op.rolEerst && !op.mag.includes(rol)) return op.anders?.[rol] ?? 403;
  if (perspectief !== 'eigen') {
    const buiten = op.buiten?.[perspectief] ?? 404;
    return buiten === 'ok' && !op.mag.includes(rol) ? (op.anders?.[rol] ?? 403) : buiten;
  }
  const vanPersoon = sleutel.includes('/v1/inburgeraars/{id}');
  // a partner relates to no dossier: what every role may read of a person is not the partner's
  if (isPartner(rol) && (!op.mag.includes(rol) || (op.mag === ALLEN && vanPersoon))) {
    return op.partner ?? op.anders?.[rol] ?? (vanPersoon ? 404 : 403);
  }
  return op.mag.includes(rol) ? 'ok' : (op.anders?.[rol] ?? 403);
}

let p: TestPlatform;
let d: Dossier;
let ander: Dossier;

/** A dossier and the ids of what was arranged on it. */
interface Opzet {
  d: Dossier;
  ids: Partial<
    Record<
      | 'item'
      | 'toestemmingId'
      | 'verwijzingId'
      | 'agendapuntId'
      | 'toewijzingId'
      | 'afspraakId'
      | 'doelId'
      | 'vraagId'
      | 'activiteitId',
      string
    >
  >;
}
let gedeeld: Opzet;

/** The `sub` of the matrix's vrijwilliger of the own organisation, assigned to every dossier `zetOp` arranges. */
const VRIJWILLIGER = 'vrijwilliger-vluchtelingenwerk';

const claims = (rol: Rol, perspectief: Perspectief, eigen: Dossier = d) => {
  if (rol === 'inburgeraar') return { sub: perspectief === 'eigen' ? eigen.id : ander.id, rol };
  if (isPartner(rol)) {
    const cbs = perspectief === 'eigen' ? '0518' : '0014';
    return { sub: `${rol}-${cbs}`, rol, org: `${rol}-organisatie`, gemeenten: [cbs] };
  }
  if ((G as readonly Rol[]).includes(rol)) {
    const cbs = perspectief === 'eigen' ? '0518' : '0014';
    return { sub: `${rol}-${cbs}`, rol, org: `gemeente-${cbs}`, gemeenten: [cbs] };
  }
  if (perspectief === 'andereGemeente') return { sub: `${rol}-hum`, rol, org: 'humanitas', gemeenten: ['0014'] };
  const org = perspectief === 'andereOrganisatie' ? 'humanitas' : 'vluchtelingenwerk';
  return { sub: `${rol}-${org}`, rol, org, gemeenten: ['0518'] };
};

const concreet = (sleutel: string, { d: dossier, ids }: Opzet) =>
  sleutel
    .slice(sleutel.indexOf(' ') + 1)
    .replace('{id}', dossier.id)
    .replace('{inburgeraarId}', dossier.id)
    .replace('{cbs}', '0518')
    .replace('{item}', ids.item ?? '')
    .replace('{verwijzingId}', ids.verwijzingId ?? '')
    .replace('{toestemmingId}', ids.toestemmingId ?? '')
    .replace('{agendapuntId}', ids.agendapuntId ?? '')
    .replace('{toewijzingId}', ids.toewijzingId ?? '')
    .replace('{afspraakId}', ids.afspraakId ?? '')
    .replace('{vraagId}', ids.vraagId ?? '')
    .replace('{activiteitId}', ids.activiteitId ?? 'geen');

/** The status a cell expects: `ok` is the operation's own answer to a permitted caller. */
const statusVan = (sleutel: string, op: Operatie, cel: Cel): Cel | number =>
  cel !== 'ok' ? cel : (op.status ?? (sleutel.startsWith('POST ') ? 201 : 200));

/** A Den Haag dossier with what `vereist` names arranged on it (in the order the domain needs). */
async function zetOp(vereist: readonly Vereiste[]): Promise<Opzet> {
  const dossier = await nieuwDossier(p, '0518', 'vluchtelingenwerk', { woning: !vereist.includes('zonderWoning') });
  const ids: Opzet['ids'] = {};
  // The matrix's vrijwilliger (its token's sub, see `claims`) is assigned to every dossier: API.md lets a vrijwilliger
  // read only the inburgeraars assigned to them (the test below: one who is not assigned gets 404 everywhere).
  const maatje = await p.api('POST', `/v1/inburgeraars/${dossier.id}/begeleiders`, {
    token: dossier.begeleider,
    body: { begeleiderId: VRIJWILLIGER, rol: 'maatje', dienstverband: 'vrijwilliger' },
  });
  if (maatje.status !== 201) throw new Error(`arrange vrijwilliger: ${maatje.status}`);
  await p.settled();
  const verwacht = async (res: ReturnType<TestPlatform['api']>, wat: string) => {
    const r = await res;
    if (r.status !== 201) throw new Error(`arrange ${wat}: ${r.status}`);
    return r.body;
  };
  if (vereist.includes('regeldag')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/regeldag`, {
        token: dossier.begeleider,
        body: { datum: gister() },
      }),
      'regeldag',
    );
    ids.item = r.checklist[0].item;
    if (vereist.includes('checklistGeregeld')) {
      for (const { item } of r.checklist as { item: string }[]) {
        const pad = `/v1/inburgeraars/${dossier.id}/regeldag/checklist/${item}`;
        const res = await p.api('PATCH', pad, { token: dossier.begeleider, body: { status: 'geregeld' } });
        if (res.status !== 200) throw new Error(`arrange checklist ${item}: ${res.status}`);
      }
    }
  }
  if (vereist.includes('toestemming')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/toestemmingen`, {
        token: dossier.inburgeraar,
        body: {
          ontvanger: { gemeente: '0518' },
          categorieen: ['verwijzing'],
          doel: 'verwijzing',
          taal: 'ti',
          tekstversie: 'v1',
        },
      }),
      'toestemming',
    );
    ids.toestemmingId = r.toestemmingId;
    await p.settled();
  }
  if (vereist.includes('verwijzing')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/verwijzingen`, {
        token: dossier.begeleider,
        body: { naar: 'schuldhulpverlening', toelichting: 'Achterstand bij de energieleverancier' },
      }),
      'verwijzing',
    );
    ids.verwijzingId = r.verwijzingId;
    await p.settled();
  }
  if (vereist.includes('agendapunt')) {
    const r = await verwacht(
      p.api('POST', '/v1/casuistiekoverleg/0518/agenda', {
        token: dossier.begeleider,
        body: { inburgeraarId: dossier.id, datum: morgen() },
      }),
      'agendapunt',
    );
    ids.agendapuntId = r.agendapuntId;
  }
  if (vereist.includes('toewijzing')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/begeleiders`, {
        token: dossier.begeleider,
        body: { begeleiderId: 'rs-0518', rol: 'regeldagspecialist', dienstverband: 'betaald' },
      }),
      'toewijzing',
    );
    ids.toewijzingId = r.toewijzingId;
  }
  if (vereist.includes('afspraak')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/afspraken`, {
        token: dossier.begeleider,
        body: { datum: morgen() },
      }),
      'afspraak',
    );
    ids.afspraakId = r.afspraakId;
  }
  if (vereist.includes('plan')) {
    const r = await p.api('PUT', `/v1/inburgeraars/${dossier.id}/begeleidingsplan`, {
      token: dossier.begeleider,
      body: { datum: gister(), leefgebieden: [{ leefgebied: 'wonen', doelen: [{ omschrijving: 'Huur op tijd' }] }] },
    });
    if (r.status !== 200) throw new Error(`arrange plan: ${r.status}`);
    ids.doelId = r.body.leefgebieden[0].doelen[0].doelId;
  }
  if (vereist.includes('vraag')) {
    const r = await verwacht(
      p.api('POST', `/v1/inburgeraars/${dossier.id}/vragen`, {
        token: dossier.consulent,
        body: { onderwerp: 'school-kinderen', vraag: 'Gaan de kinderen naar school?' },
      }),
      'vraag',
    );
    ids.vraagId = r.vraagId;
  }
  if (vereist.includes('groepsactiviteit')) {
    const r = await verwacht(
      p.api('POST', '/v1/gemeenten/0518/groepsactiviteiten', {
        token: dossier.begeleider,
        body: { aanbod: 'groepsvoorlichting', bijeenkomsten: [gister()] },
      }),
      'groepsactiviteit',
    );
    ids.activiteitId = r.activiteitId;
    if (vereist.includes('inschrijving')) {
      await verwacht(
        p.api('POST', `/v1/inburgeraars/${dossier.id}/groepsactiviteiten`, {
          token: dossier.begeleider,
          body: { activiteitId: r.activiteitId },
        }),
        'inschrijving',
      );
    }
  }
  return { d: dossier, ids };
}

beforeAll(async () => {
  p = await startPlatform({ logLevel: 'WARN' });
  ander = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  gedeeld = await zetOp([
    'regeldag',
    'toestemming',
    'verwijzing',
    'agendapunt',
    'toewijzing',
    'afspraak',
    'plan',
    'vraag',
    'groepsactiviteit',
    'inschrijving',
  ]);
  d = gedeeld.d;
}, 180_000);
afterAll(() => p?.stop());

describe('the authorisation matrix', () => {
  it('covers every route of the HTTP route table', () => {
    const routes = HTTP_ROUTES.map(routeKey).sort();
    const zonderRegel = routes.filter(
      (r) => !MATRIX[r] && !ELDERS[r] && r !== 'GET /health' && r !== 'GET /v1/openapi.json',
    );
    expect(zonderRegel, 'add a row to MATRIX in test/e2e/autorisatie.test.ts').toEqual([]);
  });

  it('answers every cell as the matrix says (denials first, so the dossier is unchanged when they run)', async () => {
    // Arrange
    const cellen = Object.entries(MATRIX).flatMap(([sleutel, op]) =>
      MATRIX_ROLLEN.flatMap((rol) => PERSPECTIEVEN.map((perspectief) => ({ sleutel, op, rol, perspectief }))),
    );
    const uitgevoerd = cellen
      .map((c) => ({ ...c, verwacht: verwacht(c.sleutel, c.op, c.rol, c.perspectief) }))
      .filter((c) => c.verwacht !== '-')
      .sort((a, b) => Number(a.verwacht === 'ok') - Number(b.verwacht === 'ok'));
    const afwijkingen: string[] = [];
    // Act: denials on the shared dossier (unchanged by them); each permitted write on a dossier of its own
    for (const c of uitgevoerd) {
      const method = c.sleutel.slice(0, c.sleutel.indexOf(' '));
      const opzet = c.verwacht === 'ok' && c.op.vers ? await zetOp(c.op.vers) : gedeeld;
      const token = await p.token(claims(c.rol, c.perspectief, opzet.d));
      const body = c.op.body?.(c.rol, opzet.ids);
      const res = await p.api(method, `${concreet(c.sleutel, opzet)}${c.op.query ? `?${c.op.query}` : ''}`, {
        token,
        ...(body !== undefined ? { body: JSON.parse(JSON.stringify(body).replace('DOSSIER', opzet.d.id)) } : {}),
      });
      const verwachtStatus = statusVan(c.sleutel, c.op, c.verwacht);
      if (res.status !== verwachtStatus)
        afwijkingen.push(
          `${c.sleutel} | ${c.rol} | ${c.perspectief}: ${res.status} ${res.body?.type ?? ''}, expected ${verwachtStatus}`,
        );
    }
    // Assert
    // every gemeente and partner role x 2 + every uitvoering role x 3 + the inburgeraar x 2 cells per operation
    expect(uitgevoerd.length).toBe(
      Object.keys(MATRIX).length * ((G.length + MATRIX_PARTNERS.length) * 2 + U.length * 3 + 2),
    );
    expect(afwijkingen).toEqual([]);
  }, 900_000);
});

describe('a vrijwilliger reads only the inburgeraars assigned to them (API.md need to know)', () => {
  it('answers a vrijwilliger of the own organisation who is not assigned as one of another organisation (404) on every person route', async () => {
    // Arrange: the shared dossier, with every kind of item; a vrijwilliger of its organisation not assigned to it
    const token = await p.token({
      sub: 'vrijwilliger-elders',
      rol: 'vrijwilliger',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
    });
    const routes = Object.entries(MATRIX).filter(([sleutel]) => sleutel.includes(' /v1/inburgeraars/{id}'));
    expect(routes.length).toBeGreaterThan(30);
    const afwijkingen: string[] = [];
    // Act
    for (const [sleutel, op] of routes) {
      const method = sleutel.slice(0, sleutel.indexOf(' '));
      const body = op.body?.('vrijwilliger', gedeeld.ids);
      const res = await p.api(method, `${concreet(sleutel, gedeeld)}${op.query ? `?${op.query}` : ''}`, {
        token,
        ...(body !== undefined ? { body: JSON.parse(JSON.stringify(body).replace('DOSSIER', gedeeld.d.id)) } : {}),
      });
      // Exactly as a vrijwilliger of another organisation: 404 wherever the dossier decides, never its content.
      const cel = verwacht(sleutel, op, 'vrijwilliger', 'andereOrganisatie');
      const status = cel === '-' ? 404 : statusVan(sleutel, op, cel);
      const probleem = res.headers.get('content-type') === 'application/problem+json';
      if (res.status !== status || (status >= 400 && !probleem))
        afwijkingen.push(`${sleutel}: ${res.status}, expected ${status}`);
    }
    // Assert
    expect(afwijkingen).toEqual([]);
  }, 120_000);
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
