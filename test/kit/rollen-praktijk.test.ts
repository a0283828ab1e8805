import {
  GEMEENTE_PARTNER_ROLLEN,
  partnerRolVoor,
  type Rol,
  VERWIJSPARTNER_ROLLEN,
  VERWIJZING_PARTNERS,
} from '@wegwijs/contracts';
import { claimFout, doetMbVan, type Principal, relatieTot } from '@wegwijs/lambda-kit';
import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';

const principal = (rol: Rol, org: string, gemeenten: string[]): Principal => ({ sub: `${rol}-1`, rol, org, gemeenten });

describe('roles as the report names them (issue 22 item 10)', () => {
  it.each([...PROFIELEN.values()].map((p) => [p.naam, p] as const))(
    '%s: a regisseur inburgering does MB work only where the gemeente carries it out itself (report 3.2.1, 3.2.2)',
    (_, p) => {
      // Arrange
      const regisseur = principal('regisseur-inburgering', `gemeente-${p.cbs}`, [p.cbs]);
      const dossier = { inburgeraarId: 'ib-1', gemeente: p.cbs, uitvoeringsorganisatie: p.uitvoeringsorganisatie };
      // Act
      const relatie = relatieTot(regisseur, dossier);
      // Assert: Tholen and Heerenveen (uitvoering "gemeente") relate as the uitvoeringsorganisatie; elsewhere gemeente
      expect(relatie).toBe(p.uitvoering === 'gemeente' ? 'uitvoering' : 'gemeente');
      expect(claimFout(regisseur)).toBeUndefined();
      // another gemeente's regisseur has no relation at all
      const elders = principal('regisseur-inburgering', 'gemeente-0518', ['0518']);
      if (p.cbs !== '0518') expect(relatieTot(elders, dossier)).toBeUndefined();
    },
  );

  it('the in-house gemeente is the organisation of the profile: Tholen and Heerenveen', () => {
    const inHuis = [...PROFIELEN.values()].filter((p) => p.uitvoering === 'gemeente');
    expect(inHuis.map((p) => p.naam).sort()).toEqual(['Heerenveen', 'Tholen']);
    for (const p of inHuis) {
      expect(
        doetMbVan(principal('regisseur-inburgering', `gemeente-${p.cbs}`, [p.cbs]), p.uitvoeringsorganisatie),
      ).toBe(true);
      // other gemeente staff stay gemeente staff: the consulent does not do MB work
      expect(
        doetMbVan(principal('inburgeringsconsulent', `gemeente-${p.cbs}`, [p.cbs]), p.uitvoeringsorganisatie),
      ).toBe(false);
    }
  });

  it("IOS staff, eurocoaches and Woerden's maatschappelijk werker are gemeente roles of their own, not consulenten (4.1.3, 3.2.5, 3.5.2)", () => {
    for (const rol of ['ios-medewerker', 'eurocoach', 'maatschappelijk-werker'] as const) {
      const p = principal(rol, 'gemeente-0599', ['0599']);
      expect(claimFout(p)).toBeUndefined();
      expect(
        relatieTot(p, { inburgeraarId: 'ib-1', gemeente: '0599', uitvoeringsorganisatie: 'vluchtelingenwerk' }),
      ).toBe('gemeente');
      expect(claimFout(principal(rol, 'vluchtelingenwerk', ['0599']))).toMatch(/gemeente-<cbs>/);
    }
  });

  it('a referral partner has one role per naar, carries its own organisation, and no relation to any dossier', () => {
    expect(VERWIJZING_PARTNERS.map(partnerRolVoor)).toEqual([...VERWIJSPARTNER_ROLLEN]);
    const schuldhulp = principal('partner-schuldhulpverlening', 'kredietbank', ['0014']);
    expect(claimFout(schuldhulp, new Set(['humanitas']))).toBeUndefined();
    expect(claimFout({ sub: 'x', rol: 'partner-ggz', gemeenten: ['0014'] })).toBe('org missing');
    expect(
      relatieTot(schuldhulp, { inburgeraarId: 'ib-1', gemeente: '0014', uitvoeringsorganisatie: 'humanitas' }),
    ).toBeUndefined();
    expect(GEMEENTE_PARTNER_ROLLEN).toEqual({ wmo: 'wmo-consulent', inkomen: 'inkomensconsulent' });
  });
});
