import { describe, expect, it } from 'vitest';
import { aantalMaanden, maandenTussen, plusMaanden } from '../../src/domain/maanden';

describe('months', () => {
  it('count, list and shift across year boundaries', () => {
    expect(plusMaanden('2026-01', -1)).toBe('2025-12');
    expect(plusMaanden('2025-12', 13)).toBe('2027-01');
    expect(aantalMaanden('2025-11', '2026-02')).toBe(4);
    expect(maandenTussen('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(maandenTussen('2026-02', '2026-01')).toEqual([]);
  });
});
