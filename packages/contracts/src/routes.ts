import { INZAGE_CONTEXTEN, PERSOON_CONTEXTEN } from './api/inzage';
import type { Context } from './envelope';
import {
  AanmeldingGeregistreerd,
  BegeleidersGewijzigd,
  BrpIngeschreven,
  GedeeldeVoortgangVerwijderd,
  InburgeraarVerhuisd,
  OpstartfaseAfgerond,
  RegeldagGepland,
  RegietellingenBijgewerkt,
  ToegangGelogd,
  ToestemmingGegeven,
  ToestemmingIngetrokken,
  ToestemmingVerlopen,
  TrajectBeeindigd,
  UitvoeringsorganisatieGewijzigd,
  VerwijzingAfgerond,
  VOORTGANG_EVENTS,
  VoortgangGedeeld,
  WoningToegewezen,
} from './events/index';

/**
 * The services of Wegwijs: the bounded contexts, the table-less profiel service (health, gemeente profiles) and the
 * portaal (the inburgeraar's pages, a backend-for-frontend without events).
 */
export const SERVICES = [
  'aanmelding',
  'regeldag',
  'begeleiding',
  'sociaal-domein',
  'toestemming',
  'regie',
  'toegangslog',
  'archief',
  'inzage',
  'abonnementen',
  'profiel',
  'portaal',
] as const;
export type ServiceNaam = (typeof SERVICES)[number];

/** A function of a service: its HTTP API handler, its event consumer, a function invoked directly by another, a scheduled one. */
export type FunctieSoort = 'http' | 'consumer' | 'beslissing' | 'persoon' | 'planner' | 'relay' | 'migratie';
export const functieId = (service: ServiceNaam, soort: FunctieSoort) => `${service}-${soort}` as const;

export interface EventRoute {
  /** The context whose consumer function receives these events. */
  readonly consumer: Context;
  readonly detailTypes: readonly string[];
  /**
   * Deliveries ordered and serialised per inburgeraar (`meta.inburgeraarId`): one in flight per person, others keep
   * flowing. In AWS an SQS FIFO queue with the inburgeraarId as message group between the rule and the consumer; the
   * local bus does the same. The consent broker: every decision for one person is a write of that person's staat item.
   */
  readonly perInburgeraar?: boolean;
}

/**
 * The route table: which context consumes which detail-types. The CDK rules and the local event bus are both built
 * from this table. Events that carry voortgangsinformatie go to the consent broker (toestemming) and nowhere else.
 */
export const EVENT_ROUTES: readonly EventRoute[] = [
  // BegeleidersGewijzigd: every context that answers a path under /v1/inburgeraars/{id} keeps who is assigned, so a
  // vrijwilliger reads only the inburgeraars assigned to them (API.md need to know); the access log knows caseloads.
  {
    consumer: 'aanmelding',
    detailTypes: [
      VoortgangGedeeld.detailType,
      GedeeldeVoortgangVerwijderd.detailType,
      // Issue 23: the hand-over of a move to another deployment is sent from the aanmelding's own event.
      InburgeraarVerhuisd.detailType,
      BegeleidersGewijzigd.detailType,
    ],
  },
  {
    consumer: 'regeldag',
    detailTypes: [
      AanmeldingGeregistreerd.detailType,
      UitvoeringsorganisatieGewijzigd.detailType,
      InburgeraarVerhuisd.detailType,
      BegeleidersGewijzigd.detailType,
    ],
  },
  {
    consumer: 'begeleiding',
    detailTypes: [
      AanmeldingGeregistreerd.detailType,
      WoningToegewezen.detailType,
      BrpIngeschreven.detailType,
      RegeldagGepland.detailType,
      OpstartfaseAfgerond.detailType,
      UitvoeringsorganisatieGewijzigd.detailType,
      InburgeraarVerhuisd.detailType,
    ],
  },
  {
    consumer: 'sociaal-domein',
    detailTypes: [
      AanmeldingGeregistreerd.detailType,
      UitvoeringsorganisatieGewijzigd.detailType,
      InburgeraarVerhuisd.detailType,
      BegeleidersGewijzigd.detailType,
    ],
  },
  {
    consumer: 'toestemming',
    perInburgeraar: true,
    detailTypes: [
      ...VOORTGANG_EVENTS.map((e) => e.detailType),
      AanmeldingGeregistreerd.detailType,
      UitvoeringsorganisatieGewijzigd.detailType,
      InburgeraarVerhuisd.detailType,
      // MB-side milestones: the broker shares their dates with the gemeente as praktische-zaken (wettelijke taak).
      RegeldagGepland.detailType,
      OpstartfaseAfgerond.detailType,
      BegeleidersGewijzigd.detailType,
    ],
  },
  // Counts without personal information (issue 13): the one event regie consumes, from every producer of tellingen.
  { consumer: 'regie', detailTypes: [RegietellingenBijgewerkt.detailType] },
  // Issue 20: the access log per user, fed by every context's HTTP chain; it knows each dossier's gemeente from the
  // aanmelding (a list of another gemeente's FG is 404 for dossiers outside its gemeenten).
  // The move (issue 23) moves that knowledge to the new gemeente.
  {
    consumer: 'toegangslog',
    detailTypes: [
      ToegangGelogd.detailType,
      AanmeldingGeregistreerd.detailType,
      InburgeraarVerhuisd.detailType,
      BegeleidersGewijzigd.detailType,
    ],
  },
  // Issue 19: who exists and when their traject ended, for the bewaartermijnen (dates only, no voortgang).
  { consumer: 'archief', detailTypes: [AanmeldingGeregistreerd.detailType, TrajectBeeindigd.detailType] },
  // Issue 23: notifications to partner systems. Never a categorie event: voortgang, referrals and questions reach a
  // subscriber only as the broker's outcome (shared with, or removed from, that recipient), filtered by the
  // subscription; consents and a referral's answer are events without content (ids and codes).
  {
    consumer: 'abonnementen',
    detailTypes: [
      VoortgangGedeeld.detailType,
      GedeeldeVoortgangVerwijderd.detailType,
      AanmeldingGeregistreerd.detailType,
      UitvoeringsorganisatieGewijzigd.detailType,
      ToestemmingGegeven.detailType,
      ToestemmingIngetrokken.detailType,
      ToestemmingVerlopen.detailType,
      VerwijzingAfgerond.detailType,
    ],
  },
];

export const consumersOf = (detailType: string): Context[] =>
  EVENT_ROUTES.filter((r) => r.detailTypes.includes(detailType)).map((r) => r.consumer);

/** Direct (synchronous) invocations between services: caller -> function. */
export const INVOKE_ROUTES: readonly { readonly aanroeper: ServiceNaam; readonly functie: string }[] = [
  { aanroeper: 'sociaal-domein', functie: functieId('toestemming', 'beslissing') },
  // The inzage (AVG art. 15) gathers a person's records from every context's person repository; the archief
  // destroys them there (issue 19).
  ...PERSOON_CONTEXTEN.flatMap((context) =>
    (['inzage', 'archief'] as const).map((aanroeper) => ({ aanroeper, functie: functieId(context, 'persoon') })),
  ),
  ...INZAGE_CONTEXTEN.filter((c) => !(PERSOON_CONTEXTEN as readonly string[]).includes(c)).map((context) => ({
    aanroeper: 'inzage' as const,
    functie: functieId(context, 'persoon'),
  })),
];
