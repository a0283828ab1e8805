import { describe, expect, it } from 'vitest';
import { aantalIn, mediaan, p90 } from '../../src/domain/statistiek';

const histogram = (waarden: number[]) => {
  const h = new Map<number, number>();
  for (const w of waarden) h.set(w, (h.get(w) ?? 0) + 1);
  return h;
};

describe('median and p90 from a histogram of days', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(mediaan(histogram([5, 1, 9]))).toBe(5);
    expect(mediaan(histogram([1, 2, 3, 10]))).toBe(2.5);
  });

  it('takes p90 by nearest rank: the value at rank ceil(0.9 n)', () => {
    // n = 10: rank 9 (1-based) of 1..10 is 9; n = 11: rank ceil(9.9) = 10.
    expect(p90(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe(9);
    expect(p90(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toBe(10);
  });

  it('ignores bins at zero or below (a retraction that arrived before its count) and answers undefined when empty', () => {
    const h = new Map([
      [4, 2],
      [7, 0],
      [30, -1],
    ]);
    expect(aantalIn(h)).toBe(2);
    expect(mediaan(h)).toBe(4);
    expect(mediaan(new Map())).toBeUndefined();
    expect(p90(new Map())).toBeUndefined();
  });
});
