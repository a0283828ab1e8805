import { describe, expect, it } from 'vitest';
import { cellenVan } from '../../src/domain/cellen';
import { celSleutel } from '../../src/domain/tellers';

describe('the cells of an indicator set', () => {
  it('gives a stand as the sum of all deltas up to the month, earlier months included', () => {
    const perMaand = new Map([
      ['2025-06', { [celSleutel('toewijzingen', { dienstverband: 'betaald', rol: 'vast' })]: 7 }],
      ['2026-01', { [celSleutel('toewijzingen', { dienstverband: 'betaald', rol: 'vast' })]: -2 }],
      ['2026-02', { [celSleutel('toewijzingen', { dienstverband: 'betaald', rol: 'vast' })]: 3 }],
    ]);
    const cellen = cellenVan('capaciteit', '0361', ['2026-01', '2026-02', '2026-03'], perMaand).filter(
      (c) => c.indicator === 'toewijzingen' && c.dimensies.rol === 'vast' && c.dimensies.dienstverband === 'betaald',
    );
    expect(cellen.map((c) => [c.maand, c.waarde])).toEqual([
      ['2026-01', 5],
      ['2026-02', 8],
      ['2026-03', 8],
    ]);
  });

  it('gives a stroom per month, every combination of the code lists, and a total for one dimension', () => {
    const perMaand = new Map([['2026-01', { [celSleutel('gepland', { fase: 'opstartfase' })]: 6 }]]);
    const cellen = cellenVan('afspraken', '0361', ['2026-01', '2026-02'], perMaand).filter(
      (c) => c.indicator === 'gepland',
    );
    // five fasen and the total, in two months
    expect(cellen).toHaveLength(12);
    expect(cellen.find((c) => c.maand === '2026-01' && c.dimensies.fase === 'opstartfase')?.waarde).toBe(6);
    expect(cellen.find((c) => c.maand === '2026-01' && Object.keys(c.dimensies).length === 0)?.waarde).toBe(6);
    expect(cellen.find((c) => c.maand === '2026-02' && c.dimensies.fase === 'opstartfase')?.waarde).toBe(0);
  });

  it('gives count, median and p90 of a doorlooptijd from its days, and the share sent back per partner', () => {
    const dagen = [10, 20, 30, 40, 50, 60];
    const doorloop = new Map([
      ['2026-01', Object.fromEntries(dagen.map((d) => [celSleutel('koppeling--woningtoewijzing', {}, d), 1]))],
    ]);
    const d = cellenVan('doorlooptijden', '0361', ['2026-01'], doorloop).filter(
      (c) => c.indicator === 'koppeling--woningtoewijzing',
    );
    expect(d.map((c) => [c.statistiek, c.waarde])).toEqual([
      ['aantal', 6],
      ['mediaan', 35],
      ['p90', 60],
    ]);
    const verwijzingen = new Map([
      [
        '2026-01',
        {
          [celSleutel('uitkomst', { partner: 'wmo', uitkomst: 'teruggewezen' })]: 6,
          [celSleutel('uitkomst', { partner: 'wmo', uitkomst: 'geaccepteerd' })]: 9,
        },
      ],
    ]);
    const aandeel = cellenVan('verwijzingen', '0361', ['2026-01'], verwijzingen).find(
      (c) => c.statistiek === 'aandeel' && c.dimensies.partner === 'wmo',
    );
    expect(aandeel).toMatchObject({ waarde: 0.4, teller: 6, noemer: 15 });
  });
});
