import type { Reeks } from '../domain/regie';
import type { Statistiek } from '../domain/regie-typen';
import type { RegieVertaler } from '../i18n/regie';

/** A code the catalogue does not name yet, written as words (the API's codes are kebab-case). */
const leesbaar = (code: string) => code.replace(/-/g, ' ');

function naam(v: RegieVertaler, prefix: string, code: string): string {
  const sleutel = `${prefix}${code}`;
  return v.heeft(sleutel) ? v.t(sleutel) : leesbaar(code);
}

const DOORLOOPTIJD = /^([a-z0-9-]+?)--([a-z0-9-]+)$/;

/** The name of an indicator; a doorlooptijd (`<van>--<naar>`) names its two milestones. */
export function indicatorNaam(v: RegieVertaler, indicator: string): string {
  const paar = DOORLOOPTIJD.exec(indicator);
  if (paar?.[1] && paar[2]) {
    return v.t('indicator.doorlooptijd', { van: naam(v, 'mijlpaal.', paar[1]), naar: naam(v, 'mijlpaal.', paar[2]) });
  }
  return naam(v, 'indicator.', indicator);
}

export const dimensieTekst = (v: RegieVertaler, [dimensie, waarde]: [string, string]) =>
  `${naam(v, 'dimensie.', dimensie)}: ${leesbaar(waarde)}`;

/** The title of a series: indicator, its dimension values and its statistic. */
export function reeksTitel(v: RegieVertaler, reeks: Reeks): string {
  return v.t('reeks.titel', {
    indicator: indicatorNaam(v, reeks.indicator),
    dimensies: reeks.dimensies.length ? reeks.dimensies.map((d) => dimensieTekst(v, d)).join(', ') : 'geen',
    statistiek: v.t(`statistiek.${reeks.statistiek}`),
  });
}

/** A figure as text: a share as a percentage, anything else as a number. */
export const waardeTekst = (v: RegieVertaler, statistiek: Statistiek, waarde: number) =>
  statistiek === 'aandeel' ? v.procent(waarde) : v.getal(waarde);
