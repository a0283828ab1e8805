import type {
  Afrondingssoort,
  BegeleiderSoort,
  Doelgroep,
  Fase,
  ResultatenBereikt,
  WarmeOverdrachtVanPersoon,
} from '@wegwijs/contracts';
import type { Afspraak } from './afspraken';
import { sluitAlles, type Toewijzing } from './begeleiders';
import type { Inschrijving } from './groepen';
import type { Begeleidingsplan } from './plan';

/** A dated fact from another context; the newest delivery (by occurredAt) wins, so replays and reordering agree. */
export interface Gedateerd {
  datum: string;
  occurredAt: string;
}

/** The traject of one inburgeraar: the facts it is computed from, and what begeleiding itself recorded. */
export interface Traject {
  inburgeraarId: string;
  gemeente: string;
  /** Set once AanmeldingGeregistreerd has arrived; until then the traject is unknown to the API (404). */
  /** `koppelingsdatum` is absent for a doelgroep without a COA koppeling (report 4.4). */
  aanmelding?: { doelgroep: Doelgroep; uitvoeringsorganisatie: string; koppelingsdatum?: string; occurredAt: string };
  /** The newest UitvoeringsorganisatieGewijzigd; it overrides the organisation of the aanmelding. */
  organisatieWijziging?: Gedateerd & { naar: string };
  woningtoewijzing?: Gedateerd;
  brpInschrijving?: Gedateerd;
  regeldag?: Gedateerd & { regeldagId: string };
  opstartfaseAfgerond?: Gedateerd;
  verlengingen: { maanden: number; datum: string; reden?: string; verzoekVanInburgeraar?: string }[];
  afronding?: Afronding;
  /** The one begeleider of a traject stored before the history (`begeleiders`); read through toewijzingenVan. */
  begeleider?: { begeleiderId: string; soort: BegeleiderSoort; sinds: string };
  /** Every toewijzing of a begeleider, in sequence (issue 12). */
  begeleiders?: Toewijzing[];
  /** The afspraken: the opstartfase's, planned from the profile when the traject starts, and follow-ups. */
  afspraken?: Afspraak[];
  /** The startdatum from which the opstartfase afspraken were planned (once). */
  opstartGepland?: string;
  /** The begeleidingsplan per leefgebied, with its evaluations: the one of the organisation that set it. */
  plan?: Begeleidingsplan;
  /** Plans of earlier organisations (a change of organisation): theirs, never shown to the one assigned now. */
  eerderePlannen?: Begeleidingsplan[];
  /** Issue 22 item 5: the group activities the inburgeraar is enrolled in, with attendance. */
  groepsactiviteiten?: Inschrijving[];
  /** The newest contactmoment of any form. */
  laatsteContact?: string;
  /** The newest contactmoment in person (huisbezoek, kantoor, spreekuur, groep). */
  laatstGezien?: string;
  meetmomentDatums: string[];
  /** The fase last stored (and announced with TrajectFaseGewijzigd), and the date it began. */
  fase?: Fase;
  faseSinds?: string;
}

export interface Afronding {
  datum: string;
  soort: Afrondingssoort;
  overdrachtId?: string;
  /** The day of the eindgesprek where the soort is another (Rotterdam: a warme overdracht after the eindgesprek). */
  eindgesprekOp?: string;
  /** The inburgeraar declined (further) MB (4.2.2). */
  afgewezenDoorInburgeraar?: boolean;
  /** Rotterdam's evaluation "of de beoogde resultaten zijn bereikt" (3.3.4). */
  resultatenBereikt?: ResultatenBereikt;
  /** The warme overdracht of the person to a partner of the sociaal domein (4.3). */
  warmeOverdracht?: WarmeOverdrachtVanPersoon;
}

/** The afronding as recorded from a request: only the fields it carries. */
export const afrondingUit = (
  verzoek: {
    datum: string;
    soort: Afrondingssoort;
    eindgesprekOp?: string | undefined;
    afgewezenDoorInburgeraar?: boolean | undefined;
    resultatenBereikt?: ResultatenBereikt | undefined;
    warmeOverdracht?: WarmeOverdrachtVanPersoon | undefined;
  },
  overdrachtId: string | undefined,
  eindevaluatie?: ResultatenBereikt,
): Afronding => ({
  datum: verzoek.datum,
  soort: verzoek.soort,
  ...(overdrachtId ? { overdrachtId } : {}),
  ...(verzoek.eindgesprekOp ? { eindgesprekOp: verzoek.eindgesprekOp } : {}),
  ...(verzoek.afgewezenDoorInburgeraar ? { afgewezenDoorInburgeraar: true } : {}),
  ...((verzoek.resultatenBereikt ?? eindevaluatie)
    ? { resultatenBereikt: verzoek.resultatenBereikt ?? eindevaluatie }
    : {}),
  ...(verzoek.warmeOverdracht ? { warmeOverdracht: verzoek.warmeOverdracht } : {}),
});

/** The verlenging as recorded from a request, with the day the inburgeraar asked for it. */
export const verlengingUit = (
  verzoek: { maanden: number; reden: string; verzoekVanInburgeraar?: { datum: string } | undefined },
  dag: string,
): Traject['verlengingen'][number] => ({
  maanden: verzoek.maanden,
  datum: dag,
  reden: verzoek.reden,
  ...(verzoek.verzoekVanInburgeraar ? { verzoekVanInburgeraar: verzoek.verzoekVanInburgeraar.datum } : {}),
});

/** A fact delivered by an event of another context. */
export type Feit =
  | { soort: 'aanmelding'; doelgroep: Doelgroep; uitvoeringsorganisatie: string; koppelingsdatum?: string }
  | { soort: 'woningtoewijzing'; datum: string }
  | { soort: 'brp-inschrijving'; datum: string }
  | { soort: 'regeldag'; regeldagId: string; datum: string }
  | { soort: 'opstartfase-afgerond'; datum: string }
  | { soort: 'organisatie-gewijzigd'; naar: string; datum: string }
  /** Issue 23: the move to gemeente `naar`, with the organisation that serves it there (or none here). */
  | { soort: 'verhuisd'; naar: string; uitvoeringsorganisatie: string; datum: string };

export const nieuwTraject = (inburgeraarId: string, gemeente: string): Traject => ({
  inburgeraarId,
  gemeente,
  verlengingen: [],
  meetmomentDatums: [],
});

/** The newer of two deliveries; a tie is broken on content, so that the outcome never depends on arrival order. */
function nieuwer<T extends { occurredAt: string }>(bestaand: T | undefined, kandidaat: T): T {
  if (!bestaand || kandidaat.occurredAt > bestaand.occurredAt) return kandidaat;
  if (kandidaat.occurredAt < bestaand.occurredAt) return bestaand;
  return JSON.stringify(kandidaat) > JSON.stringify(bestaand) ? kandidaat : bestaand;
}

/**
 * Applies a fact. Pure, idempotent and order-independent: applying the same facts in any order, any number of times,
 * gives the same traject (newest occurredAt wins per fact; for organisation changes the newest datum).
 */
export function pasFeitToe(traject: Traject, feit: Feit, occurredAt: string): Traject {
  switch (feit.soort) {
    case 'aanmelding': {
      const { soort: _, ...data } = feit;
      return { ...traject, aanmelding: nieuwer(traject.aanmelding, { ...data, occurredAt }) };
    }
    case 'woningtoewijzing':
      return { ...traject, woningtoewijzing: nieuwer(traject.woningtoewijzing, { datum: feit.datum, occurredAt }) };
    case 'brp-inschrijving':
      return { ...traject, brpInschrijving: nieuwer(traject.brpInschrijving, { datum: feit.datum, occurredAt }) };
    case 'regeldag':
      return {
        ...traject,
        regeldag: nieuwer(traject.regeldag, { regeldagId: feit.regeldagId, datum: feit.datum, occurredAt }),
      };
    case 'opstartfase-afgerond':
      return {
        ...traject,
        opstartfaseAfgerond: nieuwer(traject.opstartfaseAfgerond, { datum: feit.datum, occurredAt }),
      };
    case 'verhuisd': {
      // Applied once: the traject continues in the new gemeente, with its organisation (a change of organisation
      // like any other when it is another one: its begeleiders end, its plan stays its own).
      if (traject.gemeente === feit.naar) return traject;
      const wijziging = {
        soort: 'organisatie-gewijzigd' as const,
        naar: feit.uitvoeringsorganisatie,
        datum: feit.datum,
      };
      return pasFeitToe({ ...traject, gemeente: feit.naar }, wijziging, occurredAt);
    }
    case 'organisatie-gewijzigd': {
      const kandidaat = { naar: feit.naar, datum: feit.datum, occurredAt };
      const bestaand = traject.organisatieWijziging;
      const sleutel = (w: Gedateerd & { naar: string }) => `${w.datum}|${w.occurredAt}|${w.naar}`;
      const houdBestaand = bestaand && sleutel(bestaand) >= sleutel(kandidaat);
      if (houdBestaand) return traject;
      const gewijzigd = { ...traject, organisatieWijziging: kandidaat };
      // A begeleider belongs to the organisation that assigned them: a new organisation assigns its own.
      if (toegewezenOrganisatie(gewijzigd) === toegewezenOrganisatie(traject)) return gewijzigd;
      const { begeleider: _, ...zonderBegeleider } = gewijzigd;
      const begeleiders = sluitAlles(traject, feit.datum);
      return begeleiders.length > 0 ? { ...zonderBegeleider, begeleiders } : zonderBegeleider;
    }
  }
}

/** The uitvoeringsorganisatie assigned now: the newest change, else the one of the aanmelding. */
export const toegewezenOrganisatie = (t: Traject): string | undefined =>
  t.organisatieWijziging?.naar ?? t.aanmelding?.uitvoeringsorganisatie;

/** The traject is known to the API once the aanmelding has arrived. */
export const isBekend = (t: Traject | undefined): t is Traject & { aanmelding: NonNullable<Traject['aanmelding']> } =>
  t?.aanmelding !== undefined;
