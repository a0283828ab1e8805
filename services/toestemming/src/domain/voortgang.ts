import {
  type Actor,
  BegeleidingsplanBijgewerkt,
  type Categorie,
  ContactmomentenVastgelegd,
  ContactmomentVastgelegd,
  EindoverdrachtOpgesteld,
  type Envelope,
  type EventContract,
  type EventData,
  InburgeringsmijlpaalVastgelegd,
  type MbMijlpaal,
  MeetmomentenVastgelegd,
  MeetmomentVastgelegd,
  OpstartfaseAfgerond,
  PraktischeZaakBijgewerkt,
  RegeldagGepland,
  SignaalGeregistreerd,
  TrajectAfgerond,
  TrajectFaseGewijzigd,
  TrajectVerlengd,
  uitnodigingBronId,
  VerwijzingVerstuurd,
  VoortgangsrapportageOpgesteld,
  VraagBeantwoord,
  VraagGesteld,
} from '@wegwijs/contracts';

export interface Trajectstatus {
  fase: string;
  startdatum?: string | undefined;
  einddatum?: string | undefined;
}

/** One piece of voortgangsinformatie as the broker sees it: who sent what about whom, and its minimised content. */
export interface Voortgangsfeit {
  inburgeraarId: string;
  gemeente: string;
  categorie: Categorie;
  /** The id the source returned (meetmomentId, rapportageId, ...); the event id where the source has none. */
  bronId: string;
  bronDetailType: string;
  afzender: string | undefined;
  actor: Actor;
  tijdstip: string;
  correlationId: string;
  wettelijkePlicht: boolean;
  /** The minimised projection stored in the gemeente's view on a permit. */
  gegevens: Record<string, unknown>;
  trajectstatus?: Trajectstatus | undefined;
  verlenging?: { einddatum: string; verlengingen: number } | undefined;
  /** TrajectAfgerond: the afronding date, which ends the consents of this traject after that day. */
  afgerondOp?: string | undefined;
  /** RegeldagGepland, OpstartfaseAfgerond: the MB-side milestone the gemeente's timeline shows. */
  mijlpaal?: { soort: MbMijlpaal; datum: string } | undefined;
}

type Minimum = Pick<
  Voortgangsfeit,
  'bronId' | 'gegevens' | 'trajectstatus' | 'verlenging' | 'afgerondOp' | 'mijlpaal'
> & {
  wettelijkePlicht?: boolean;
};

const is = <E extends EventContract>(c: E, contract: EventContract, _data: unknown): _data is EventData<E> =>
  contract.detailType === c.detailType;

/** The minimised projection of each voortgang event (data minimisation: only what the gemeente needs). */
function minimaliseer(contract: EventContract, envelope: Envelope): Minimum {
  const { data, meta } = envelope;
  if (is(TrajectFaseGewijzigd, contract, data)) {
    const trajectstatus = { fase: data.fase, startdatum: data.startdatum, einddatum: data.einddatum };
    return { bronId: meta.id, gegevens: { ...trajectstatus, datum: data.datum }, trajectstatus };
  }
  if (is(TrajectVerlengd, contract, data)) {
    const verlenging = { einddatum: data.einddatum, verlengingen: data.verlengingen };
    return { bronId: meta.id, gegevens: verlenging, verlenging };
  }
  if (is(TrajectAfgerond, contract, data)) {
    const trajectstatus = { fase: 'afgerond', einddatum: data.datum };
    return { bronId: meta.id, gegevens: trajectstatus, trajectstatus, afgerondOp: data.datum };
  }
  if (is(PraktischeZaakBijgewerkt, contract, data)) {
    const { item, checklistCategorie, status } = data;
    return { bronId: meta.id, gegevens: { item, checklistCategorie, status } };
  }
  if (is(MeetmomentVastgelegd, contract, data)) {
    return { bronId: data.meetmomentId, gegevens: { datum: data.datum, scores: data.scores } };
  }
  if (is(BegeleidingsplanBijgewerkt, contract, data)) {
    // Goals as codes and statuses: the contract carries no free text of the plan, and neither does the projection.
    const doelen = data.doelen.map(({ doelId, leefgebied, status }) => ({ doelId, leefgebied, status }));
    const { datum, aanleiding, resultatenBereikt } = data;
    return {
      bronId: data.bijwerkingId,
      gegevens: { datum, aanleiding, doelen, ...(resultatenBereikt ? { resultatenBereikt } : {}) },
    };
  }
  if (is(ContactmomentVastgelegd, contract, data)) {
    const { datum, vorm, duurMinuten } = data;
    return { bronId: data.contactmomentId, gegevens: { datum, vorm, duurMinuten } };
  }
  if (is(VoortgangsrapportageOpgesteld, contract, data)) {
    return { bronId: data.rapportageId, gegevens: { datum: data.datum, tekst: data.tekst } };
  }
  if (is(EindoverdrachtOpgesteld, contract, data)) {
    const { datum, soort, tekst } = data;
    return { bronId: data.overdrachtId, gegevens: { datum, soort, tekst } };
  }
  if (is(SignaalGeregistreerd, contract, data)) {
    const { soort, urgentie, datum, toelichting } = data;
    return { bronId: data.signaalId, gegevens: { soort, urgentie, datum, toelichting } };
  }
  if (is(VraagGesteld, contract, data)) {
    // The question's text stays in sociaal-domein; the broker decides and logs that it was asked.
    return { bronId: data.vraagId, gegevens: { vraagId: data.vraagId, onderwerp: data.onderwerp, datum: data.datum } };
  }
  if (is(VraagBeantwoord, contract, data)) {
    const { vraagId, onderwerp, datum, tekst } = data;
    return { bronId: data.antwoordId, gegevens: { vraagId, onderwerp, datum, tekst } };
  }
  if (is(InburgeringsmijlpaalVastgelegd, contract, data)) {
    const { soort, datum, leerroute } = data;
    return { bronId: data.mijlpaalId, gegevens: { soort, datum, ...(leerroute ? { leerroute } : {}) } };
  }
  if (is(VerwijzingVerstuurd, contract, data)) {
    const gegevens = { naar: data.naar, datum: meta.occurredAt.slice(0, 10), toelichting: data.toelichting };
    // The broker derives the statutory duty from the partner itself; it does not take the sender's word for it.
    return { bronId: data.verwijzingId, gegevens, wettelijkePlicht: data.naar === 'veilig-thuis' };
  }
  throw new Error(`no minimised projection for ${contract.detailType}`);
}

export function naarFeit(contract: EventContract, envelope: Envelope): Voortgangsfeit {
  const categorie = contract.categorie;
  if (!categorie) throw new Error(`${contract.detailType} carries no voortgangsinformatie`);
  return feitVan(contract, envelope, categorie, minimaliseer(contract, envelope));
}

function feitVan(contract: EventContract, envelope: Envelope, categorie: Categorie, min: Minimum): Voortgangsfeit {
  const { wettelijkePlicht, ...minimum } = min;
  const { meta } = envelope;
  return {
    ...minimum,
    inburgeraarId: meta.inburgeraarId,
    gemeente: meta.gemeente,
    categorie,
    bronDetailType: contract.detailType,
    afzender: meta.actor.org,
    actor: meta.actor,
    tijdstip: meta.occurredAt,
    correlationId: meta.correlationId,
    wettelijkePlicht: wettelijkePlicht ?? false,
  };
}

/**
 * Every piece of information one event carries, each with its own categorie and bronId. The brede intake with the
 * begeleider invited is two: its date (inburgering, wettelijke taak) and the invitation to attend it (brede-intake,
 * only with the inburgeraar's consent; bronId `<mijlpaalId>:uitnodiging`).
 */
export function naarFeiten(contract: EventContract, envelope: Envelope): Voortgangsfeit[] {
  const batch = BATCH_EVENTS.find((b) => b.contract.detailType === contract.detailType);
  if (batch) return batchItems(batch, envelope).map((data) => naarFeit(batch.item, { meta: envelope.meta, data }));
  const feit = naarFeit(contract, envelope);
  if (!is(InburgeringsmijlpaalVastgelegd, contract, envelope.data)) return [feit];
  const data = envelope.data;
  if (data.soort !== 'brede-intake' || data.begeleiderUitgenodigd !== true) return [feit];
  const uitnodiging = {
    bronId: uitnodigingBronId(data.mijlpaalId),
    gegevens: { soort: data.soort, datum: data.datum },
  };
  return [feit, feitVan(contract, envelope, 'brede-intake', uitnodiging)];
}

/**
 * The batch events of a migration (`POST .../historie`) and the single event each item is exactly the data of: the
 * broker decides every item as that single event (its own bronId and bronDetailType), the batch as one batch.
 */
export const BATCH_EVENTS = [
  { contract: ContactmomentenVastgelegd, item: ContactmomentVastgelegd, lijst: 'contactmomenten' },
  { contract: MeetmomentenVastgelegd, item: MeetmomentVastgelegd, lijst: 'meetmomenten' },
] as const;

const batchItems = (batch: (typeof BATCH_EVENTS)[number], envelope: Envelope): unknown[] =>
  (envelope.data as Record<string, unknown[] | undefined>)[batch.lijst] ?? [];

/** MB-side lifecycle events without a categorie of their own that the broker shares as praktische-zaken milestones. */
export const MIJLPAAL_EVENTS: readonly { contract: EventContract; soort: MbMijlpaal }[] = [
  { contract: RegeldagGepland, soort: 'regeldag' },
  { contract: OpstartfaseAfgerond, soort: 'opstartfase-afgerond' },
];

/** The regeldag or the end of the opstartfase as a praktische-zaken fact (wettelijke taak): its date, nothing else. */
export function naarMijlpaalFeit(contract: EventContract, soort: MbMijlpaal, envelope: Envelope): Voortgangsfeit {
  const { datum } = envelope.data as { datum: string };
  const mijlpaal = { soort, datum };
  return feitVan(contract, envelope, 'praktische-zaken', {
    bronId: envelope.meta.id,
    gegevens: { mijlpaal: soort, datum },
    mijlpaal,
  });
}
