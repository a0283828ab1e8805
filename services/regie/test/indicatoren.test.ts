import type { Principal } from '@wegwijs/lambda-kit';
import { describe, expect, it } from 'vitest';
import { vraagVan } from '../src/app/indicatoren';

const nu = new Date('2026-11-29T12:00:00Z');
const beleid: Principal = { sub: 'bm', rol: 'beleidsmedewerker', org: 'gemeente-0361', gemeenten: ['0361', '0373'] };
const status = (n: number) => expect.objectContaining({ status: n });

describe('the question of a regie request', () => {
  it('defaults to every gemeente of the token and the last 12 months up to the current one', () => {
    expect(vraagVan(beleid, {}, nu)).toEqual({
      gemeenten: ['0361', '0373'],
      periode: 'maand',
      vanaf: '2025-12',
      tot: '2026-11',
    });
    expect(vraagVan(beleid, { tot: '2026-03' }, nu)).toMatchObject({ vanaf: '2025-04', tot: '2026-03' });
    expect(vraagVan(beleid, { vanaf: '2025-01' }, nu)).toMatchObject({ vanaf: '2025-01', tot: '2026-11' });
  });

  it("takes repeated or comma-separated gemeenten, each of them the caller's, else 404", () => {
    expect(vraagVan(beleid, { gemeente: '0373,0361,0373' }, nu).gemeenten).toEqual(['0361', '0373']);
    expect(() => vraagVan(beleid, { gemeente: '0361,0518' }, nu)).toThrow(status(404));
  });

  it('admits the beleidsmedewerker and the inburgeringsconsulent only (403 for other roles)', () => {
    expect(vraagVan({ ...beleid, rol: 'inburgeringsconsulent' }, {}, nu).gemeenten).toHaveLength(2);
    for (const rol of ['wmo-consulent', 'functionaris-gegevensbescherming', 'teamleider'] as const) {
      expect(() => vraagVan({ ...beleid, rol }, {}, nu), rol).toThrow(status(403));
    }
  });

  it('answers 400 for more than 24 months or vanaf after tot', () => {
    expect(vraagVan(beleid, { vanaf: '2024-12', tot: '2026-11' }, nu).vanaf).toBe('2024-12');
    expect(() => vraagVan(beleid, { vanaf: '2024-11', tot: '2026-11' }, nu)).toThrow(status(400));
    expect(() => vraagVan(beleid, { vanaf: '2026-02', tot: '2026-01' }, nu)).toThrow(status(400));
  });

  it('3.2: widens the months to whole quarters, half years or years, at most 24 of them (400 beyond)', () => {
    expect(vraagVan(beleid, { periode: 'kwartaal' }, nu)).toMatchObject({ vanaf: '2025-10', tot: '2026-12' });
    expect(vraagVan(beleid, { periode: 'halfjaar', vanaf: '2026-02', tot: '2026-07' }, nu)).toMatchObject({
      vanaf: '2026-01',
      tot: '2026-12',
    });
    expect(vraagVan(beleid, { periode: 'jaar', vanaf: '2020-05' }, nu)).toMatchObject({
      vanaf: '2020-01',
      tot: '2026-12',
    });
    expect(vraagVan(beleid, { periode: 'kwartaal', vanaf: '2021-01', tot: '2026-12' }, nu).vanaf).toBe('2021-01');
    expect(() => vraagVan(beleid, { periode: 'kwartaal', vanaf: '2020-10', tot: '2026-12' }, nu)).toThrow(status(400));
  });
});
