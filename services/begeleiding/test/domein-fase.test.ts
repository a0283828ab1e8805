import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { plusDagen, plusMaanden } from '../src/domain/datum';
import { faseOp, tijdlijnVan } from '../src/domain/fase';
import { CASES, gestartTraject, KOPPELING, profiel, WONING } from './support-domein';

/** The report's facts per case (chapters 3.3, 4.1.2, 4.3): start, looptijd, opstartfase length in months. */
/** `opstartVanaf`: the day the opstartfase's months count from (Groningen: koppeling aan woning, 3.3 table). */
const VERWACHT: Record<
  string,
  { start: string; eind: string; opstartMaanden: number; afrondingsfase: boolean; opstartVanaf?: string }
> = {
  'Den Haag': { start: WONING, eind: '2026-03-01', opstartMaanden: 4, afrondingsfase: false },
  Groningen: { start: KOPPELING, eind: '2028-01-10', opstartMaanden: 3, afrondingsfase: false, opstartVanaf: WONING },
  Heerenveen: { start: WONING, eind: '2028-03-01', opstartMaanden: 3, afrondingsfase: false },
  Roermond: { start: WONING, eind: '2025-09-01', opstartMaanden: 2, afrondingsfase: false },
  Rotterdam: { start: WONING, eind: '2027-03-01', opstartMaanden: 3, afrondingsfase: true },
  Tholen: { start: WONING, eind: '2028-03-01', opstartMaanden: 1.5, afrondingsfase: false },
  Woerden: { start: WONING, eind: '2026-03-01', opstartMaanden: 1, afrondingsfase: false },
  Alkmaar: { start: WONING, eind: '2026-03-01', opstartMaanden: 3, afrondingsfase: false },
};

describe('every case of the report has its expectations', () => {
  it('covers the eight cases and all thirteen gemeenten', () => {
    expect(CASES.map((p) => p.naam).sort()).toEqual(Object.keys(VERWACHT).sort());
    expect(PROFIELEN.size).toBe(13);
  });
});

describe.each(CASES.map((p) => [p.naam, p] as const))('the traject in %s', (naam, p) => {
  const v = VERWACHT[naam] ?? { start: '', eind: '', opstartMaanden: 0, afrondingsfase: false };
  const traject = gestartTraject(p);

  it('starts on the startmoment of the profile and ends after the looptijd', () => {
    // Act
    const t = tijdlijnVan(p, traject);
    // Assert
    expect(t?.startdatum).toBe(v.start);
    expect(t?.einddatum).toBe(v.eind);
    expect(t?.einddatum).toBe(plusMaanden(v.start, p.looptijdMaanden));
  });

  it('has no startdatum before its startmoment: aangemeld', () => {
    const zonderStart = gestartTraject(p, { woningtoewijzing: undefined });
    if (p.startmoment === 'koppeling') {
      expect(tijdlijnVan(p, zonderStart)?.startdatum).toBe(KOPPELING);
      expect(faseOp(p, zonderStart, plusDagen(KOPPELING, -1)).fase).toBe('aangemeld');
    } else {
      expect(tijdlijnVan(p, zonderStart)).toBeUndefined();
      expect(faseOp(p, zonderStart, '2030-01-01').fase).toBe('aangemeld');
    }
  });

  it('passes through its fasen as time goes by', () => {
    const opstartEinde = plusMaanden(v.opstartVanaf ?? v.start, v.opstartMaanden);
    const fase = (dag: string) => faseOp(p, traject, dag).fase;
    const wacht = p.afronding.vereist.eindgesprek || p.afrondingsfase !== null;
    expect(fase(plusDagen(v.start, -1))).toBe('aangemeld');
    expect(fase(v.start)).toBe('opstartfase');
    expect(fase(plusDagen(opstartEinde, -1))).toBe('opstartfase');
    expect(fase(opstartEinde)).toBe('begeleidingsfase');
    expect(fase(plusMaanden(v.eind, -3))).toBe(v.afrondingsfase ? 'afrondingsfase' : 'begeleidingsfase');
    expect(fase(plusDagen(plusMaanden(v.eind, -3), -1))).toBe('begeleidingsfase');
    expect(fase(v.eind)).toBe(v.afrondingsfase ? 'afrondingsfase' : 'begeleidingsfase');
    // Tholen has no formal end (report 3.3): the looptijd passing does not close the traject. Roermond and Rotterdam
    // wait in their afrondingsfase for the eindgesprek and the written overdracht (4.3).
    const naEinde = plusDagen(v.eind, 1);
    expect(faseOp(p, traject, naEinde)).toEqual(
      !p.einde.formeel
        ? { fase: 'begeleidingsfase', sinds: opstartEinde }
        : wacht
          ? { fase: 'afrondingsfase', sinds: v.afrondingsfase ? plusMaanden(v.eind, -3) : naEinde }
          : { fase: 'afgerond', sinds: naEinde },
    );
  });

  it('ends the opstartfase early when OpstartfaseAfgerond comes first', () => {
    const vroeg = plusDagen(v.start, 10);
    const t = gestartTraject(p, { opstartfaseAfgerond: { datum: vroeg, occurredAt: '2025-03-11T00:00:00.000Z' } });
    expect(faseOp(p, t, plusDagen(vroeg, -1)).fase).toBe('opstartfase');
    expect(faseOp(p, t, vroeg)).toEqual({ fase: 'begeleidingsfase', sinds: vroeg });
  });

  it('is afgerond from the day of the afronding', () => {
    const t = gestartTraject(p, { afronding: { datum: '2025-06-01', soort: 'geleidelijk' } });
    expect(faseOp(p, t, '2025-05-31').fase).not.toBe('afgerond');
    expect(faseOp(p, t, '2025-06-01')).toEqual({ fase: 'afgerond', sinds: '2025-06-01' });
  });

  it('adds verlengingen to the einddatum', () => {
    const t = gestartTraject(p, { verlengingen: [{ maanden: 6, datum: '2025-06-01' }] });
    expect(tijdlijnVan(p, t)?.einddatum).toBe(plusMaanden(v.eind, 6));
  });
});

describe('profile details', () => {
  it('takes six weeks (1.5 months: one month and 15 days) for the opstartfase in Tholen', () => {
    expect(tijdlijnVan(profiel('Tholen'), gestartTraject(profiel('Tholen')))?.opstartEinde).toBe('2025-04-16');
  });

  it('keeps the BRP-inschrijving out of the start where the profile starts at woningtoewijzing', () => {
    const p = profiel('Den Haag');
    expect(
      tijdlijnVan(p, gestartTraject(p, { brpInschrijving: { datum: '2025-02-01', occurredAt: 'x' } }))?.startdatum,
    ).toBe(WONING);
  });
});
