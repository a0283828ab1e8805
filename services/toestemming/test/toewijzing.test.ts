import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pasToewijzingToe, type Toewijzing } from '../src/domain/projectie';
import { organisatieOp, WACHTTIJD_TOEWIJZING_MS, wachtOpToewijzing } from '../src/domain/toewijzing';
import type { Staat } from '../src/domain/typen';
import { ANDERE_ORG, GEMEENTE, IB, ORG } from './support/fixtures';

const DERDE = 'inova';
const feit = (org: string, occurredAt: string, van?: string): Toewijzing => ({
  inburgeraarId: IB,
  gemeente: GEMEENTE,
  uitvoeringsorganisatie: org,
  occurredAt,
  ...(van ? { van } : {}),
});
const AANMELDING: Toewijzing = { ...feit(ORG, '2026-01-01T09:00:00.000Z'), doelgroep: 'oudere' };
const NAAR_ANDER = feit(ANDERE_ORG, '2026-02-01T09:00:00.000Z', ORG);
const NAAR_DERDE = feit(DERDE, '2026-03-01T09:00:00.000Z', ANDERE_ORG);

const pasToe = (feiten: Toewijzing[]): Staat => {
  let staat: Staat | undefined;
  for (const f of feiten) staat = pasToewijzingToe(staat, f) ?? staat;
  if (!staat) throw new Error('no staat');
  return staat;
};
const zonderVersie = ({ versie: _v, ...rest }: Staat) => rest;

describe('the assignment history', () => {
  it('is the same, whatever order and however often the facts arrive', () => {
    // Arrange
    const verwacht = zonderVersie(pasToe([AANMELDING, NAAR_ANDER, NAAR_DERDE]));
    fc.assert(
      fc.property(
        fc.shuffledSubarray([AANMELDING, NAAR_ANDER, NAAR_DERDE, AANMELDING, NAAR_DERDE], { minLength: 5 }),
        (feiten) => {
          // Act / Assert
          expect(zonderVersie(pasToe(feiten))).toEqual(verwacht);
        },
      ),
    );
    expect(verwacht).toMatchObject({ uitvoeringsorganisatie: DERDE, orgSinds: NAAR_DERDE.occurredAt });
  });

  it('answers the organisation assigned at an instant, and whether a fact not delivered yet could change that', () => {
    // Arrange
    const compleet = pasToe([AANMELDING, NAAR_ANDER, NAAR_DERDE]);
    const gat = pasToe([AANMELDING, NAAR_DERDE]);
    const zonderAanmelding = pasToe([NAAR_ANDER]);
    // Act / Assert
    expect(organisatieOp(compleet, '2025-12-01T00:00:00.000Z')).toEqual({ org: ORG, zeker: true });
    expect(organisatieOp(compleet, '2026-01-15T00:00:00.000Z')).toEqual({ org: ORG, zeker: true });
    expect(organisatieOp(compleet, NAAR_ANDER.occurredAt)).toEqual({ org: ANDERE_ORG, zeker: true });
    expect(organisatieOp(compleet, '2026-04-01T00:00:00.000Z')).toEqual({ org: DERDE, zeker: false });
    // the change to the third says it came from ANDERE_ORG: a change in between is missing
    expect(organisatieOp(gat, '2026-02-15T00:00:00.000Z')).toEqual({ org: ORG, zeker: false });
    // no aanmelding yet: before the change it was the organisation the change came from, as far as known
    expect(organisatieOp(zonderAanmelding, '2026-01-15T00:00:00.000Z')).toEqual({ org: ORG, zeker: false });
  });
});

describe('waiting for an assignment fact', () => {
  const staat = pasToe([AANMELDING, NAAR_ANDER]);
  const nu = (ms: number) => new Date(Date.parse('2026-02-10T09:00:00.000Z') + ms);
  const kort = '2026-02-10T09:00:00.000Z';

  it('waits for an unknown sender of a recent event after the last known change, within the wait only', () => {
    expect(wachtOpToewijzing(staat, DERDE, kort, nu(1_000))).toBe(true);
    expect(wachtOpToewijzing(staat, DERDE, kort, nu(WACHTTIJD_TOEWIJZING_MS))).toBe(false);
  });

  it('never waits for the assigned sender, for a sender the complete history rules out, or without a sender', () => {
    expect(wachtOpToewijzing(staat, ANDERE_ORG, kort, nu(1_000))).toBe(false);
    const voorDeWissel = '2026-01-15T00:00:00.000Z';
    expect(wachtOpToewijzing(staat, DERDE, voorDeWissel, new Date(Date.parse(voorDeWissel) + 1_000))).toBe(false);
    expect(wachtOpToewijzing(staat, undefined, kort, nu(1_000))).toBe(false);
  });
});
