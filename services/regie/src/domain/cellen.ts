import type { Indicatorset } from '@wegwijs/contracts';
import type { Statistiek } from '@wegwijs/contracts/api/regie-responses';
import { DIMENSIES, INDICATOREN, type IndicatorDefinitie } from '@wegwijs/contracts/events/regie-catalogus';
import type { RuweCel } from './onderdrukking';
import { aantalIn, type Histogram, mediaan, p90 } from './statistiek';
import { celSleutel, type Tellers, telOp, uitCelSleutel } from './tellers';

/** The counters of one gemeente and indicator set, summed over shards, per month (any months; stands need the earlier ones). */
export type PerMaand = ReadonlyMap<string, Tellers>;

type Dims = Record<string, string>;

/** Every combination of the values of the given dimensions, in the catalogue's order of keys. */
function combinaties(sleutels: readonly (keyof typeof DIMENSIES)[]): Dims[] {
  return sleutels.reduce<Dims[]>((acc, k) => acc.flatMap((d) => DIMENSIES[k].map((v) => ({ ...d, [k]: v }))), [{}]);
}

/** The value of each month: the month's own counters (stroom, verdeling) or the stand at its end (all months up to it). */
function waardenPerMaand(perMaand: PerMaand, maanden: readonly string[], stand: boolean): Map<string, Tellers> {
  if (!stand) return new Map(maanden.map((m) => [m, perMaand.get(m) ?? {}]));
  const uit = new Map<string, Tellers>();
  const bekend = [...perMaand.keys()].sort();
  let som: Tellers = {};
  let i = 0;
  for (const m of [...maanden].sort()) {
    for (; i < bekend.length && (bekend[i] as string) <= m; i++) {
      som = telOp(som, Object.entries(perMaand.get(bekend[i] as string) ?? {}));
    }
    uit.set(m, som);
  }
  return uit;
}

const cel = (
  gemeente: string,
  maand: string,
  indicator: string,
  dimensies: Dims,
  statistiek: Statistiek,
  waarde: number | null,
): RuweCel => ({
  gemeente,
  maand,
  indicator,
  dimensies,
  statistiek,
  waarde,
});

/** The counts of an indicator per combination; with one dimension also its total (dimensies {}), a group for secondary suppression. */
function aantallen(gemeente: string, maand: string, def: IndicatorDefinitie, tellers: Tellers): RuweCel[] {
  const delen = combinaties(def.dimensies).map((d) =>
    cel(gemeente, maand, def.indicator, d, 'aantal', tellers[celSleutel(def.indicator, d)] ?? 0),
  );
  if (def.dimensies.length !== 1) return delen;
  const sleutel = `${gemeente}#${maand}#${def.indicator}`;
  const totaal = cel(
    gemeente,
    maand,
    def.indicator,
    {},
    'aantal',
    delen.reduce((s, c) => s + (c.waarde ?? 0), 0),
  );
  return [
    ...delen.map((c) => ({ ...c, groep: { sleutel, totaal: false } })),
    { ...totaal, groep: { sleutel, totaal: true } },
  ];
}

/** Number, median and p90 of the days of one doorlooptijd in a month. */
function verdeling(gemeente: string, maand: string, def: IndicatorDefinitie, tellers: Tellers): RuweCel[] {
  const h = new Map<number, number>();
  for (const [sleutel, n] of Object.entries(tellers)) {
    const c = uitCelSleutel(sleutel);
    if (c.indicator === def.indicator && c.dagen !== undefined) h.set(c.dagen, (h.get(c.dagen) ?? 0) + n);
  }
  const histogram: Histogram = h;
  const n = aantalIn(histogram);
  return [
    cel(gemeente, maand, def.indicator, {}, 'aantal', n),
    { ...cel(gemeente, maand, def.indicator, {}, 'mediaan', mediaan(histogram) ?? null), aantal: n },
    { ...cel(gemeente, maand, def.indicator, {}, 'p90', p90(histogram) ?? null), aantal: n },
  ];
}

/** The share of the verwijzingen decided in a month that were sent back, per partner: teruggewezen / (geaccepteerd + teruggewezen). */
function aandelenTeruggewezen(gemeente: string, maand: string, tellers: Tellers): RuweCel[] {
  return DIMENSIES.partner.map((partner) => {
    const teller = tellers[celSleutel('uitkomst', { partner, uitkomst: 'teruggewezen' })] ?? 0;
    const noemer = teller + (tellers[celSleutel('uitkomst', { partner, uitkomst: 'geaccepteerd' })] ?? 0);
    const waarde = noemer > 0 ? Math.round((teller / noemer) * 1000) / 1000 : null;
    return {
      ...cel(gemeente, maand, 'uitkomst', { partner, uitkomst: 'teruggewezen' }, 'aandeel', waarde),
      teller,
      noemer,
    };
  });
}

/**
 * Every fixed, atomic cell of an indicator set for one gemeente and the given months (pure, before suppression):
 * gemeente x month x indicator x one value of each dimension x statistic. The cells do not depend on the filter: the
 * same gemeente and month give the same cells whatever else was asked.
 */
export function cellenVan(
  set: Indicatorset,
  gemeente: string,
  maanden: readonly string[],
  perMaand: PerMaand,
): RuweCel[] {
  const uit: RuweCel[] = [];
  for (const def of INDICATOREN[set]) {
    const waarden = waardenPerMaand(perMaand, maanden, def.soort === 'stand');
    for (const maand of maanden) {
      const tellers = waarden.get(maand) ?? {};
      uit.push(
        ...(def.soort === 'verdeling'
          ? verdeling(gemeente, maand, def, tellers)
          : aantallen(gemeente, maand, def, tellers)),
      );
      if (set === 'verwijzingen' && def.indicator === 'uitkomst')
        uit.push(...aandelenTeruggewezen(gemeente, maand, tellers));
    }
  }
  return uit;
}
