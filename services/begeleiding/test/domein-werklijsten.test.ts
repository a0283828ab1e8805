import { describe, expect, it } from 'vitest';
import { dagenTussen, plusDagen } from '../src/domain/datum';
import { indexPlaatsen } from '../src/domain/indexdatums';
import { metOpstartAfspraken } from '../src/domain/opstart';
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
  // Started at koppeling 2025-01-10; opstartfase up to woning 2025-03-01 + 3 months (3.3 table).
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
      ['nooit-gebeld', '2025-06-01'],
      ['met-vrijwilliger', '2025-06-01'],
      ['lang-geleden', '2025-08-01'],
    ]);
  });

  it('lists no one during the opstartfase', () => {
    expect(bellijst(p, trajecten, '2025-05-31').items).toEqual([]);
  });

  it.each(CASES.filter((c) => c.naam !== 'Groningen').map((c) => [c.naam, c] as const))(
    'does not exist in %s (422)',
    (_, c) => {
      expect(fout(() => bellijst(c, [], '2025-09-01'))).toBe('geen-bellijst');
    },
  );
});

describe('niet gezien: missed afspraken and no contact since (issue 12)', () => {
  it.each(CASES.map((c) => [c.naam, c] as const))('follows the missed afspraken of %s', (_, p) => {
    // Arrange: the opstartfase afspraken planned from the profile; the second one missed.
    const gepland = metOpstartAfspraken(p, gestartTraject(p));
    const afspraken = gepland.afspraken ?? [];
    const [eerste, tweede] = afspraken;
    if (!eerste || !tweede) throw new Error('every profile plans at least two opstartfase afspraken');
    const metStatus = (id: string, status: 'verschenen' | 'niet-verschenen') =>
      afspraken.map((a) => (a.afspraakId === id ? { ...a, status } : a));
    const gemist: Traject = {
      ...gepland,
      inburgeraarId: 'x',
      afspraken: metStatus(tweede.afspraakId, 'niet-verschenen').map((a) =>
        a.afspraakId === eerste.afspraakId ? { ...a, status: 'verschenen' as const } : a,
      ),
      laatsteContact: eerste.datum,
      laatstGezien: eerste.datum,
    };
    const dagErna = plusDagen(tweede.datum, 1);
    const laterContact: Traject = { ...gemist, laatsteContact: dagErna };

    // Act
    const voorDeAfspraak = nietGezien(p, [gemist], plusDagen(tweede.datum, -1)).items;
    const naDeAfspraak = nietGezien(p, [gemist], dagErna).items;
    const naContact = nietGezien(p, [laterContact], plusDagen(dagErna, 1)).items;
    const zonderGemist = nietGezien(p, [{ ...gepland, laatsteContact: undefined }], plusDagen(tweede.datum, 400)).items;

    // Assert: on the list from the missed afspraak, off it at the next contact; no number of days decides.
    expect(voorDeAfspraak).toEqual([]);
    expect(naDeAfspraak).toEqual([
      {
        inburgeraarId: 'x',
        fase: expect.any(String),
        laatstGezien: eerste.datum,
        dagenNietGezien: 1 + (tweede.datum === eerste.datum ? 0 : dagenTussen(eerste.datum, tweede.datum)),
        gemistSinds: tweede.datum,
        gemisteAfspraken: 1,
      },
    ]);
    expect(naContact).toEqual([]);
    expect(zonderGemist).toEqual([]);
    expect(indexPlaatsen(p, gemist).nietGezien).toBe(tweede.datum);
    expect(indexPlaatsen(p, laterContact).nietGezien).toBeUndefined();
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
