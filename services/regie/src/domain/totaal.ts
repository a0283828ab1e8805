import { REGIE_TOTAAL, type RegieCel } from '@wegwijs/contracts/api/regie-responses';
import { aandelenTeruggewezen, gepubliceerd, telling } from './cellen';

/**
 * The total of the answer's gemeenten (a samenwerkingsverband such as Zaffier): per period, indicator and dimension
 * values, the sum of the gemeenten's PUBLISHED counts. It adds nothing to what those tell (no gemeente's hidden
 * count is the total minus the others), so it needs no protection of its own. Medians and p90s are not added up.
 */
export function totaalVan(cellen: readonly RegieCel[]): RegieCel[] {
  const sommen = new Map<string, { cel: RegieCel; som: number }>();
  for (const c of cellen) {
    if (c.statistiek !== 'aantal' || c.gemeente === REGIE_TOTAAL) continue;
    const sleutel = JSON.stringify([c.periode, c.indicator, c.dimensies]);
    const s = sommen.get(sleutel) ?? { cel: c, som: 0 };
    s.som += gepubliceerd(c);
    sommen.set(sleutel, s);
  }
  const totalen = [...sommen.values()].map(({ cel, som }) => ({
    ...cel,
    gemeente: REGIE_TOTAAL,
    ...telling(som),
  }));
  return [...totalen, ...aandelenTeruggewezen(totalen)];
}
