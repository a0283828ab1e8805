import { describe, expect, it } from 'vitest';
import { aantalIn, mediaan, p90, percentielToonbaar } from '../../src/domain/statistiek';

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

  it('interpolates p90 between order statistics (type 7), in whole days', () => {
    // n = 10: h = 8.1, between the 9th (9) and 10th (100): 9 + 0.1 * 91 = 18.1 -> 18; n = 11: h = 9, the 10th value.
    expect(p90(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]))).toBe(18);
    expect(p90(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toBe(10);
  });

  it('publishes a percentile over enough values only, and never the one largest value', () => {
    const zeven = histogram([10, 20, 30, 40, 50, 60, 95]);
    expect(percentielToonbaar(zeven, p90(zeven) as number, 10)).toBe(false);
    const tien = histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentielToonbaar(tien, 10, 10)).toBe(false);
    expect(percentielToonbaar(tien, p90(tien) as number, 10)).toBe(true);
    const gedeeld = histogram([1, 2, 3, 4, 5, 6, 7, 8, 10, 10]);
    expect(percentielToonbaar(gedeeld, 10, 10)).toBe(true);
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
