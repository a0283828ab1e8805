import { describe, expect, it } from 'vitest';
import { afgerondData, afrondingOpen, afrondingOpenLijst, ontbrekendeStappen } from '../src/domain/afronding';
import { type Afspraak, herplan, legAanwezigheidVast, verplaats } from '../src/domain/afspraken';
import { plusDagen } from '../src/domain/datum';
import { faseOp, tijdlijnVan } from '../src/domain/fase';
import { faseWijziging } from '../src/domain/fase-wijziging';
import { zonderAfspraak } from '../src/domain/initiatief';
import { metOpstartAfspraken } from '../src/domain/opstart';
import { controleerAfronding, type Regelfout } from '../src/domain/regels';
import { tellingenVan } from '../src/domain/regietellingen';
import type { Traject } from '../src/domain/traject';
import { CASES, gestartTraject, KOPPELING, WONING } from './support-domein';

// Issue 22, items 1, 2 and 3: the practice of afspraken and endings as the report describes it, over every case.

const PER_CASE = CASES.map((p) => [p.naam, p] as const);
const fout = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as Regelfout).slug;
  }
};

describe('1. afspraken as report 3.3 plans them', () => {
  /** 3.3: "In deze fase heeft iedere inburgeraar twee tot vier vaste afspraken"; the table: Groningen "4 à 5". */
  const BEREIK: Record<string, [number, number]> = { Groningen: [4, 5] };

  it.each(PER_CASE)('%s: 3.3 "twee tot vier vaste afspraken" (Groningen 4 à 5), all in the opstartfase', (naam, p) => {
    // Act
    const t = metOpstartAfspraken(p, gestartTraject(p));
    // Assert
    const [min, max] = BEREIK[naam] ?? [2, 4];
    const datums = (t.afspraken ?? []).map((a) => a.datum);
    expect(datums.length).toBeGreaterThanOrEqual(min);
    expect(datums.length).toBeLessThanOrEqual(max);
    expect(datums.every((d) => faseOp(p, t, d).fase === 'opstartfase')).toBe(true);
  });

  it.each(PER_CASE)(
    '%s: 3.3 table, Groningen plans them "vanaf koppeling aan woning", not from the COA koppeling',
    (naam, p) => {
      // Arrange: koppeling known, still in an azc elsewhere (no woningtoewijzing yet)
      const inAzc = gestartTraject(p, { woningtoewijzing: undefined });
      // Act
      const voorWoning = metOpstartAfspraken(p, inAzc);
      const naWoning = metOpstartAfspraken(p, gestartTraject(p));
      // Assert
      expect(voorWoning.afspraken).toBeUndefined();
      expect(naWoning.afspraken?.[0]?.datum).toBe(WONING);
      if (naam === 'Groningen') {
        expect(tijdlijnVan(p, inAzc)?.startdatum).toBe(KOPPELING);
        expect(faseOp(p, inAzc, '2025-06-01').fase).toBe('opstartfase');
      }
    },
  );
});

describe('1. the begeleider moves, cancels and re-plans any afspraak, the history kept (report 3.3, 4.2.2)', () => {
  const VANDAAG = '2025-03-10';
  const afspraak = (id: string, datum: string): Afspraak => ({
    afspraakId: id,
    datum,
    herkomst: 'opstartfase',
    vorm: 'kantoor',
    status: 'gepland',
  });

  it.each(PER_CASE)('%s: moving keeps the old day in the geschiedenis; never to a past day', (_naam, p) => {
    // Arrange
    const [eerste] = metOpstartAfspraken(p, gestartTraject(p)).afspraken ?? [];
    if (!eerste) throw new Error('planned');
    // Act
    const verplaatst = verplaats(eerste, { datum: '2025-03-12', vorm: 'huisbezoek', reden: 'ziek' }, VANDAAG);
    const nogmaals = verplaats(verplaatst ?? eerste, { datum: '2025-03-14' }, VANDAAG);
    // Assert
    expect(verplaatst).toMatchObject({ datum: '2025-03-12', vorm: 'huisbezoek', status: 'gepland' });
    expect(nogmaals?.geschiedenis).toEqual([
      { op: VANDAAG, actie: 'verplaatst', van: eerste.datum, naar: '2025-03-12', reden: 'ziek' },
      { op: VANDAAG, actie: 'verplaatst', van: '2025-03-12', naar: '2025-03-14' },
    ]);
    expect(verplaats(nogmaals ?? eerste, { datum: '2025-03-14' }, VANDAAG)).toBeUndefined();
    expect(fout(() => verplaats(eerste, { datum: '2025-03-09' }, VANDAAG))).toBe('datum-in-verleden');
  });

  it('cancelling records who and when; a cancelled or missed one is re-planned as a new afspraak, once', () => {
    // Arrange
    const afspraken = [afspraak('opstart-1', '2025-03-01'), afspraak('opstart-2', '2025-03-15')];
    const afgezegd = legAanwezigheidVast(
      afspraken[1] as Afspraak,
      { status: 'afgezegd', afgezegdDoor: 'begeleider' },
      VANDAAG,
      'c',
    );
    if (!afgezegd) throw new Error('recorded');
    const nieuw = { ...afspraak('n-1', '2025-03-20'), herkomst: 'begeleider' as const };
    // Act
    const lijst = herplan([afspraken[0] as Afspraak, afgezegd], 'opstart-2', nieuw, VANDAAG);
    // Assert
    expect(afgezegd.geschiedenis).toEqual([{ op: VANDAAG, actie: 'afgezegd', door: 'begeleider' }]);
    expect(lijst.find((a) => a.afspraakId === 'opstart-2')).toMatchObject({
      status: 'afgezegd',
      vervangenDoor: 'n-1',
      geschiedenis: [
        { op: VANDAAG, actie: 'afgezegd', door: 'begeleider' },
        { op: VANDAAG, actie: 'opnieuw-gepland', naar: '2025-03-20', afspraakId: 'n-1' },
      ],
    });
    expect(lijst.find((a) => a.afspraakId === 'n-1')).toMatchObject({ herkomst: 'opstartfase', vervangt: 'opstart-2' });
    expect(fout(() => herplan(lijst, 'opstart-2', afspraak('n-2', '2025-03-21'), VANDAAG))).toBe(
      'afspraak-al-vervangen',
    );
    expect(fout(() => herplan(lijst, 'opstart-1', afspraak('n-3', '2025-03-21'), VANDAAG))).toBe(
      'afspraak-niet-te-vervangen',
    );
    expect(fout(() => verplaats(afgezegd, { datum: '2025-03-21' }, VANDAAG))).toBe('afspraak-niet-gepland');
  });

  it.each(PER_CASE)(
    '%s: 4.2.2 "de begeleider neemt het initiatief": who has no next afspraak is on the worklist',
    (naam, p) => {
      // Arrange: one with its opstartfase afspraken ahead, one whose afspraken all lie behind
      const gepland = { ...metOpstartAfspraken(p, gestartTraject(p)), inburgeraarId: 'met-afspraak' };
      const leeg = { ...gestartTraject(p), inburgeraarId: 'zonder', laatsteContact: '2025-03-05' };
      // Act
      const inOpstart = zonderAfspraak(p, [gepland, leeg], WONING);
      const later = zonderAfspraak(p, [gepland, leeg], '2025-08-01');
      // Assert
      expect(inOpstart.items.map((i) => i.inburgeraarId)).toEqual(['zonder']);
      // Past the opstartfase Groningen's people without a maatje are on the bellijst instead (4.2.2).
      expect(later.items.map((i) => i.inburgeraarId)).toEqual(naam === 'Groningen' ? [] : ['met-afspraak', 'zonder']);
      if (naam !== 'Groningen') expect(later.items[0]?.laatsteAfspraak).not.toBeNull();
    },
  );
});

describe('2. the ending as report 4.3 and 3.3.4 describe it', () => {
  /** 4.3: "In Roermond en Rotterdam gebeurt dit via een eindgesprek en een schriftelijke overdracht". */
  const WACHTEN = ['Roermond', 'Rotterdam'];
  const volledig = { soort: 'eindgesprek' as const, overdracht: 'Aan de consulent.', resultatenBereikt: 'ja' as const };

  it.each(PER_CASE)(
    '%s: 4.3, past its einddatum the traject waits for its steps only in Roermond and Rotterdam',
    (naam, p) => {
      // Arrange
      const t = faseWijziging(p, gestartTraject(p), WONING)?.traject ?? gestartTraject(p);
      const einde = tijdlijnVan(p, t)?.einddatum ?? '';
      const tweeDagenLaat = plusDagen(einde, 2);
      // Act
      const fase = faseOp(p, t, tweeDagenLaat).fase;
      const lijst = afrondingOpenLijst(p, [t], tweeDagenLaat);
      // Assert
      const wacht = WACHTEN.includes(naam);
      expect(fase).toBe(wacht ? 'afrondingsfase' : p.einde.formeel ? 'afgerond' : 'begeleidingsfase');
      expect(lijst.items).toEqual(
        wacht
          ? [{ inburgeraarId: 'ib-1', einddatum: einde, dagenNaEinddatum: 2, ontbreekt: ontbrekendeStappen(p, t) }]
          : [],
      );
      // An afronding recorded two days late is accepted where the traject waits, and closes it.
      const afronding = { ...volledig, datum: tweeDagenLaat };
      const context = { startdatum: tijdlijnVan(p, t)?.startdatum };
      expect(fout(() => controleerAfronding(p, fase, context, afronding, tweeDagenLaat))).toBe(
        wacht || !p.einde.formeel ? undefined : 'traject-afgerond',
      );
      const gesloten: Traject = {
        ...t,
        afronding: { datum: tweeDagenLaat, soort: 'eindgesprek', overdrachtId: 'o-1' },
      };
      expect(faseOp(p, gesloten, tweeDagenLaat).fase).toBe('afgerond');
      expect(afrondingOpen(p, gesloten, tweeDagenLaat)).toBeUndefined();
    },
  );

  it.each(PER_CASE)(
    '%s: 3.3.4, only Rotterdam requires "of de beoogde resultaten zijn bereikt" before its afronding',
    (naam, p) => {
      // Arrange
      const basis = { datum: '2025-09-01', soort: 'eindgesprek' as const, overdracht: 'Aan de consulent.' };
      const context = { startdatum: WONING };
      // Act
      const zonder = fout(() => controleerAfronding(p, 'begeleidingsfase', context, basis, '2030-01-01'));
      const uitPlan = fout(() =>
        controleerAfronding(p, 'begeleidingsfase', { ...context, eindevaluatie: 'gedeeltelijk' }, basis, '2030-01-01'),
      );
      // Assert
      expect(zonder).toBe(naam === 'Rotterdam' ? 'afronding-onvolledig' : undefined);
      expect(uitPlan).toBeUndefined();
      expect(ontbrekendeStappen(p, gestartTraject(p)).includes('resultaten-bereikt')).toBe(naam === 'Rotterdam');
    },
  );

  it('4.3: the trajectstatus tells that a written overdracht went, when and to whom; never its content', () => {
    // Act
    const data = afgerondData({
      datum: '2025-09-03',
      soort: 'eindgesprek',
      overdrachtId: 'o-1',
      eindgesprekOp: '2025-09-01',
    });
    // Assert
    expect(data).toEqual({
      datum: '2025-09-03',
      soort: 'eindgesprek',
      eindgesprekOp: '2025-09-01',
      schriftelijkeOverdracht: { overdrachtId: 'o-1', datum: '2025-09-03', aan: 'inburgeringsconsulent' },
    });
  });

  it.each(PER_CASE)('%s: regie counts an automatic end as einde-looptijd', (_naam, p) => {
    // Arrange: the fase stored a month after the einddatum
    const t = gestartTraject(p);
    const einde = tijdlijnVan(p, t)?.einddatum ?? '';
    const opgeslagen = faseWijziging(p, t, plusDagen(einde, 30))?.traject ?? t;
    // Act
    const afrondingen = tellingenVan(p, opgeslagen).filter((x) => x.indicatorset === 'afrondingen');
    // Assert
    const automatisch = p.einde.formeel && opgeslagen.fase === 'afgerond';
    expect(afrondingen.map((x) => x.dimensies.soort)).toEqual(automatisch ? ['einde-looptijd'] : []);
  });
});

describe('3. a warme overdracht of a person belongs to the afronding of that soort (report 4.3)', () => {
  const warm = { naar: 'wijkteam' as const, datum: '2025-08-20', reden: 'aanvullende-ondersteuning' as const };

  it.each(PER_CASE)(
    '%s: accepted with soort warme-overdracht, refused with another soort or outside the traject',
    (_n, p) => {
      const context = { startdatum: WONING, eindevaluatie: 'ja' as const };
      const stappen = { eindgesprekOp: '2025-08-15', overdracht: 'Aan de consulent.' };
      const met = { datum: '2025-09-01', soort: 'warme-overdracht' as const, warmeOverdracht: warm, ...stappen };
      expect(fout(() => controleerAfronding(p, 'begeleidingsfase', context, met, '2030-01-01'))).toBeUndefined();
      expect(
        fout(() => controleerAfronding(p, 'begeleidingsfase', context, { ...met, soort: 'geleidelijk' }, '2030-01-01')),
      ).toBe('warme-overdracht-soort');
      const laat = { ...met, warmeOverdracht: { ...warm, datum: '2025-09-02' } };
      expect(fout(() => controleerAfronding(p, 'begeleidingsfase', context, laat, '2030-01-01'))).toBe(
        'warme-overdracht-buiten-traject',
      );
    },
  );

  it.each(PER_CASE)('%s: only Roermond gives the form listing the regular services (4.3)', (naam, p) => {
    expect(p.afronding.dienstverlenersformulier !== undefined).toBe(naam === 'Roermond');
  });
});
