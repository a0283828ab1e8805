import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { pasAfrondingToe, pasToewijzingToe, type Toewijzing } from '../src/domain/projectie';
import { statusVan } from '../src/domain/toestemming';
import type { Staat, Toestemming } from '../src/domain/typen';
import { verlopenDoor } from '../src/domain/verloop';
import { ANDERE_ORG, IB, ORG } from './support/fixtures';

const VANDAAG = '2026-03-10';
const toestemming = (id: string, gemeente: string, extra: Partial<Toestemming> = {}): Toestemming => ({
  toestemmingId: id,
  inburgeraarId: IB,
  ontvanger: { gemeente },
  categorieen: ['zelfredzaamheid'],
  doel: 'regie',
  geldigVanaf: '2026-01-02',
  expliciet: false,
  taal: 'nl',
  tekstversie: 'v1',
  vastgelegd: { wijze: 'app', door: IB },
  uitvoeringsorganisatie: ORG,
  statusHistorie: [],
  ...extra,
});
const feit = (gemeente: string, org: string, occurredAt: string, van?: string): Toewijzing => ({
  inburgeraarId: IB,
  gemeente,
  uitvoeringsorganisatie: org,
  occurredAt,
  ...(van ? { van } : {}),
});
const staatIn = (gemeente: string, toestemmingen: Toestemming[]): Staat => {
  const s = pasToewijzingToe(undefined, feit(gemeente, ORG, '2026-01-01T09:00:00.000Z'));
  if (!s) throw new Error('no staat');
  return { ...s, toestemmingen };
};

describe.each([...PROFIELEN.keys()])('consents that end without a withdrawal, in gemeente %s', (cbs) => {
  it('a change of organisation ends every standing consent bound to the old one, from today, once', () => {
    // Arrange
    const voor = staatIn(cbs, [
      toestemming('t-actief', cbs),
      toestemming('t-ingetrokken', cbs, { ingetrokkenOp: '2026-02-01T10:00:00.000Z' }),
      toestemming('t-afgelopen', cbs, { geldigTot: '2026-03-01' }),
    ]);
    // Act
    const na = pasToewijzingToe(voor, feit(cbs, ANDERE_ORG, '2026-03-10T09:00:00.000Z', ORG));
    if (!na) throw new Error('no change');
    const verlopen = verlopenDoor(voor, na, VANDAAG);
    // Assert
    expect(verlopen.map((v) => [v.toestemming.toestemmingId, v.reden, v.verlopenOp])).toEqual([
      ['t-actief', 'organisatie-gewijzigd', VANDAAG],
    ]);
    expect(statusVan(verlopen[0]?.toestemming as Toestemming, na, VANDAAG)).toBe('verlopen');
    // The same fact again changes nothing, and ends nothing a second time.
    expect(pasToewijzingToe(na, feit(cbs, ANDERE_ORG, '2026-03-10T09:00:00.000Z', ORG))).toBeUndefined();
    expect(verlopenDoor(na, na, VANDAAG)).toEqual([]);
  });

  it('an afronding ends the consents from the day after it, unless their geldigTot ends them first', () => {
    // Arrange
    const voor = staatIn(cbs, [
      toestemming('t-open', cbs),
      toestemming('t-tot-afronding', cbs, { geldigTot: '2026-03-12' }),
      toestemming('t-lang', cbs, { geldigTot: '2026-12-31' }),
    ]);
    // Act
    const na = pasAfrondingToe(voor, '2026-03-12');
    if (!na) throw new Error('no change');
    // Assert
    expect(verlopenDoor(voor, na, VANDAAG).map((v) => [v.toestemming.toestemmingId, v.verlopenOp])).toEqual([
      ['t-open', '2026-03-13'],
      ['t-lang', '2026-03-13'],
    ]);
    expect(verlopenDoor(undefined, na, VANDAAG)).toEqual([]);
  });
});
