import type { Fase } from '@wegwijs/contracts';
import { type Profiel, startdatumVoor, startmomentenVoor } from '@wegwijs/profielen';
import { isAanbod } from './aanbod';
import { laatste, plusDagen, plusMaanden, vroegste } from './datum';
import type { Traject } from './traject';

export type ProfielVoorFase = Pick<
  Profiel,
  | 'startmoment'
  | 'doelgroepen'
  | 'looptijdMaanden'
  | 'opstartfase'
  | 'fasen'
  | 'afrondingsfase'
  | 'einde'
  | 'afbouw'
  | 'afronding'
>;

/**
 * Whether MB ends only with recorded steps: Roermond and Rotterdam close with an eindgesprek and a written overdracht
 * to the inburgeringsconsulent (4.3), Rotterdam's third phase evaluates "of de beoogde resultaten zijn bereikt"
 * (3.3.4). Such a traject does not close by itself at its einddatum: it waits in its afrondingsfase.
 */
export const eindigtMetStappen = (profiel: Pick<ProfielVoorFase, 'afronding' | 'afrondingsfase'>) =>
  profiel.afronding.vereist.eindgesprek ||
  profiel.afronding.vereist.schriftelijkeOverdracht ||
  profiel.afrondingsfase !== null;

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

/**
 * The day the opstartfase's fixed afspraken count from: the start of MB, or where the profile says so the
 * woningtoewijzing (Groningen starts MB at the koppeling, but "vanaf koppeling aan woning worden 4 à 5 afspraken
 * ingepland in de eerste 2 à 3 maanden", 3.3 table: until then the person may still live in an azc elsewhere). A
 * doelgroep that may start at the BRP-inschrijving (a nareiziger joining a housed household, Wi2021 art. 13(3)) counts
 * from that day when it has no woningtoewijzing of its own. Undefined until known.
 */
export function afsprakenVanaf(profiel: ProfielVoorFase, f: FaseFeiten, startdatum: string): string | undefined {
  if (profiel.opstartfase.afsprakenVanaf !== 'woningtoewijzing' || !f.aanmelding) return startdatum;
  const metBrp = startmomentenVoor(profiel, f.aanmelding.doelgroep).includes('brp-inschrijving');
  const dag = f.woningtoewijzing?.datum ?? (metBrp ? f.brpInschrijving?.datum : undefined);
  return dag ? laatste(startdatum, dag) : undefined;
}

export function tijdlijnVan(profiel: ProfielVoorFase, f: FaseFeiten): Tijdlijn | undefined {
  const startdatum = startdatumVan(profiel, f);
  if (!startdatum) return undefined;
  // An offer (a workshop of choice and help on specific questions) has no opstartfase, looptijd or afrondingsfase.
  if (isAanbod(profiel, f.aanmelding?.doelgroep)) {
    return { startdatum, opstartEinde: startdatum, afrondingStart: undefined, einddatum: undefined };
  }
  const einddatum = plusMaanden(startdatum, profiel.looptijdMaanden + verlengdeMaanden(f));
  const naEinde = plusDagen(einddatum, 1);
  // The opstartfase lasts its months from the day its afspraken count from; where that day is not known yet
  // (Groningen before the woningtoewijzing), it has not ended.
  const vanaf = afsprakenVanaf(profiel, f, startdatum);
  const opstartMax = vanaf ? plusMaanden(vanaf, Math.max(...profiel.opstartfase.duurMaanden)) : naEinde;
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
 * the end of the looptijd does not close the traject: only an afronding does. Where the profile requires steps to
 * close (Roermond, Rotterdam: 4.3, 3.3.4) the traject waits in its afrondingsfase past the einddatum until the
 * afronding with those steps is recorded.
 */
export function faseOp(profiel: ProfielVoorFase, f: FaseFeiten, vandaag: string): FaseOp {
  if (f.afronding && f.afronding.datum <= vandaag) return { fase: 'afgerond', sinds: f.afronding.datum };
  const t = tijdlijnVan(profiel, f);
  if (!t || vandaag < t.startdatum) return { fase: 'aangemeld', sinds: undefined };
  if (t.einddatum && vandaag > t.einddatum && profiel.einde.formeel) {
    const naEinde = plusDagen(t.einddatum, 1);
    if (eindigtMetStappen(profiel)) return { fase: 'afrondingsfase', sinds: vroegste(t.afrondingStart, naEinde) };
    return { fase: 'afgerond', sinds: naEinde };
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
