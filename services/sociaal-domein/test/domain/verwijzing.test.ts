import { ROLLEN, VERWIJZING_PARTNERS, VERWIJZING_STATUSSEN, type VerwijzingStatus } from '@wegwijs/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verwijzing } from '../../src/domain/typen';
import {
  isWettelijkePlicht,
  magStap,
  type Stap,
  standaardGrondslag,
  volgendeStatus,
  weergave,
} from '../../src/domain/verwijzing';

const STAPPEN: Stap[] = ['acceptatie', 'terugwijzing', 'afronding'];

describe('volgendeStatus', () => {
  const verwacht: Record<VerwijzingStatus, Record<Stap, VerwijzingStatus | undefined>> = {
    verstuurd: { acceptatie: 'geaccepteerd', terugwijzing: 'teruggewezen', afronding: 'afgerond' },
    geaccepteerd: { acceptatie: undefined, terugwijzing: 'teruggewezen', afronding: 'afgerond' },
    teruggewezen: { acceptatie: undefined, terugwijzing: undefined, afronding: 'afgerond' },
    afgerond: { acceptatie: undefined, terugwijzing: undefined, afronding: undefined },
  };
  for (const status of VERWIJZING_STATUSSEN) {
    for (const stap of STAPPEN) {
      it(`${status} + ${stap} -> ${verwacht[status][stap] ?? 'conflict'}`, () => {
        expect(volgendeStatus(status, stap)).toBe(verwacht[status][stap]);
      });
    }
  }

  it('never leaves afgerond and never returns to verstuurd, whatever the steps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STAPPEN), { maxLength: 12 }), (stappen) => {
        let status: VerwijzingStatus = 'verstuurd';
        for (const stap of stappen) {
          const volgende = volgendeStatus(status, stap);
          if (status === 'afgerond') expect(volgende).toBeUndefined();
          expect(volgende).not.toBe('verstuurd');
          status = volgende ?? status;
        }
      }),
    );
  });
});

describe('magStap (issue 22 item 10: the partner it went to, report 3.5)', () => {
  it('lets only the partner a referral went to answer and close it, the begeleider only close, no consulent else', () => {
    for (const naar of VERWIJZING_PARTNERS) {
      for (const rol of ROLLEN) {
        for (const stap of STAPPEN) {
          const partner =
            rol === `partner-${naar}` ||
            (naar === 'wmo' && rol === 'wmo-consulent') ||
            (naar === 'inkomen' && rol === 'inkomensconsulent');
          expect(magStap(rol.startsWith('partner-') ? undefined : 'gemeente', rol, stap, naar)).toBe(partner);
          expect(magStap('uitvoering', rol, stap, naar)).toBe(stap === 'afronding' && !partner);
          expect(magStap('inburgeraar', rol, stap, naar)).toBe(false);
        }
      }
    }
    expect(magStap('gemeente', 'inburgeringsconsulent', 'acceptatie', 'schuldhulpverlening')).toBe(false);
  });
});

describe('grondslag', () => {
  it('is wettelijke-plicht for veilig-thuis only, toestemming for every other partner', () => {
    for (const naar of VERWIJZING_PARTNERS) {
      expect(isWettelijkePlicht(naar)).toBe(naar === 'veilig-thuis');
      expect(standaardGrondslag(naar)).toBe(naar === 'veilig-thuis' ? 'wettelijke-plicht' : 'toestemming');
    }
  });
});

describe('weergave', () => {
  const v: Verwijzing = {
    verwijzingId: 'v1',
    inburgeraarId: 'i1',
    naar: 'ggz',
    status: 'teruggewezen',
    datum: '2026-02-01',
    signaalId: 's1',
    toelichting: 'Angstklachten',
    grondslag: 'toestemming',
    toestemmingId: 't1',
    reden: 'Geen tolk',
    redenCode: 'taal',
    verstuurdDoor: 'vluchtelingenwerk',
    bijgewerktOp: '2026-02-03T10:00:00.000Z',
  };

  it('gives the gemeente the line and status, without toelichting, signaal link or free-text reden', () => {
    expect(weergave(v, 'gemeente')).toEqual({
      verwijzingId: 'v1',
      naar: 'ggz',
      status: 'teruggewezen',
      datum: '2026-02-01',
      grondslag: 'toestemming',
      bijgewerktOp: '2026-02-03T10:00:00.000Z',
      redenCode: 'taal',
    });
  });

  it('gives the uitvoeringsorganisatie that sent it its whole record', () => {
    expect(weergave(v, 'uitvoering', 'vluchtelingenwerk')).toMatchObject({
      toelichting: 'Angstklachten',
      signaalId: 's1',
      reden: 'Geen tolk',
    });
  });

  it('gives an organisation that took the traject over only the line: the old text is not handed over (issue 19 item 7)', () => {
    expect(weergave(v, 'uitvoering', 'gro-up')).toEqual(weergave(v, 'gemeente'));
    expect(JSON.stringify(weergave(v, 'uitvoering', 'gro-up'))).not.toContain('Angstklachten');
  });
});
