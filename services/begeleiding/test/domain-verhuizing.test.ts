import { describe, expect, it } from 'vitest';
import { negatie, openStanden } from '../src/domain/verhuizing';

describe('regie stands follow a move (issue 23)', () => {
  it('closes in the month of the move what is open, and leaves flows and closed stands alone', () => {
    const tellingen = [
      {
        indicatorset: 'fasen' as const,
        indicator: 'inburgeraars',
        maand: '2026-08',
        dimensies: { fase: 'aangemeld' as const },
        delta: 1,
      },
      {
        indicatorset: 'fasen' as const,
        indicator: 'inburgeraars',
        maand: '2026-09',
        dimensies: { fase: 'aangemeld' as const },
        delta: -1,
      },
      {
        indicatorset: 'fasen' as const,
        indicator: 'inburgeraars',
        maand: '2026-09',
        dimensies: { fase: 'opstartfase' as const },
        delta: 1,
      },
      { indicatorset: 'contacten' as const, indicator: 'contactmomenten', maand: '2026-10', dimensies: {}, delta: 1 },
    ];
    const open = openStanden(tellingen, '2026-11-29');
    expect(open).toEqual([
      {
        indicatorset: 'fasen',
        indicator: 'inburgeraars',
        maand: '2026-11',
        dimensies: { fase: 'opstartfase' },
        delta: 1,
      },
    ]);
    expect(negatie(open).map((t) => t.delta)).toEqual([-1]);
  });
});
