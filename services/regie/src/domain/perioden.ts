import type { RegiePeriode } from '@wegwijs/contracts';
import { maandenTussen, plusMaanden } from './maanden';

/** One period of an answer: its label and its months (calendar-aligned). */
export interface Periode {
  label: string;
  vanaf: string;
  tot: string;
}

const LENGTE: Record<RegiePeriode, number> = { maand: 1, kwartaal: 3, halfjaar: 6, jaar: 12 };

/** The first month of the period of this kind that holds `maand`. */
export function beginVan(soort: RegiePeriode, maand: string): string {
  const jaar = maand.slice(0, 4);
  const index = Number(maand.slice(5, 7)) - 1;
  const begin = index - (index % LENGTE[soort]);
  return `${jaar}-${String(begin + 1).padStart(2, '0')}`;
}

function label(soort: RegiePeriode, begin: string): string {
  const jaar = begin.slice(0, 4);
  const index = Number(begin.slice(5, 7)) - 1;
  if (soort === 'maand') return begin;
  if (soort === 'kwartaal') return `${jaar}-K${index / 3 + 1}`;
  if (soort === 'halfjaar') return `${jaar}-H${index / 6 + 1}`;
  return jaar;
}

/** The whole periods of this kind that cover `vanaf`..`tot` (widened to whole periods), in order. */
export function periodenTussen(soort: RegiePeriode, vanaf: string, tot: string): Periode[] {
  const uit: Periode[] = [];
  for (let begin = beginVan(soort, vanaf); begin <= tot; begin = plusMaanden(begin, LENGTE[soort])) {
    uit.push({ label: label(soort, begin), vanaf: begin, tot: plusMaanden(begin, LENGTE[soort] - 1) });
  }
  return uit;
}

/** Every month of the periods, in order. */
export const maandenVan = (perioden: readonly Periode[]) => perioden.flatMap((p) => maandenTussen(p.vanaf, p.tot));
