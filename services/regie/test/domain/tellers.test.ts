import type { Telling } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { celSleutel, pasToe, perVak, uitCelSleutel } from '../../src/domain/tellers';

const t = (indicator: string, delta: number, maand = '2026-03', dimensies: Telling['dimensies'] = {}): Telling => ({
  indicatorset: 'afspraken',
  indicator,
  maand,
  dimensies,
  delta,
});

describe('applying tellingen to an item', () => {
  it('sums deltas per cell and drops cells that come to zero', () => {
    const eerst = pasToe(undefined, 'e1', [t('gepland', 1, '2026-03', { fase: 'opstartfase' })]);
    const daarna = pasToe(eerst, 'e2', [
      t('gepland', -1, '2026-03', { fase: 'opstartfase' }),
      t('gepland', 1, '2026-03', { fase: 'begeleidingsfase' }),
    ]);
    expect(daarna?.tellers).toEqual({ 'gepland|fase=begeleidingsfase|': 1 });
    expect(daarna?.toegepast).toEqual(['e1', 'e2']);
  });

  it('applies an event at most once: a second delivery changes nothing', () => {
    const eerst = pasToe(undefined, 'e1', [t('gepland', 1)]);
    expect(pasToe(eerst, 'e1', [t('gepland', 1)])).toBeUndefined();
  });

  it('gives the same counters for any order of the same events', () => {
    const events: [string, Telling[]][] = [
      ['a', [t('verschenen', 1)]],
      ['b', [t('verschenen', -1), t('niet-verschenen', 1)]],
      ['c', [t('verschenen', 1)]],
    ];
    const toepassen = (volgorde: typeof events) =>
      volgorde.reduce((vak, [id, ts]) => pasToe(vak, id, ts) ?? vak, pasToe(undefined, 'x', []));
    const vooruit = toepassen(events)?.tellers;
    expect(toepassen([...events].reverse())?.tellers).toEqual(vooruit);
    expect(vooruit).toEqual({ 'verschenen||': 1, 'niet-verschenen||': 1 });
  });

  it('keys a cell by its sorted dimensions and its days, and reads the key back', () => {
    const sleutel = celSleutel('uitkomst', { uitkomst: 'teruggewezen', partner: 'wmo' });
    expect(sleutel).toBe('uitkomst|partner=wmo,uitkomst=teruggewezen|');
    expect(uitCelSleutel(celSleutel('koppeling--woningtoewijzing', {}, 41))).toEqual({
      indicator: 'koppeling--woningtoewijzing',
      dimensies: {},
      dagen: 41,
    });
  });

  it('groups an event by indicator set and month: one item each', () => {
    const groepen = perVak([t('gepland', 1, '2026-03'), t('verschenen', 1, '2026-03'), t('gepland', 1, '2026-04')]);
    expect([...groepen.keys()]).toEqual(['afspraken#2026-03', 'afspraken#2026-04']);
  });
});
