import { type Doelgroep, type Overdracht, VERHUISD_ELDERS } from '@wegwijs/contracts';
import type { Inburgeraar, Verhuizing } from './inburgeraar';
import { statusVan } from './traject';

/** Where the new gemeente is served: here (with its organisation for the doelgroep), by another deployment, or not. */
export type Bestemming = { soort: 'hier'; organisatie: string | undefined } | { soort: 'elders'; naam: string };

export type VerhuisUitkomst =
  | { kind: 'verhuisd'; inburgeraar: Inburgeraar; verhuizing: Verhuizing; uitvoeringsorganisatie?: string }
  | { kind: 'geweigerd'; slug: string; detail: string };

/**
 * The move of an inburgeraar to gemeente `naar` on `datum` (issue 23), decided on `vandaag`. Refused (422): the same
 * gemeente; a gemeente no deployment serves; a date in the future (the consulent records a move the BRP shows, and
 * access ends at once: no pending state); a date before the aanmelding; a new gemeente without an organisation for
 * the doelgroep. Within the deployment the dossier moves to `naar` and its organisation there; to another deployment
 * it moves to `naar` with no organisation (`VERHUISD_ELDERS`), so only the inburgeraar still reaches it here.
 */
export function beslisVerhuizing(
  inburgeraar: Inburgeraar,
  verzoek: { verhuizingId: string; naar: string; datum: string; vandaag: string },
  bestemming: Bestemming | undefined,
): VerhuisUitkomst {
  const { naar, datum, vandaag, verhuizingId } = verzoek;
  if (naar === inburgeraar.gemeente) {
    return { kind: 'geweigerd', slug: 'zelfde-gemeente', detail: `The inburgeraar already lives in gemeente ${naar}.` };
  }
  if (!bestemming) {
    return {
      kind: 'geweigerd',
      slug: 'gemeente-onbekend',
      detail: `No deployment of Wegwijs known here serves gemeente ${naar}.`,
    };
  }
  if (datum > vandaag) {
    return {
      kind: 'geweigerd',
      slug: 'datum-in-toekomst',
      detail: 'Record a move once it has happened (the BRP shows it): the datum cannot lie in the future.',
    };
  }
  if (datum < inburgeraar.aangemeldOp.slice(0, 10)) {
    return { kind: 'geweigerd', slug: 'datum-voor-aanmelding', detail: 'The datum cannot lie before the aanmelding.' };
  }
  if (bestemming.soort === 'hier' && !bestemming.organisatie) {
    return {
      kind: 'geweigerd',
      slug: 'geen-uitvoeringsorganisatie',
      detail: `Gemeente ${naar} has no uitvoeringsorganisatie for doelgroep ${inburgeraar.doelgroep}.`,
    };
  }
  const verhuizing: Verhuizing = {
    verhuizingId,
    van: inburgeraar.gemeente,
    naar,
    datum,
    ...(bestemming.soort === 'elders' ? { elders: bestemming.naam } : {}),
  };
  const organisatie = bestemming.soort === 'hier' ? bestemming.organisatie : undefined;
  return {
    kind: 'verhuisd',
    verhuizing,
    ...(organisatie ? { uitvoeringsorganisatie: organisatie } : {}),
    inburgeraar: {
      ...inburgeraar,
      gemeente: naar,
      uitvoeringsorganisatie: organisatie ?? VERHUISD_ELDERS,
      verhuizingen: [...(inburgeraar.verhuizingen ?? []), verhuizing],
    },
  };
}

/**
 * The hand-over to another deployment: exactly what the new gemeente may have on its own legal ground. Who the person
 * is (to match the BRP), the doelgroep and the dates of the process, the trajectstatus and its dates, the gemeente's
 * own facts of the inburgering (dates and leerroute: not whether the begeleider was invited or attended, which the
 * broker shares only on consent) and the MB milestones shared as praktische-zaken. Nothing shared on consent.
 */
export function overdrachtVan(inburgeraar: Inburgeraar, verhuizing: Verhuizing): Overdracht {
  const { traject } = inburgeraar;
  const einddatum = traject?.verlenging?.einddatum ?? traject?.einddatum;
  return {
    verhuizingId: verhuizing.verhuizingId,
    inburgeraarId: inburgeraar.inburgeraarId,
    van: verhuizing.van,
    naar: verhuizing.naar,
    datum: verhuizing.datum,
    doelgroep: inburgeraar.doelgroep,
    persoon: { ...inburgeraar.persoon },
    aangemeldOp: inburgeraar.aangemeldOp,
    ...(inburgeraar.koppelingsdatum ? { koppelingsdatum: inburgeraar.koppelingsdatum } : {}),
    ...(inburgeraar.woningtoewijzingsdatum ? { woningtoewijzingsdatum: inburgeraar.woningtoewijzingsdatum } : {}),
    ...(inburgeraar.brpInschrijvingsdatum ? { brpInschrijvingsdatum: inburgeraar.brpInschrijvingsdatum } : {}),
    ...(traject
      ? {
          traject: {
            fase: statusVan(inburgeraar),
            ...(traject.startdatum ? { startdatum: traject.startdatum } : {}),
            ...(einddatum ? { einddatum } : {}),
          },
        }
      : {}),
    inburgering: Object.entries(inburgeraar.inburgering ?? {}).flatMap(([soort, feit]) =>
      feit
        ? [
            {
              soort: soort as Overdracht['inburgering'][number]['soort'],
              datum: feit.datum,
              ...(feit.leerroute ? { leerroute: feit.leerroute } : {}),
            },
          ]
        : [],
    ),
    mbMijlpalen: { ...(inburgeraar.mbMijlpalen ?? {}) },
  };
}

/**
 * The dossier a received hand-over makes in the new gemeente: the old deployment's facts, the organisation that
 * serves the doelgroep here, and where it came from. The trajectstatus is authoritative until the new organisation
 * shares its own (its version is the hand-over's, older than any share made here).
 */
export function dossierUitOverdracht(o: Overdracht, organisatie: string, ontvangenOp: string): Inburgeraar {
  const inburgering = Object.fromEntries(
    o.inburgering.map((f) => [
      f.soort,
      {
        mijlpaalId: `${o.verhuizingId}:${f.soort}`,
        datum: f.datum,
        ...(f.leerroute ? { leerroute: f.leerroute } : {}),
      },
    ]),
  );
  return {
    inburgeraarId: o.inburgeraarId,
    gemeente: o.naar,
    doelgroep: o.doelgroep as Doelgroep,
    uitvoeringsorganisatie: organisatie,
    persoon: { ...o.persoon },
    aangemeldOp: o.aangemeldOp,
    ...(o.koppelingsdatum ? { koppelingsdatum: o.koppelingsdatum } : {}),
    ...(o.woningtoewijzingsdatum ? { woningtoewijzingsdatum: o.woningtoewijzingsdatum } : {}),
    ...(o.brpInschrijvingsdatum ? { brpInschrijvingsdatum: o.brpInschrijvingsdatum } : {}),
    ...(o.traject ? { traject: { ...o.traject, versie: `${ontvangenOp.slice(0, 10)}T00:00:00.000Z#overdracht` } } : {}),
    ...(o.inburgering.length > 0 ? { inburgering } : {}),
    ...(Object.keys(o.mbMijlpalen).length > 0 ? { mbMijlpalen: { ...o.mbMijlpalen } } : {}),
    herkomst: { verhuizingId: o.verhuizingId, van: o.van, datum: o.datum },
  };
}
