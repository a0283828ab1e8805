import { type BegeleidersFeit, metBegeleiders, type Principal, relatieTot } from '@wegwijs/lambda-kit';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// API.md need to know: a vrijwilliger reads only the inburgeraars assigned to them; the other roles of the assigned
// organisation read every inburgeraar of their organisation (issue 20, line 37 of API.md).
const dossier = { inburgeraarId: 'ib-1', gemeente: '0014', uitvoeringsorganisatie: 'humanitas' };
const staf = (rol: Principal['rol'], sub: string, org = 'humanitas'): Principal => ({
  sub,
  rol,
  org,
  gemeenten: ['0014'],
});

describe('the access check knows the toewijzingen of vrijwilligers', () => {
  it('a vrijwilliger relates to an inburgeraar only while assigned; begeleider and teamleider to all of their organisation', () => {
    // Arrange
    const toegewezen = { ...dossier, begeleiders: ['vw-anna', 'mb-bert'] };
    // Act / Assert
    expect(relatieTot(staf('vrijwilliger', 'vw-anna'), toegewezen)).toBe('uitvoering');
    expect(relatieTot(staf('vrijwilliger', 'vw-cees'), toegewezen)).toBeUndefined();
    expect(relatieTot(staf('vrijwilliger', 'vw-anna'), dossier)).toBeUndefined();
    expect(relatieTot(staf('vrijwilliger', 'vw-anna', 'inova'), toegewezen)).toBeUndefined();
    for (const rol of ['maatschappelijk-begeleider', 'teamleider'] as const) {
      expect(relatieTot(staf(rol, 'iemand-anders'), toegewezen)).toBe('uitvoering');
      expect(relatieTot(staf(rol, 'iemand-anders'), dossier)).toBe('uitvoering');
    }
    expect(
      relatieTot({ sub: 'c', rol: 'inburgeringsconsulent', org: 'gemeente-0014', gemeenten: ['0014'] }, dossier),
    ).toBe('gemeente');
  });

  it('a copy of who is assigned ends the same in any order and however often the facts arrive', () => {
    const feiten: BegeleidersFeit[] = [
      { begeleiders: ['vw-anna'], stand: 3 },
      { begeleiders: ['vw-anna', 'mb-bert'], stand: 5 },
      { begeleiders: ['mb-bert'], stand: 9 },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray([...feiten, ...feiten], { minLength: 6 }), (volgorde) => {
        let copy: { begeleiders?: readonly string[]; begeleidersStand?: number } = {};
        for (const f of volgorde) copy = metBegeleiders(copy, f) ?? copy;
        expect(copy).toEqual({ begeleiders: ['mb-bert'], begeleidersStand: 9 });
      }),
    );
  });
});
