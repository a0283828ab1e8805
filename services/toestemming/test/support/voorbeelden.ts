import {
  CATEGORIE_REGELS,
  type Envelope,
  type EventContract,
  type Meta,
  TrajectAfgerond,
  type VerwijzingPartner,
  VOORTGANG_EVENTS,
} from '@wegwijs/contracts';

/** Valid data of every voortgang event, with `bronId` as the id the source returned. */
export function voortgangData(
  contract: EventContract,
  bronId: string,
  datum: string,
  naar: VerwijzingPartner = 'wmo',
): Record<string, unknown> {
  switch (contract.name) {
    case 'TrajectFaseGewijzigd':
      return {
        fase: 'begeleidingsfase',
        vorigeFase: 'opstartfase',
        datum,
        startdatum: '2026-01-01',
        einddatum: '2027-01-01',
      };
    case 'TrajectVerlengd':
      return { maanden: 6, einddatum: '2027-07-01', verlengingen: 1 };
    case 'TrajectAfgerond':
      return { datum, soort: 'eindgesprek' };
    case 'PraktischeZaakBijgewerkt':
      return { regeldagId: 'r1', item: 'voedselbank', checklistCategorie: 'HV', status: 'geregeld' };
    case 'MeetmomentVastgelegd':
      return { meetmomentId: bronId, datum, scores: { wonen: 3, financien: 2 }, toelichting: 'vertrouwelijk' };
    case 'BegeleidingsplanBijgewerkt':
      return planData(bronId, datum);
    case 'ContactmomentVastgelegd':
      return { contactmomentId: bronId, datum, vorm: 'huisbezoek', duurMinuten: 45 };
    case 'ContactmomentenVastgelegd':
      return {
        contactmomenten: [{ contactmomentId: bronId, datum, vorm: 'huisbezoek', duurMinuten: 45 }],
        deel: { nummer: 1, van: 1 },
      };
    case 'MeetmomentenVastgelegd':
      return {
        meetmomenten: [
          { meetmomentId: bronId, datum, scores: { wonen: 3, financien: 2 }, toelichting: 'vertrouwelijk' },
        ],
        deel: { nummer: 1, van: 1 },
      };
    case 'VoortgangsrapportageOpgesteld':
      return { rapportageId: bronId, datum, tekst: 'Rapportage tekst' };
    case 'EindoverdrachtOpgesteld':
      return { overdrachtId: bronId, datum, soort: 'warme-overdracht', tekst: 'Overdracht tekst' };
    case 'SignaalGeregistreerd':
      return { signaalId: bronId, datum, soort: 'psychisch', urgentie: 'midden', toelichting: 'Signaal tekst' };
    case 'VerwijzingVerstuurd':
      return {
        verwijzingId: bronId,
        naar,
        toelichting: 'Verwijzing tekst',
        grondslag: naar === 'veilig-thuis' ? 'wettelijke-plicht' : 'toestemming',
      };
    case 'VraagBeantwoord':
      return {
        vraagId: `v-${bronId}`,
        antwoordId: bronId,
        onderwerp: 'school-kinderen',
        datum,
        tekst: 'Antwoord tekst',
      };
    case 'VraagGesteld':
      return { vraagId: bronId, onderwerp: 'examen', datum };
    case 'InburgeringsmijlpaalVastgelegd':
      return { mijlpaalId: bronId, soort: 'pip-vastgesteld', datum };
    default:
      throw new Error(`no example for ${contract.name}`);
  }
}

/** Issue 12 (plan): valid BegeleidingsplanBijgewerkt data, goals as codes and statuses only. */
export const planData = (bronId: string, datum: string, aanleiding = 'meetmoment') => ({
  bijwerkingId: bronId,
  datum,
  aanleiding,
  doelen: [
    { doelId: `${bronId}-d1`, leefgebied: 'wonen', status: 'bezig' },
    { doelId: `${bronId}-d2`, leefgebied: 'financien-en-administratie', status: 'bereikt' },
  ],
  ...(aanleiding === 'afronding' ? { resultatenBereikt: 'gedeeltelijk' } : {}),
});

/**
 * The voortgang events from the uitvoeringsorganisatie to the gemeente, other than TrajectAfgerond (which the
 * histories use as a lifecycle step). The gemeente's own facts (direction gemeente-naar-uitvoering) have their own
 * histories: richting.property.test.ts.
 */
export const INHOUD_EVENTS = VOORTGANG_EVENTS.filter(
  (e) =>
    e.detailType !== TrajectAfgerond.detailType &&
    e.categorie !== undefined &&
    CATEGORIE_REGELS[e.categorie].richting === 'uitvoering-naar-gemeente',
);

/** The events that carry the gemeente's own information to the uitvoeringsorganisatie. */
export const NAAR_UITVOERING_EVENTS = VOORTGANG_EVENTS.filter(
  (e) => e.categorie !== undefined && CATEGORIE_REGELS[e.categorie].richting === 'gemeente-naar-uitvoering',
);

/** The bronId the broker derives: the source's id, or the event id for trajectstatus and praktische-zaken. */
export const bronIdVan = (contract: EventContract, eventId: string, bronId: string) =>
  contract.categorie === 'trajectstatus' || contract.categorie === 'praktische-zaken' ? eventId : bronId;

export function envelope(contract: EventContract, meta: Omit<Meta, 'categorie'>, data: unknown): Envelope {
  const parsed = contract.envelope.safeParse({ meta: { ...meta, categorie: contract.categorie }, data });
  if (!parsed.success) throw new Error(`example of ${contract.detailType} breaks its contract`);
  return parsed.data as Envelope;
}
