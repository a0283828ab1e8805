import type { Fase } from '@wegwijs/contracts';
import { type Profiel, startdatumVoor } from '@wegwijs/profielen';
import { isAanbod } from './aanbod';
import { laatste, plusDagen, plusMaanden, vroegste } from './datum';
import type { Traject } from './traject';

export type ProfielVoorFase = Pick<
  Profiel,
  'startmoment' | 'doelgroepen' | 'looptijdMaanden' | 'opstartfase' | 'fasen' | 'afrondingsfase' | 'einde' | 'afbouw'
>;

/** The facts the fase is computed from. */
export type FaseFeiten = Pick<
  Traject,
  'aanmelding' | 'woningtoewijzing' | 'brpInschrijving' | 'opstartfaseAfgerond' | 'verlengingen' | 'afronding'
>;

/**
 * The dates of a started traject. Phases are half-open intervals: opstartfase [startdatum, opstartEinde),
 * begeleidingsfase [opstartEinde, afrondingStart), afrondingsfase [afrondingStart, einddatum], and afgerond from the
 * day after einddatum (the einddatum itself is the last day of MB).
 */
export interface Tijdlijn {
  startdatum: string;
  opstartEinde: string;
  afrondingStart: string | undefined;
  /** Absent where the doelgroep gets an offer instead of the traject (Rotterdam's gezinsmigranten, 4.4: `aanbod.ts`). */
  einddatum: string | undefined;
}

/**
 * The start of MB by the profile for the inburgeraar's doelgroep: the earliest known of its startmomenten (koppeling
 * in Groningen, woningtoewijzing elsewhere; the BRP-inschrijving too for a nareiziger or gezinsmigrant, 4.1.2 and
 * Wi2021 art. 13(3)). Before the aanmelding has arrived the doelgroep is unknown: the gemeente's startmoment applies.
 */
export function startdatumVan(profiel: ProfielVoorFase, f: FaseFeiten): string | undefined {
  const feiten = {
    koppelingsdatum: f.aanmelding?.koppelingsdatum,
    woningtoewijzingsdatum: f.woningtoewijzing?.datum,
    brpInschrijvingsdatum: f.brpInschrijving?.datum,
  };
  const doelgroep = f.aanmelding?.doelgroep;
  if (doelgroep) return startdatumVoor(profiel, doelgroep, feiten);
  return startdatumVoor({ ...profiel, doelgroepen: [] }, 'asielstatushouder', feiten);
}

export const verlengdeMaanden = (f: Pick<FaseFeiten, 'verlengingen'>) =>
  f.verlengingen.reduce((som, v) => som + v.maanden, 0);

export function tijdlijnVan(profiel: ProfielVoorFase, f: FaseFeiten): Tijdlijn | undefined {
  const startdatum = startdatumVan(profiel, f);
  if (!startdatum) return undefined;
  // An offer (a workshop of choice and help on specific questions) has no opstartfase, looptijd or afrondingsfase.
  if (isAanbod(profiel, f.aanmelding?.doelgroep)) {
    return { startdatum, opstartEinde: startdatum, afrondingStart: undefined, einddatum: undefined };
  }
  const einddatum = plusMaanden(startdatum, profiel.looptijdMaanden + verlengdeMaanden(f));
  const naEinde = plusDagen(einddatum, 1);
  const opstartMax = plusMaanden(startdatum, Math.max(...profiel.opstartfase.duurMaanden));
  const afgerondOp = f.opstartfaseAfgerond ? laatste(startdatum, f.opstartfaseAfgerond.datum) : undefined;
  const opstartEinde = vroegste(opstartMax, afgerondOp, naEinde) ?? opstartMax;
  const afrondingStart = profiel.afrondingsfase
    ? (vroegste(laatste(plusMaanden(einddatum, -profiel.afrondingsfase.maanden), opstartEinde), naEinde) ?? naEinde)
    : undefined;
  return { startdatum, opstartEinde, afrondingStart, einddatum };
}

export interface FaseOp {
  fase: Fase;
  /** The first day of this fase, where known (aangemeld before the start has none). */
  sinds: string | undefined;
}

/**
 * The fase on a day: a pure function of the profile, the facts and that day. Where MB has no formal end (Tholen, 3.3),
 * the end of the looptijd does not close the traject: only an afronding does.
 */
export function faseOp(profiel: ProfielVoorFase, f: FaseFeiten, vandaag: string): FaseOp {
  if (f.afronding && f.afronding.datum <= vandaag) return { fase: 'afgerond', sinds: f.afronding.datum };
  const t = tijdlijnVan(profiel, f);
  if (!t || vandaag < t.startdatum) return { fase: 'aangemeld', sinds: undefined };
  if (t.einddatum && vandaag > t.einddatum && profiel.einde.formeel) {
    return { fase: 'afgerond', sinds: plusDagen(t.einddatum, 1) };
  }
  if (t.afrondingStart && vandaag >= t.afrondingStart) return { fase: 'afrondingsfase', sinds: t.afrondingStart };
  if (vandaag >= t.opstartEinde) return { fase: 'begeleidingsfase', sinds: t.opstartEinde };
  return { fase: 'opstartfase', sinds: t.startdatum };
}

export const isActief = (fase: Fase) => fase !== 'aangemeld' && fase !== 'afgerond';

export type Afbouwfase = ProfielVoorFase['afbouw'][number] & { sinds: string };

/**
 * Where a gemeente tapers MB deliberately (Tholen: year 1 intensive, year 2 learning to do things yourself, year 3
 * the spreekuur when needed; Heerenveen: a year intensive, then the spreekuur; 4.3), the stage on a day.
 */
export function afbouwOp(profiel: ProfielVoorFase, f: FaseFeiten, vandaag: string): Afbouwfase | undefined {
  const t = tijdlijnVan(profiel, f);
  if (!t || vandaag < t.startdatum || isAanbod(profiel, f.aanmelding?.doelgroep)) return undefined;
  const bereikt = [...profiel.afbouw]
    .sort((a, b) => a.vanafMaand - b.vanafMaand)
    .map((stap) => ({ ...stap, sinds: plusMaanden(t.startdatum, stap.vanafMaand) }))
    .filter((stap) => stap.sinds <= vandaag);
  return bereikt.at(-1);
}
