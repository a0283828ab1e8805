import type * as z from 'zod/mini';
import {
  inburgeraarLijstResponse,
  inburgeraarResponse,
  overdrachtOntvangenResponse,
  tijdlijnResponse,
} from '../api/aanmelding-responses';
import { abonnementenResponse, abonnementWeergave, afleveringenResponse, opnieuwResponse } from '../api/abonnementen';
import {
  uitstelResponse,
  vernietigingslijstResponse,
  vernietigingsverslagenResponse,
  verslagIdResponse,
} from '../api/archief-responses';
import {
  afrondingOpenResponse,
  bellijstResponse,
  caseloadResponse,
  contactmomentResponse,
  dienstverlenersformulierResponse,
  historieResponse,
  meetmomentResponse,
  nietGezienResponse,
  rapportageResponse,
  trajectResponse,
  zonderAfspraakResponse,
} from '../api/begeleiding-responses';
import { inzageResponse } from '../api/inzage-responses';
import {
  afspraakResponse,
  afsprakenResponse,
  begeleidingsplanResponse,
  evaluatieResponse,
  toewijzingenResponse,
  toewijzingResponse,
} from '../api/plan-responses';
import {
  groepsactiviteitenResponse,
  groepsactiviteitWeergave,
  inschrijvingenResponse,
  inschrijvingWeergave,
  nabellenResponse,
} from '../api/praktijk-responses';
import {
  gemeenteProfielResponse,
  healthResponse,
  openApiResponse,
  verwerkingsactiviteitenResponse,
} from '../api/profiel-responses';
import { regeldagResponse } from '../api/regeldag-responses';
import { regieResponse } from '../api/regie-responses';
import {
  agendapuntResponse,
  agendapuntWeergave,
  agendaResponse,
  signaalResponse,
  verwijzingAangemaaktResponse,
  verwijzingenResponse,
  verwijzingStapResponse,
  vraagWeergave,
  vragenResponse,
  warmeOverdrachtResponse,
} from '../api/sociaal-domein-responses';
import { signaleringenResponse, toegangslogResponse } from '../api/toegangslog-responses';
import {
  intrekkingResponse,
  toestemmingenResponse,
  toestemmingWeergave,
  verwerkingenResponse,
  voortgangResponse,
} from '../api/toestemming-responses';
import { INDICATORSETS, type Indicatorset } from '../events/regie';

/** The named response schemas of the document (components.schemas), so a generated client has named types. */
export const SCHEMA_NAMEN = new Map<z.ZodMiniType, string>([
  [healthResponse, 'Health'],
  [openApiResponse, 'OpenApiDocument'],
  [gemeenteProfielResponse, 'GemeenteProfiel'],
  [verwerkingsactiviteitenResponse, 'Verwerkingsactiviteiten'],
  [inburgeraarResponse, 'Inburgeraar'],
  [inburgeraarLijstResponse, 'InburgeraarLijst'],
  [tijdlijnResponse, 'Tijdlijn'],
  [overdrachtOntvangenResponse, 'OverdrachtOntvangen'],
  [regeldagResponse, 'Regeldag'],
  [trajectResponse, 'Traject'],
  [meetmomentResponse, 'MeetmomentAangemaakt'],
  [contactmomentResponse, 'ContactmomentAangemaakt'],
  [historieResponse, 'HistorieAangemaakt'],
  [rapportageResponse, 'RapportageAangemaakt'],
  [toewijzingResponse, 'Toewijzing'],
  [toewijzingenResponse, 'ToewijzingLijst'],
  [afspraakResponse, 'Afspraak'],
  [afsprakenResponse, 'AfspraakLijst'],
  [begeleidingsplanResponse, 'Begeleidingsplan'],
  [evaluatieResponse, 'PlanEvaluatie'],
  [caseloadResponse, 'Caseload'],
  [bellijstResponse, 'Bellijst'],
  [nietGezienResponse, 'NietGezien'],
  [nabellenResponse, 'Nabellen'],
  [groepsactiviteitWeergave, 'Groepsactiviteit'],
  [groepsactiviteitenResponse, 'GroepsactiviteitLijst'],
  [inschrijvingWeergave, 'Groepsinschrijving'],
  [inschrijvingenResponse, 'GroepsinschrijvingLijst'],
  [zonderAfspraakResponse, 'ZonderAfspraak'],
  [afrondingOpenResponse, 'AfrondingOpen'],
  [dienstverlenersformulierResponse, 'Dienstverlenersformulier'],
  [signaalResponse, 'SignaalAangemaakt'],
  [verwijzingAangemaaktResponse, 'VerwijzingAangemaakt'],
  [verwijzingenResponse, 'VerwijzingLijst'],
  [verwijzingStapResponse, 'VerwijzingStatus'],
  [warmeOverdrachtResponse, 'WarmeOverdracht'],
  [agendapuntResponse, 'AgendapuntAangemaakt'],
  [agendaResponse, 'Agenda'],
  [agendapuntWeergave, 'Agendapunt'],
  [vraagWeergave, 'Vraag'],
  [vragenResponse, 'VraagLijst'],
  [toestemmingWeergave, 'Toestemming'],
  [toestemmingenResponse, 'ToestemmingLijst'],
  [intrekkingResponse, 'Intrekking'],
  [voortgangResponse, 'Voortgang'],
  [verwerkingenResponse, 'Verwerkingen'],
  [inzageResponse, 'Inzage'],
  [regieResponse, 'RegieIndicatoren'],
  [toegangslogResponse, 'Toegangslog'],
  [signaleringenResponse, 'Signaleringen'],
  [vernietigingslijstResponse, 'Vernietigingslijst'],
  [verslagIdResponse, 'VernietigingGeaccepteerd'],
  [uitstelResponse, 'Uitstel'],
  [vernietigingsverslagenResponse, 'Vernietigingsverslagen'],
  [abonnementWeergave, 'Abonnement'],
  [abonnementenResponse, 'Abonnementen'],
  [afleveringenResponse, 'Afleveringen'],
  [opnieuwResponse, 'AfleveringOpnieuw'],
]);

export interface Operatie {
  operationId: string;
  summary: string;
  /** The schema of the success body. */
  antwoord: z.ZodMiniType;
  /** 201 Created (API.md); 200 otherwise. */
  aangemaakt?: boolean;
  /** 202 Accepted: the work goes on after the answer (a destruction). */
  geaccepteerd?: boolean;
  /** A paginated list: documents `limit` and `cursor`. */
  lijst?: boolean;
  /** 204 No Content: no body (`antwoord` is then not documented). */
  geenInhoud?: boolean;
  /** A GET that answers 422 when the gemeente's profile has no such thing. */
  domeinregel?: boolean;
  /** Also answers `text/csv` when the Accept header asks for it. */
  csv?: boolean;
  /** A longer description of the operation. */
  beschrijving?: string;
  /** A public route authenticated by a signed body (the hand-over of a move): 401 when it does not verify. */
  ondertekend?: boolean;
}

const op = (
  operationId: string,
  summary: string,
  antwoord: z.ZodMiniType,
  extra: Partial<Omit<Operatie, 'operationId' | 'summary' | 'antwoord'>> = {},
): Operatie => ({ operationId, summary, antwoord, ...extra });

/** The summary of each regie operation (issue 13). */
const REGIE_SAMENVATTINGEN: Record<Indicatorset, string> = {
  fasen: 'Regie: inburgeraars per fase and doelgroep (stand at month end), aanmeldingen per doelgroep',
  doorlooptijden: 'Regie: median and p90 days between the milestones from koppeling to the first language lesson',
  afspraken: 'Regie: afspraken planned, attended, missed and cancelled per fase',
  contacten: 'Regie: contactmomenten per fase and vorm',
  capaciteit: 'Regie: toewijzingen per dienstverband and rol, inburgeraars waiting for a maatje',
  verlengingen: 'Regie: verlengingen asked and granted',
  afrondingen: 'Regie: afrondingen by kind (eindgesprek, warme overdracht, geleidelijk)',
  verwijzingen: 'Regie: verwijzingen per partner and outcome, with the share sent back',
  toestemmingen: 'Regie: consents given and withdrawn per categorie',
};

const REGIE_BESCHRIJVING =
  'Counts per gemeente and period (`periode`: maand, kwartaal, halfjaar or jaar; default maand), computed from ' +
  'anonymous events (no personal data). Every count is rounded to a multiple of 5 through its running total, so ' +
  'months add up exactly to quarters, half years and years, and totals (of a dimension, or `gemeente: "totaal"` ' +
  'for several gemeenten) are the sums of their published parts: no difference of figures reveals a small count. ' +
  'A count that rounds to 0 is `onderdrukt` (`waarde` null, "<5"); so is a median over fewer than 5 values and a ' +
  'p90 over fewer than 10 or equal to the one largest value. vanaf/tot are widened to whole periods, at most 24. ' +
  'The answer is bounded, so it is one document, not a paginated list. For a gemeente ' +
  "organisation's beleidsmedewerker or inburgeringsconsulent; other roles 403.";

function regieOperaties(): Record<string, Operatie> {
  return Object.fromEntries(
    INDICATORSETS.map((set) => [
      `GET /v1/regie/${set}`,
      op(`regie${set.charAt(0).toUpperCase()}${set.slice(1)}`, REGIE_SAMENVATTINGEN[set], regieResponse, {
        csv: true,
        beschrijving: REGIE_BESCHRIJVING,
      }),
    ]),
  );
}

/** Every operation of the public API by route key: its id, summary and the schema of its success body. */
export const OPERATIES: Record<string, Operatie> = {
  'GET /health': op('health', 'Liveness of the platform', healthResponse),
  'GET /v1/openapi.json': op('openapi', 'This OpenAPI document', openApiResponse),
  'GET /v1/gemeenten/{cbs}/profiel': op('gemeenteProfiel', 'The MB profile of a gemeente', gemeenteProfielResponse),
  'GET /v1/verwerkingsactiviteiten': op(
    'verwerkingsactiviteiten',
    "The deployment's verwerkingsregister (AVG art. 30): every processing activity a verwerkingenlog entry can name",
    verwerkingsactiviteitenResponse,
    { lijst: true },
  ),

  'POST /v1/aanmeldingen': op('aanmelden', 'Register an inburgeraar (aanmelding)', inburgeraarResponse, {
    aangemaakt: true,
  }),
  'POST /v1/inburgeraars/{id}/woningtoewijzing': op(
    'woningtoewijzing',
    'Record the woningtoewijzing',
    inburgeraarResponse,
  ),
  'POST /v1/inburgeraars/{id}/brp-inschrijving': op(
    'brpInschrijving',
    'Record the BRP-inschrijving (legal start of MB)',
    inburgeraarResponse,
  ),
  'GET /v1/inburgeraars/{id}': op('inburgeraar', 'One inburgeraar', inburgeraarResponse),
  'GET /v1/inburgeraars': op('inburgeraars', 'The inburgeraars of a gemeente', inburgeraarLijstResponse, {
    lijst: true,
  }),
  'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': op(
    'uitvoeringsorganisatieWijzigen',
    'Assign another uitvoeringsorganisatie',
    inburgeraarResponse,
  ),
  'POST /v1/inburgeraars/{id}/verhuizing': op('verhuizing', 'Record a move to another gemeente', inburgeraarResponse, {
    beschrijving:
      'For the inburgeringsconsulent of the current gemeente. `datum` may not lie in the future nor before the ' +
      'aanmelding; the same gemeente or a gemeente no deployment of Wegwijs serves is 422. Within this deployment the ' +
      'traject continues in the new gemeente with the organisation that serves the doelgroep there; otherwise the new ' +
      "gemeente's deployment receives the hand-over (`POST /v1/verhuizingen`). Either way the old gemeente reaches " +
      'nothing of the person from then on (404), and consents given for it end.',
  }),
  'POST /v1/verhuizingen': op(
    'verhuizingOntvangen',
    'Receive the hand-over of a move from another deployment',
    overdrachtOntvangenResponse,
    {
      beschrijving:
        'Between deployments only: the body is a JWS (ES256, typ `wegwijs-verhuizing+jwt`) signed with the key of a ' +
        "deployment this one lists in `verhuizing.afzenders`, its audience this deployment's url, valid five minutes. " +
        'Its claims are the hand-over (trajectstatus and dates, the milestones of the inburgering; nothing shared on ' +
        'consent). 401 for a signature that does not verify, 422 for a gemeente the sender or this deployment does not ' +
        'serve; a repeated hand-over is answered the same.',
      ondertekend: true,
    },
  ),
  'POST /v1/inburgeraars/{id}/inburgering': op(
    'inburgeringVastleggen',
    'Record a fact of the inburgering (brede intake, PIP vastgesteld, leerroute, first language lesson)',
    tijdlijnResponse,
  ),
  'GET /v1/inburgeraars/{id}/tijdlijn': op(
    'tijdlijn',
    'The timeline from koppeling to the first language lesson, with the gaps in days',
    tijdlijnResponse,
  ),

  'POST /v1/inburgeraars/{id}/regeldag': op('regeldagPlannen', 'Plan the regeldag', regeldagResponse, {
    aangemaakt: true,
  }),
  'GET /v1/inburgeraars/{id}/regeldag': op('regeldag', 'The regeldag and its checklist', regeldagResponse),
  'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': op(
    'checklistItemBijwerken',
    'Update one checklist item',
    regeldagResponse,
  ),
  'POST /v1/inburgeraars/{id}/opstartfase/afronding': op(
    'opstartfaseAfronden',
    'Close the opstartfase',
    regeldagResponse,
  ),

  'GET /v1/inburgeraars/{id}/traject': op('traject', 'The traject of an inburgeraar', trajectResponse),
  'POST /v1/inburgeraars/{id}/meetmomenten': op('meetmoment', 'Record a meetmoment', meetmomentResponse, {
    aangemaakt: true,
  }),
  'POST /v1/inburgeraars/{id}/contactmomenten': op('contactmoment', 'Record a contactmoment', contactmomentResponse, {
    aangemaakt: true,
  }),
  'POST /v1/inburgeraars/{id}/historie': op(
    'historie',
    'Record historic contactmomenten and meetmomenten of one person (a migration)',
    historieResponse,
    {
      aangemaakt: true,
      beschrijving:
        'At most 500 items together (more: 413), each checked exactly as its single POST (the first broken one: 422 naming it, e.g. contactmomenten[3]; nothing is stored). The ids answer in the order of the request. The consent broker decides the batch as one batch; see docs/API-EXTENSIONS.md.',
    },
  ),
  'POST /v1/inburgeraars/{id}/voortgangsrapportages': op(
    'voortgangsrapportage',
    'Record a voortgangsrapportage',
    rapportageResponse,
    { aangemaakt: true },
  ),
  'POST /v1/inburgeraars/{id}/verlenging': op('verlenging', 'Extend the traject', trajectResponse),
  'POST /v1/inburgeraars/{id}/afronding': op('trajectAfronden', 'Close the traject', trajectResponse),
  'GET /v1/inburgeraars/{id}/afronding/dienstverleners': op(
    'dienstverlenersformulier',
    "The form with the regular services, in the inburgeraar's language (Roermond, report 4.3)",
    dienstverlenersformulierResponse,
    { domeinregel: true },
  ),
  'PUT /v1/inburgeraars/{id}/begeleider': op('begeleiderToewijzen', 'Assign a begeleider', trajectResponse),
  'POST /v1/inburgeraars/{id}/begeleiders': op('toewijzing', 'Assign a begeleider in a rol', toewijzingResponse, {
    aangemaakt: true,
  }),
  'GET /v1/inburgeraars/{id}/begeleiders': op(
    'toewijzingen',
    'The begeleiders of a traject, in sequence',
    toewijzingenResponse,
    {
      lijst: true,
    },
  ),
  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': op(
    'toewijzingBeeindigen',
    'End a toewijzing without a successor',
    toewijzingResponse,
  ),
  'POST /v1/inburgeraars/{id}/afspraken': op('afspraakPlannen', 'Plan a follow-up afspraak', afspraakResponse, {
    aangemaakt: true,
  }),
  'GET /v1/inburgeraars/{id}/afspraken': op('afspraken', 'The afspraken of a traject', afsprakenResponse, {
    lijst: true,
  }),
  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': op(
    'aanwezigheid',
    'Record attendance and the interpreter at an afspraak',
    afspraakResponse,
  ),
  'POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing': op(
    'afspraakVerplaatsen',
    'Move a planned afspraak to another day (its history kept)',
    afspraakResponse,
  ),
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': op(
    'begeleidingsplanVastleggen',
    'Set the begeleidingsplan per leefgebied',
    begeleidingsplanResponse,
  ),
  'GET /v1/inburgeraars/{id}/begeleidingsplan': op(
    'begeleidingsplan',
    'The begeleidingsplan',
    begeleidingsplanResponse,
    {
      domeinregel: true,
    },
  ),
  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': op(
    'planEvalueren',
    'Evaluate the begeleidingsplan (meetmoment or afronding)',
    evaluatieResponse,
    { aangemaakt: true },
  ),
  'GET /v1/begeleiding/caseload': op('caseload', 'Caseload per begeleider, and who waits', caseloadResponse, {
    lijst: true,
  }),
  'GET /v1/begeleiding/bellijst': op('bellijst', 'Who is due a call', bellijstResponse, {
    lijst: true,
    domeinregel: true,
  }),
  'GET /v1/begeleiding/niet-gezien': op(
    'nietGezien',
    'Who missed an afspraak and has had no contact since',
    nietGezienResponse,
    { lijst: true },
  ),
  'GET /v1/begeleiding/nabellen': op(
    'nabellen',
    'Who is on a spreekuur-only part and not seen for the profile period: due a call',
    nabellenResponse,
    { lijst: true, domeinregel: true },
  ),
  'POST /v1/gemeenten/{cbs}/groepsactiviteiten': op(
    'groepsactiviteit',
    'Organise a group activity of the groepsaanbod',
    groepsactiviteitWeergave,
    { aangemaakt: true },
  ),
  'GET /v1/gemeenten/{cbs}/groepsactiviteiten': op(
    'groepsactiviteiten',
    'The group activities of a gemeente',
    groepsactiviteitenResponse,
    { lijst: true },
  ),
  'POST /v1/inburgeraars/{id}/groepsactiviteiten': op(
    'groepsinschrijving',
    'Enrol the inburgeraar in a group activity',
    inschrijvingWeergave,
    { aangemaakt: true },
  ),
  'GET /v1/inburgeraars/{id}/groepsactiviteiten': op(
    'groepsinschrijvingen',
    'The group activities of an inburgeraar, with attendance',
    inschrijvingenResponse,
    { lijst: true },
  ),
  'PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid': op(
    'groepsaanwezigheid',
    'Record attendance at a bijeenkomst of a group activity',
    inschrijvingWeergave,
  ),
  'GET /v1/begeleiding/zonder-afspraak': op(
    'zonderAfspraak',
    'Active trajecten with no planned afspraak: the begeleider takes the initiative',
    zonderAfspraakResponse,
    { lijst: true },
  ),
  'GET /v1/begeleiding/afronding-open': op(
    'afrondingOpen',
    'Trajecten past their einddatum that wait for the steps their afronding requires',
    afrondingOpenResponse,
    { lijst: true },
  ),

  'POST /v1/inburgeraars/{id}/signalen': op('signaal', 'Record a signaal', signaalResponse, { aangemaakt: true }),
  'POST /v1/inburgeraars/{id}/verwijzingen': op(
    'verwijzen',
    'Refer to a partner of the gemeente',
    verwijzingAangemaaktResponse,
    { aangemaakt: true },
  ),
  'GET /v1/inburgeraars/{id}/verwijzingen': op(
    'verwijzingen',
    'The referrals of an inburgeraar',
    verwijzingenResponse,
    {
      lijst: true,
    },
  ),
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie': op(
    'verwijzingAccepteren',
    'Accept a referral (the partner)',
    verwijzingStapResponse,
  ),
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing': op(
    'verwijzingTerugwijzen',
    'Send a referral back (the partner)',
    verwijzingStapResponse,
  ),
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding': op(
    'verwijzingAfronden',
    'Close a referral',
    verwijzingStapResponse,
  ),
  'POST /v1/inburgeraars/{id}/warme-overdracht': op(
    'warmeOverdracht',
    'Hand over to a partner',
    warmeOverdrachtResponse,
    {
      aangemaakt: true,
    },
  ),
  'POST /v1/casuistiekoverleg/{cbs}/agenda': op(
    'agendapunt',
    'Put a case on the casuistiekoverleg',
    agendapuntResponse,
    {
      aangemaakt: true,
    },
  ),
  'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': op(
    'agendapuntUitkomst',
    'Record what the casuistiekoverleg decided about a case',
    agendapuntWeergave,
  ),
  'GET /v1/casuistiekoverleg/{cbs}/agenda': op('agenda', 'The agenda of the casuistiekoverleg', agendaResponse, {
    lijst: true,
    domeinregel: true,
  }),
  'POST /v1/inburgeraars/{id}/vragen': op(
    'vraagStellen',
    'Ask the begeleider a question (the consulent)',
    vraagWeergave,
    {
      aangemaakt: true,
    },
  ),
  'GET /v1/inburgeraars/{id}/vragen': op('vragen', "The consulent's questions and their answers", vragenResponse, {
    lijst: true,
  }),
  'POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord': op(
    'vraagBeantwoorden',
    "Answer a consulent's question (the begeleider)",
    vraagWeergave,
    { aangemaakt: true },
  ),

  'POST /v1/inburgeraars/{id}/toestemmingen': op('toestemmingGeven', 'Give or record a consent', toestemmingWeergave, {
    aangemaakt: true,
  }),
  'GET /v1/inburgeraars/{id}/toestemmingen': op(
    'toestemmingen',
    'The consents of an inburgeraar',
    toestemmingenResponse,
    {
      lijst: true,
    },
  ),
  'POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking': op(
    'toestemmingIntrekken',
    'Withdraw a consent',
    intrekkingResponse,
  ),
  'GET /v1/inburgeraars/{id}/voortgang': op('voortgang', 'What was shared with the gemeente', voortgangResponse),
  'GET /v1/inburgeraars/{id}/verwerkingen': op('verwerkingen', 'The verwerkingenlog', verwerkingenResponse, {
    lijst: true,
  }),
  'GET /v1/inburgeraars/{id}/inzage': op(
    'inzage',
    'Everything held about the person (AVG art. 15 and 20)',
    inzageResponse,
    {
      beschrijving:
        'Every record of the person in every context (free text written by staff included), what was shared with whom ' +
        'on which ground, the processing activities and the bewaartermijnen. For the inburgeraar themself and the ' +
        "gemeente's functionaris-gegevensbescherming.",
    },
  ),
  ...regieOperaties(),

  'GET /v1/toegangslog': op('toegangslog', 'Who read or wrote which dossier (the access log)', toegangslogResponse, {
    lijst: true,
    beschrijving:
      'Every request that read or wrote personal data of an inburgeraar: actor, operationId, inburgeraarId, status, ' +
      "source address, time and W3C trace id, newest first. For the gemeente's functionaris-gegevensbescherming (its " +
      "gemeenten) and an uitvoeringsorganisatie's teamleider (its own staff); other roles 403. A gemeente or an " +
      'inburgeraarId outside your gemeenten answers 404.',
  }),
  'GET /v1/toegangslog/signaleringen': op(
    'toegangslogSignaleringen',
    'Users who opened more distinct dossiers in an hour than the deployment allows',
    signaleringenResponse,
    { lijst: true },
  ),
  'GET /v1/vernietigingslijst': op(
    'vernietigingslijst',
    'Everyone whose bewaartermijn has passed (informatiebeheerder)',
    vernietigingslijstResponse,
    { lijst: true },
  ),
  'POST /v1/vernietigingslijst/{inburgeraarId}/akkoord': op(
    'vernietigingAkkoord',
    "Approve the destruction of one person's records in every context",
    verslagIdResponse,
    { geaccepteerd: true },
  ),
  'POST /v1/vernietigingslijst/{inburgeraarId}/uitstel': op(
    'vernietigingUitstel',
    'Postpone the destruction until a day, with a reason',
    uitstelResponse,
  ),
  'GET /v1/vernietigingsverslagen': op(
    'vernietigingsverslagen',
    'What was destroyed, when, by whose approval, per context (no personal data beyond the opaque id)',
    vernietigingsverslagenResponse,
    { lijst: true },
  ),
  'POST /v1/inburgeraars/{id}/verwijdering': op(
    'verwijdering',
    'Remove an aanmelding received in error: destroyed in every context at once',
    verslagIdResponse,
    { geaccepteerd: true },
  ),
  'POST /v1/abonnementen': op('abonnementAanmaken', 'Subscribe a partner system to notifications', abonnementWeergave, {
    aangemaakt: true,
    beschrijving:
      "For a gemeente's inburgeringsconsulent or beleidsmedewerker, or an uitvoeringsorganisatie's teamleider, for " +
      'their own organisation. Every notification is signed with `geheim` (never returned). 422 for a callback URL ' +
      'the deployment does not allow (deployed: https only, never a private, loopback or link-local address).',
  }),
  'GET /v1/abonnementen': op('abonnementen', "The subscriptions of the caller's organisation", abonnementenResponse, {
    lijst: true,
  }),
  'GET /v1/abonnementen/{id}': op('abonnement', 'One subscription of your organisation', abonnementWeergave),
  'DELETE /v1/abonnementen/{id}': op('abonnementBeeindigen', 'End a subscription', abonnementWeergave, {
    geenInhoud: true,
  }),
  'GET /v1/abonnementen/{id}/afleveringen': op(
    'afleveringen',
    "A subscription's deliveries and their status",
    afleveringenResponse,
    { lijst: true },
  ),
  'POST /v1/abonnementen/{id}/afleveringen/{notificatieId}/opnieuw': op(
    'afleveringOpnieuw',
    'Deliver a failed notification again',
    opnieuwResponse,
    { geaccepteerd: true },
  ),
};
