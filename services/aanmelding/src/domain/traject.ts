import { FASEN, type Fase } from '@wegwijs/contracts';
import { type Profiel, startdatumVoor } from '@wegwijs/profielen';
import { dagenTussen, plusMaanden } from './datum';
import type { Inburgeraar, TrajectProjectie } from './inburgeraar';

/**
 * The day MB starts by the gemeente's profile for this doelgroep: the earliest known of its startmomenten (koppeling in
 * Groningen, woningtoewijzing elsewhere; the BRP-inschrijving too for nareizigers and gezinsmigranten).
 */
export const startdatumVolgensProfiel = (profiel: Profiel, inburgeraar: Inburgeraar): string | undefined =>
  startdatumVoor(profiel, inburgeraar.doelgroep, inburgeraar);

/** The fase: the broker's projection when present, aangemeld before that. */
export const statusVan = (inburgeraar: Inburgeraar): Fase => inburgeraar.traject?.fase ?? 'aangemeld';

/**
 * The traject as the gemeente sees it: the broker's projection where it says something, else computed from the
 * profile (startdatum at the startmoment, einddatum after the looptijd). Absent while no startdatum is known.
 */
export function trajectVan(
  profiel: Profiel,
  inburgeraar: Inburgeraar,
): { fase: Fase; startdatum: string; einddatum: string } | undefined {
  const startdatum = inburgeraar.traject?.startdatum ?? startdatumVolgensProfiel(profiel, inburgeraar);
  if (!startdatum) return undefined;
  const einddatum = einddatumVan(inburgeraar.traject) ?? plusMaanden(startdatum, profiel.looptijdMaanden);
  return { fase: statusVan(inburgeraar), startdatum, einddatum };
}

/** The einddatum of the newest of the shared trajectstatus and the shared verlenging. */
function einddatumVan(traject: TrajectProjectie | undefined): string | undefined {
  const { verlenging } = traject ?? {};
  if (verlenging && (!traject?.einddatum || verlenging.versie > datumVersie(traject, 'einddatum'))) {
    return verlenging.einddatum;
  }
  return traject?.einddatum;
}

export interface Tijdigheid {
  dagenTussenKoppelingEnStart?: number;
  dagenTussenKoppelingEnBrpInschrijving?: number;
  dagenSindsKoppelingZonderStart?: number;
}

/** The gap the report worries about (6.1 tijdige start), in days from the koppeling. */
export function tijdigheid(profiel: Profiel, inburgeraar: Inburgeraar, vandaag: string): Tijdigheid {
  const start = trajectVan(profiel, inburgeraar)?.startdatum;
  const { koppelingsdatum, brpInschrijvingsdatum } = inburgeraar;
  // Without a koppeling (a doelgroep without one, report 4.4) there is no gap from it to count.
  if (!koppelingsdatum) return {};
  return {
    ...(start ? { dagenTussenKoppelingEnStart: dagenTussen(koppelingsdatum, start) } : {}),
    ...(brpInschrijvingsdatum
      ? { dagenTussenKoppelingEnBrpInschrijving: dagenTussen(koppelingsdatum, brpInschrijvingsdatum) }
      : {}),
    ...(!start && statusVan(inburgeraar) !== 'afgerond'
      ? { dagenSindsKoppelingZonderStart: Math.max(0, dagenTussen(koppelingsdatum, vandaag)) }
      : {}),
  };
}

/** The trajectstatus shared by the consent broker, when it is one this context can use. */
export function trajectProjectieUit(
  gedeeld: { categorie: string; trajectstatus?: { fase: string; startdatum?: string; einddatum?: string } },
  versie: string,
): TrajectProjectie | undefined {
  const status = gedeeld.trajectstatus;
  if (gedeeld.categorie !== 'trajectstatus' || !status) return undefined;
  if (!(FASEN as readonly string[]).includes(status.fase)) return undefined;
  return {
    fase: status.fase as Fase,
    ...(status.startdatum ? { startdatum: status.startdatum } : {}),
    ...(status.einddatum ? { einddatum: status.einddatum } : {}),
    versie,
  };
}

/** Event versions order by occurredAt, then by event id: `${occurredAt}#${id}`. */
export const eventVersie = (meta: { occurredAt: string; id: string }) => `${meta.occurredAt}#${meta.id}`;

/** Whether a projection of version `nieuw` replaces the current one (older or equal versions are ignored). */
export const isNieuwer = (huidig: TrajectProjectie | undefined, nieuw: string) =>
  huidig === undefined || huidig.versie < nieuw;

type DatumVeld = 'startdatum' | 'einddatum';
const DATUM_VELDEN: readonly DatumVeld[] = ['startdatum', 'einddatum'];

/** The version of the share a date came from (a projection stored before dates had their own: the projection's). */
const datumVersie = (p: TrajectProjectie, veld: DatumVeld) => p.datumVersies?.[veld] ?? (p[veld] ? p.versie : '');

/**
 * Merges a share into the projection, whatever order the shares arrive in: the fase from the newest share, and each
 * date from the newest share that carries it, so an older share delivered late still fills a date the newer ones leave
 * out (e.g. the startdatum under an afgerond that carries none). Undefined when nothing changes.
 */
export function voegTrajectSamen(
  huidig: TrajectProjectie | undefined,
  nieuw: TrajectProjectie,
): TrajectProjectie | undefined {
  const nieuwer = isNieuwer(huidig, nieuw.versie);
  const basis: TrajectProjectie = huidig ? { ...huidig } : { versie: nieuw.versie };
  let gewijzigd = nieuwer;
  if (nieuwer) {
    basis.versie = nieuw.versie;
    if (nieuw.fase) basis.fase = nieuw.fase;
  }
  for (const veld of DATUM_VELDEN) {
    const datum = nieuw[veld];
    if (!datum || (huidig && datumVersie(huidig, veld) >= nieuw.versie)) continue;
    basis[veld] = datum;
    basis.datumVersies = { ...basis.datumVersies, [veld]: nieuw.versie };
    gewijzigd = true;
  }
  return gewijzigd ? basis : undefined;
}

/** A verlenging the broker shared (trajectstatus of a TrajectVerlengd: a new einddatum, no fase). */
export function verlengingUit(
  gedeeld: { categorie: string; verlenging?: { einddatum: string } },
  versie: string,
): { einddatum: string; versie: string } | undefined {
  if (gedeeld.categorie !== 'trajectstatus' || !gedeeld.verlenging) return undefined;
  return { einddatum: gedeeld.verlenging.einddatum, versie };
}

/**
 * Adds a verlenging to the projection, or undefined when an equal or newer one is already there. The projection's
 * version gains a suffix, so that a concurrent writer of an older read fails its condition and retries; the suffix
 * keeps the order against other events' versions.
 */
export function voegVerlengingToe(
  huidig: TrajectProjectie | undefined,
  verlenging: { einddatum: string; versie: string },
): TrajectProjectie | undefined {
  if (huidig?.verlenging && huidig.verlenging.versie >= verlenging.versie) return undefined;
  return { ...huidig, versie: `${huidig?.versie ?? ''}+v`, verlenging };
}
