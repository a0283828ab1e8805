import { describe, expect, it } from 'vitest';
import type { Traject } from '../src/domain/traject';
import { bellijst, caseload, nietGezien } from '../src/domain/werklijsten';
import { CASES, gestartTraject, profiel } from './support-domein';

const fout = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { slug?: string }).slug;
  }
};

describe('the bellijst (Groningen: report 4.2)', () => {
  const p = profiel('Groningen');
  // Started at koppeling 2025-01-10; opstartfase up to 2025-04-10.
  const t = (id: string, extra: Partial<Traject>) => ({ ...gestartTraject(p, extra), inburgeraarId: id });
  const trajecten = [
    t('nooit-gebeld', {}),
    t('lang-geleden', { laatsteContact: '2025-05-01' }),
    t('net-gebeld', { laatsteContact: '2025-08-20' }),
    t('met-maatje', { begeleider: { begeleiderId: 'm1', soort: 'maatje', sinds: '2025-04-20' } }),
    t('met-vrijwilliger', { begeleider: { begeleiderId: 'v1', soort: 'vrijwilliger', sinds: '2025-04-20' } }),
    t('afgerond', { afronding: { datum: '2025-06-01', soort: 'geleidelijk' } }),
  ];

  it('lists everyone past the opstartfase without a maatje whose last call is 3 months old or who was never called', () => {
    const lijst = bellijst(p, trajecten, '2025-09-01');
    expect(lijst.intervalMaanden).toBe(3);
    expect(lijst.items.map((i) => [i.inburgeraarId, i.bellenVanaf])).toEqual([
      ['nooit-gebeld', '2025-04-10'],
      ['met-vrijwilliger', '2025-04-10'],
      ['lang-geleden', '2025-08-01'],
    ]);
  });

  it('lists no one during the opstartfase', () => {
    expect(bellijst(p, trajecten, '2025-04-09').items).toEqual([]);
  });

  it.each(CASES.filter((c) => c.naam !== 'Groningen').map((c) => [c.naam, c] as const))(
    'does not exist in %s (422)',
    (_, c) => {
      expect(fout(() => bellijst(c, [], '2025-09-01'))).toBe('geen-bellijst');
    },
  );
});

describe('niet gezien', () => {
  it.each(CASES.map((c) => [c.naam, c] as const))('follows maxDagenZonderContact of %s', (_, p) => {
    const t = {
      ...gestartTraject(p, { laatstGezien: '2025-04-01', laatsteContact: '2025-06-01' }),
      inburgeraarId: 'x',
    };
    if (p.maxDagenZonderContact === null) {
      expect(fout(() => nietGezien(p, [t], '2025-06-01'))).toBe('geen-contactnorm');
      return;
    }
    const grens = new Date(Date.parse('2025-04-01') + p.maxDagenZonderContact * 86_400_000).toISOString().slice(0, 10);
    const volgendeDag = new Date(Date.parse(grens) + 86_400_000).toISOString().slice(0, 10);
    expect(nietGezien(p, [t], grens).items).toEqual([]);
    expect(nietGezien(p, [t], volgendeDag).items).toEqual([
      {
        inburgeraarId: 'x',
        fase: expect.any(String),
        laatstGezien: '2025-04-01',
        dagenNietGezien: p.maxDagenZonderContact + 1,
      },
    ]);
  });
});

describe('caseload', () => {
  it('counts trajecten per begeleider and lists active trajecten still without one', () => {
    const p = profiel('Den Haag');
    const b = (id: string, soort: 'betaald' | 'maatje') => ({
      begeleider: { begeleiderId: id, soort, sinds: '2025-03-01' },
    });
    const trajecten = [
      { ...gestartTraject(p, b('anna', 'betaald')), inburgeraarId: '1' },
      { ...gestartTraject(p, b('anna', 'betaald')), inburgeraarId: '2' },
      { ...gestartTraject(p, b('bram', 'maatje')), inburgeraarId: '3' },
      { ...gestartTraject(p), inburgeraarId: '4' },
      { ...gestartTraject(p, { woningtoewijzing: undefined }), inburgeraarId: 'nog-niet-gestart' },
    ];
    const resultaat = caseload(p, trajecten, '2025-05-01');
    expect(resultaat.begeleiders).toEqual([
      { begeleiderId: 'anna', soort: 'betaald', aantal: 2 },
      { begeleiderId: 'bram', soort: 'maatje', aantal: 1 },
    ]);
    expect(resultaat.wachtendOpMaatje).toEqual([
      { inburgeraarId: '4', fase: 'opstartfase', wachtendSinds: '2025-03-01' },
    ]);
  });
});
