import type { Fase } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { laatste, plusDagen, plusMaanden, vroegste } from './datum';
import type { Traject } from './traject';

/**
 * Length of the afrondingsfase where the profile has one (Rotterdam's third phase, report 3.3.4): the last three
 * months of the traject. The report gives no length; three months mirrors Rotterdam's three-month opstartfase.
 */
export const AFRONDINGSFASE_MAANDEN = 3;

export type ProfielVoorFase = Pick<Profiel, 'startmoment' | 'looptijdMaanden' | 'opstartfase' | 'fasen'>;

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
  einddatum: string;
}

/** The profile's startmoment: koppeling (Groningen), woningtoewijzing (elsewhere) or BRP-inschrijving. */
export function startdatumVan(profiel: ProfielVoorFase, f: FaseFeiten): string | undefined {
  switch (profiel.startmoment) {
    case 'koppeling':
      return f.aanmelding?.koppelingsdatum;
    case 'woningtoewijzing':
      return f.woningtoewijzing?.datum;
    case 'brp-inschrijving':
      return f.brpInschrijving?.datum;
  }
}

export const verlengdeMaanden = (f: Pick<FaseFeiten, 'verlengingen'>) =>
  f.verlengingen.reduce((som, v) => som + v.maanden, 0);

export function tijdlijnVan(profiel: ProfielVoorFase, f: FaseFeiten): Tijdlijn | undefined {
  const startdatum = startdatumVan(profiel, f);
  if (!startdatum) return undefined;
  const einddatum = plusMaanden(startdatum, profiel.looptijdMaanden + verlengdeMaanden(f));
  const naEinde = plusDagen(einddatum, 1);
  const opstartMax = plusMaanden(startdatum, Math.max(...profiel.opstartfase.duurMaanden));
  const afgerondOp = f.opstartfaseAfgerond ? laatste(startdatum, f.opstartfaseAfgerond.datum) : undefined;
  const opstartEinde = vroegste(opstartMax, afgerondOp, naEinde) ?? opstartMax;
  const afrondingStart = profiel.fasen.includes('afrondingsfase')
    ? (vroegste(laatste(plusMaanden(einddatum, -AFRONDINGSFASE_MAANDEN), opstartEinde), naEinde) ?? naEinde)
    : undefined;
  return { startdatum, opstartEinde, afrondingStart, einddatum };
}

export interface FaseOp {
  fase: Fase;
  /** The first day of this fase, where known (aangemeld before the start has none). */
  sinds: string | undefined;
}

/** The fase on a day: a pure function of the profile, the facts and that day. */
export function faseOp(profiel: ProfielVoorFase, f: FaseFeiten, vandaag: string): FaseOp {
  if (f.afronding && f.afronding.datum <= vandaag) return { fase: 'afgerond', sinds: f.afronding.datum };
  const t = tijdlijnVan(profiel, f);
  if (!t || vandaag < t.startdatum) return { fase: 'aangemeld', sinds: undefined };
  if (vandaag > t.einddatum) return { fase: 'afgerond', sinds: plusDagen(t.einddatum, 1) };
  if (t.afrondingStart && vandaag >= t.afrondingStart) return { fase: 'afrondingsfase', sinds: t.afrondingStart };
  if (vandaag >= t.opstartEinde) return { fase: 'begeleidingsfase', sinds: t.opstartEinde };
  return { fase: 'opstartfase', sinds: t.startdatum };
}

export const isActief = (fase: Fase) => fase !== 'aangemeld' && fase !== 'afgerond';
