import { describe, expect, it } from 'vitest';
import { medewerkerUitClaims } from '../src/domain/medewerker';
import { filterQuery, leesFilter, maanden, reeksenVan, schaal } from '../src/domain/regie';
import type { RegieAntwoord, RegieCel } from '../src/domain/regie-typen';

const NU = new Date('2026-11-29T10:00:00Z');
const cel = (o: Partial<RegieCel>): RegieCel => ({
  gemeente: '0361',
  periode: o.periode ?? o.maand ?? '2026-03',
  maand: '2026-03',
  indicator: 'gepland',
  dimensies: {},
  statistiek: 'aantal',
  waarde: 7,
  onderdrukt: false,
  ...o,
});
const antwoord = (cellen: RegieCel[], gemeenten = ['0361', '0373']): RegieAntwoord => ({
  indicatorset: 'afspraken',
  periode: 'maand',
  vanaf: '2026-01',
  tot: '2026-04',
  gemeenten,
  cellen,
});

describe('the regie filter', () => {
  it("defaults to the last 12 months up to the current month and all the caller's gemeenten", () => {
    // Arrange / Act
    const f = leesFilter(new URLSearchParams(''), NU);
    // Assert
    expect(f).toEqual({ gemeenten: [], vanaf: '2025-12', tot: '2026-11', periode: 'maand' });
  });

  it('keeps whole gemeenten (CBS codes, once each) and whole months', () => {
    const f = leesFilter(
      new URLSearchParams('gemeente=0361&gemeente=0373&gemeente=0361&gemeente=x&vanaf=2025-01&tot=2026-12'),
      NU,
    );
    expect(f).toEqual({ gemeenten: ['0361', '0373'], vanaf: '2025-01', tot: '2026-12', periode: 'maand' });
    if (typeof f === 'string') throw new Error(f);
    expect(filterQuery(f)).toBe('gemeente=0361&gemeente=0373&vanaf=2025-01&tot=2026-12');
  });

  it('refuses malformed months, a period that runs backwards and one longer than 24 months', () => {
    expect(leesFilter(new URLSearchParams('vanaf=2026-13'), NU)).toBe('maand');
    expect(leesFilter(new URLSearchParams('vanaf=2026-3'), NU)).toBe('maand');
    expect(leesFilter(new URLSearchParams('vanaf=2026-05&tot=2026-04'), NU)).toBe('volgorde');
    expect(leesFilter(new URLSearchParams('vanaf=2024-12&tot=2026-12'), NU)).toBe('te-lang');
    expect(leesFilter(new URLSearchParams('vanaf=2025-01&tot=2026-12'), NU)).not.toBeTypeOf('string');
  });

  it('lists the months of a period across a year boundary', () => {
    expect(maanden('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('series from the regie answer', () => {
  it('groups cells per indicator, statistic and dimension values; a suppressed cell stays suppressed, never 0', () => {
    // Arrange
    const a = antwoord([
      cel({ indicator: 'gepland', dimensies: { fase: 'opstartfase' }, waarde: 12 }),
      cel({
        indicator: 'gepland',
        dimensies: { fase: 'opstartfase' },
        gemeente: '0373',
        waarde: null,
        onderdrukt: true,
      }),
      cel({ indicator: 'gepland', dimensies: { fase: 'begeleidingsfase' }, maand: '2026-04', waarde: 0 }),
      cel({ indicator: 'afgezegd', dimensies: { fase: 'opstartfase' }, waarde: 5 }),
    ]);
    // Act
    const r = reeksenVan(a, ['afgezegd', 'gepland']);
    // Assert
    expect(r.maanden).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(r.perIndicator.map((i) => i.indicator)).toEqual(['afgezegd', 'gepland']);
    const gepland = r.perIndicator[1]?.reeksen ?? [];
    expect(gepland.map((x) => x.dimensies)).toEqual([[['fase', 'begeleidingsfase']], [['fase', 'opstartfase']]]);
    const opstart = gepland[1]?.waarden.get('2026-03');
    expect(opstart?.get('0361')).toEqual({ soort: 'getal', waarde: 12 });
    expect(opstart?.get('0373')).toEqual({ soort: 'onderdrukt' });
    expect(gepland[0]?.waarden.get('2026-04')?.get('0361')).toEqual({ soort: 'getal', waarde: 0 });
    // No cell for a month means no figure (not 0), and nothing is added up across gemeenten or dimensions.
    expect(gepland[0]?.waarden.get('2026-03')).toBeUndefined();
    expect(r.perIndicator.flatMap((i) => i.reeksen)).toHaveLength(3);
  });

  it('orders the statistics of one indicator: count, median, p90, share', () => {
    const r = reeksenVan(
      antwoord([
        cel({ indicator: 'koppeling--woningtoewijzing', statistiek: 'p90', waarde: 80 }),
        cel({ indicator: 'koppeling--woningtoewijzing', statistiek: 'mediaan', waarde: 41 }),
      ]),
    );
    expect(r.perIndicator[0]?.reeksen.map((x) => x.statistiek)).toEqual(['mediaan', 'p90']);
  });

  it('scales a chart to 1, 2 or 5 times a power of ten, at least 5', () => {
    expect(schaal(0)).toEqual({ top: 5, stap: 1 });
    expect(schaal(7)).toEqual({ top: 10, stap: 2 });
    expect(schaal(13)).toEqual({ top: 20, stap: 5 });
    expect(schaal(41)).toEqual({ top: 50, stap: 10 });
    expect(schaal(100)).toEqual({ top: 100, stap: 20 });
  });
});

describe('a staff member from the token', () => {
  it("takes rol, org and gemeenten from a staff token and refuses an inburgeraar's", () => {
    expect(medewerkerUitClaims({ rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: ['0518'] })).toEqual({
      rol: 'beleidsmedewerker',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    expect(medewerkerUitClaims({ rol: 'inburgeraar', sub: 'ib-1' })).toBeUndefined();
    expect(medewerkerUitClaims({ rol: 'beleidsmedewerker', gemeenten: ['0518'] })).toBeUndefined();
    expect(medewerkerUitClaims({ rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: ['x'] })).toBeUndefined();
  });
});
