import { describe, expect, it } from 'vitest';
import { cellenVan } from '../../src/domain/cellen';
import { periodenTussen } from '../../src/domain/perioden';
import { celSleutel } from '../../src/domain/tellers';

const maanden = (vanaf: string, tot: string) => periodenTussen('maand', vanaf, tot);

describe('the cells of an indicator set', () => {
  it('gives a stand as the rounded sum of all deltas up to the period, earlier months included', () => {
    const sleutel = celSleutel('toewijzingen', { dienstverband: 'betaald', rol: 'vast' });
    const perMaand = new Map([
      ['2025-06', { [sleutel]: 7 }],
      ['2026-01', { [sleutel]: -2 }],
      ['2026-02', { [sleutel]: 4 }],
    ]);
    const cellen = cellenVan('capaciteit', '0361', maanden('2026-01', '2026-03'), perMaand).filter(
      (c) => c.indicator === 'toewijzingen' && c.dimensies.rol === 'vast' && c.dimensies.dienstverband === 'betaald',
    );
    // stands 5, 9, 9 -> 5, 10, 10
    expect(cellen.map((c) => [c.periode, c.waarde])).toEqual([
      ['2026-01', 5],
      ['2026-02', 10],
      ['2026-03', 10],
    ]);
  });

  it('report 1.2.2, hours of begeleiding: the minutes in whole hours like a count, shown only where the contactmomenten are', () => {
    const dims = { fase: 'begeleidingsfase', vorm: 'huisbezoek' };
    const [contacten, minuten] = [celSleutel('contactmomenten', dims), celSleutel('uren', dims)];
    const perMaand = new Map([
      ['2026-01', { [contacten]: 6, [minuten]: 420 }],
      ['2026-02', { [contacten]: 3, [minuten]: 300 }],
      ['2026-03', { [contacten]: 1, [minuten]: 600 }],
    ]);
    const cellen = cellenVan('contacten', '0361', maanden('2026-01', '2026-03'), perMaand).filter(
      (c) => c.dimensies.fase === 'begeleidingsfase' && c.dimensies.vorm === 'huisbezoek',
    );
    const van = (indicator: string) => cellen.filter((c) => c.indicator === indicator).map((c) => c.waarde);
    // contacts 6, 9, 10 -> 5, 10, 10: 5, 5 and "<5"
    expect(van('contactmomenten')).toEqual([5, 5, null]);
    // hours 7, 12, 22 -> 5, 10, 20: 5, 5, and March's 10 hours hidden: they are one contact's duration
    expect(van('uren')).toEqual([5, 5, null]);
    expect(cellen.filter((c) => c.indicator === 'uren').every((c) => c.statistiek === 'aantal')).toBe(true);
  });

  it('gives a stroom per period through its rounded running total, every combination, and a total of the parts', () => {
    const sleutel = celSleutel('gepland', { fase: 'opstartfase' });
    const perMaand = new Map([
      ['2026-01', { [sleutel]: 6 }],
      ['2026-02', { [sleutel]: 3 }],
    ]);
    const cellen = cellenVan('afspraken', '0361', maanden('2026-01', '2026-02'), perMaand).filter(
      (c) => c.indicator === 'gepland',
    );
    // five fasen and the total, in two months
    expect(cellen).toHaveLength(12);
    const opstart = cellen.filter((c) => c.dimensies.fase === 'opstartfase');
    // running totals 6, 9 -> 5, 10: the months publish 5 and 5, adding up to the rounded 10
    expect(opstart.map((c) => c.waarde)).toEqual([5, 5]);
    expect(cellen.find((c) => c.periode === '2026-01' && Object.keys(c.dimensies).length === 0)?.waarde).toBe(5);
    const leeg = cellen.find((c) => c.periode === '2026-02' && c.dimensies.fase === 'afrondingsfase');
    expect(leeg).toMatchObject({ waarde: null, onderdrukt: true });
  });

  it('gives count, median and p90 of a doorlooptijd from its days, and the share sent back per partner', () => {
    const dagen = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110];
    const doorloop = new Map([
      ['2026-01', Object.fromEntries(dagen.map((d) => [celSleutel('koppeling--woningtoewijzing', {}, d), 1]))],
    ]);
    const d = cellenVan('doorlooptijden', '0361', maanden('2026-01', '2026-01'), doorloop).filter(
      (c) => c.indicator === 'koppeling--woningtoewijzing',
    );
    expect(d.map((c) => [c.statistiek, c.waarde])).toEqual([
      ['aantal', 10],
      ['mediaan', 60],
      ['p90', 100],
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
    const aandeel = cellenVan('verwijzingen', '0361', maanden('2026-01', '2026-01'), verwijzingen).find(
      (c) => c.statistiek === 'aandeel' && c.dimensies.partner === 'wmo',
    );
    // from the published 5 and 10
    expect(aandeel).toMatchObject({ waarde: 0.333, onderdrukt: false });
  });
});
