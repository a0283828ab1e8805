import type { Doelgroep } from '@wegwijs/contracts';
import type { DoelgroepProfiel, Profiel } from '@wegwijs/profielen';

/**
 * The offer of a doelgroep that gets no statushouder traject (issue 22 item 5): Rotterdam's gezinsmigranten get "een
 * groepsworkshop naar keuze ... Daarnaast ... individuele begeleiding bij specifieke hulpvragen" (report 4.4), from
 * another aanbieder. Such a traject has no opstartfase with its afspraken, no fixed looptijd and no formal end: it runs
 * from its start until its afronding. Undefined for every doelgroep that gets the gemeente's traject.
 */
export function aanbodVan(
  profiel: Pick<Profiel, 'doelgroepen'>,
  doelgroep: Doelgroep | undefined,
): NonNullable<DoelgroepProfiel['aanbod']> | undefined {
  if (!doelgroep) return undefined;
  return profiel.doelgroepen.find((d) => d.doelgroep === doelgroep)?.aanbod;
}

export const isAanbod = (profiel: Pick<Profiel, 'doelgroepen'>, doelgroep: Doelgroep | undefined): boolean =>
  aanbodVan(profiel, doelgroep) !== undefined;
