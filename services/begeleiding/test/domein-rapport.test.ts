import { AFRONDINGSSOORTEN } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { plusMaanden } from '../src/domain/datum';
import { afbouwOp, faseOp, tijdlijnVan } from '../src/domain/fase';
import { geplandeMeetmomenten, geplandePlanafspraken } from '../src/domain/meetmomenten';
import { controleerAfronding, controleerScores, controleerVerlenging, type Regelfout } from '../src/domain/regels';
import type { Traject } from '../src/domain/traject';
import { bellijst } from '../src/domain/werklijsten';
import { BRP, CASES, gestartTraject, KOPPELING, WONING } from './support-domein';

/** The numbered corrections, each checked for every case of the report it concerns (Alkmaar: Zaffier). */
const fout = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as Regelfout).slug;
  }
};
const PER_CASE = CASES.map((p) => [p.naam, p] as const);
const START = '2025-03-01';

describe('1. afronding: warme overdracht where the report says it happens; required steps enforced (report 4.3)', () => {
  /** 4.3: "Dit gebeurt in ieder geval in Rotterdam, Woerden, Den Haag, Tholen en Groningen". */
  const WARME_OVERDRACHT = ['Rotterdam', 'Woerden', 'Den Haag', 'Tholen', 'Groningen'];
  /** 4.3: "In Roermond en Rotterdam gebeurt dit via een eindgesprek en een schriftelijke overdracht". */
  const EINDGESPREK_EN_OVERDRACHT = ['Roermond', 'Rotterdam'];

  it.each(PER_CASE)('%s: warme overdracht is usual practice exactly where 4.3 names it', (naam, p) => {
    expect(p.afronding.gebruikelijk.includes('warme-overdracht')).toBe(
      WARME_OVERDRACHT.includes(naam) || naam === 'Alkmaar',
    );
  });

  it.each(PER_CASE)('%s: every soort is accepted once the required steps are there (4.3)', (_, p) => {
    for (const soort of AFRONDINGSSOORTEN) {
      const volledig = {
        datum: '2025-06-01',
        soort,
        eindgesprekOp: '2025-05-20',
        overdracht: 'Aan de consulent.',
        resultatenBereikt: 'ja' as const,
      };
      expect(
        fout(() => controleerAfronding(p, 'begeleidingsfase', { startdatum: START }, volledig, '2030-01-01')),
      ).toBeUndefined();
    }
  });

  it.each(PER_CASE)(
    '%s: eindgesprek and written overdracht required only in Roermond and Rotterdam (4.3)',
    (naam, p) => {
      const kaal = { datum: '2025-06-01', soort: 'warme-overdracht' as const };
      const zonderOverdracht = { datum: '2025-06-01', soort: 'eindgesprek' as const };
      const vereist = EINDGESPREK_EN_OVERDRACHT.includes(naam);
      expect(fout(() => controleerAfronding(p, 'begeleidingsfase', { startdatum: START }, kaal, '2030-01-01'))).toBe(
        vereist ? 'afronding-onvolledig' : undefined,
      );
      expect(
        fout(() => controleerAfronding(p, 'begeleidingsfase', { startdatum: START }, zonderOverdracht, '2030-01-01')),
      ).toBe(vereist ? 'afronding-onvolledig' : undefined);
    },
  );

  it('Roermond and Rotterdam say why an afronding is refused (4.3)', () => {
    for (const p of CASES.filter((c) => EINDGESPREK_EN_OVERDRACHT.includes(c.naam))) {
      try {
        controleerAfronding(
          p,
          'begeleidingsfase',
          { startdatum: START },
          { datum: '2025-06-01', soort: 'geleidelijk' },
          '2030-01-01',
        );
        throw new Error('accepted');
      } catch (e) {
        const r = e as Regelfout;
        expect(r.detail).toContain('the steps its profile requires (report 4.3, 3.3.4)');
        const evaluatie = p.afrondingsfase ? ['resultatenBereikt'] : [];
        expect(r.velden.map((v) => v.path)).toEqual([...evaluatie, 'eindgesprekOp', 'overdracht']);
      }
    }
  });
});

describe('3. start rules per doelgroep (report 4.1.2; Wi2021 art. 13(3))', () => {
  const alleenBrp = (p: (typeof CASES)[number], doelgroep: 'asielstatushouder' | 'nareiziger'): Traject => {
    const { woningtoewijzing: _, ...t } = gestartTraject(p);
    return { ...t, aanmelding: { ...(t.aanmelding as NonNullable<Traject['aanmelding']>), doelgroep } };
  };

  it.each(PER_CASE)('%s: a nareiziger with only a BRP-inschrijving starts that day (4.1.2)', (naam, p) => {
    const t = alleenBrp(p, 'nareiziger');
    const verwacht = naam === 'Groningen' ? KOPPELING : BRP;
    expect(tijdlijnVan(p, t)?.startdatum).toBe(verwacht);
    expect(faseOp(p, t, '2025-03-25').fase).toBe('opstartfase');
  });

  it.each(PER_CASE)('%s: an asielstatushouder starts at the startmoment of 4.1.2, not at the BRP', (naam, p) => {
    const t = alleenBrp(p, 'asielstatushouder');
    expect(tijdlijnVan(p, t)?.startdatum).toBe(naam === 'Groningen' ? KOPPELING : undefined);
    expect(tijdlijnVan(p, gestartTraject(p))?.startdatum).toBe(naam === 'Groningen' ? KOPPELING : WONING);
  });

  it('Roermond: a statushouder in noodopvang with a BRP-inschrijving gets no MB yet (4.1.2 footnote)', () => {
    const p = CASES.find((c) => c.naam === 'Roermond');
    if (!p) throw new Error('no Roermond');
    expect(p.noodopvang?.mb).toBe(false);
    expect(faseOp(p, alleenBrp(p, 'asielstatushouder'), '2025-06-01').fase).toBe('aangemeld');
  });
});

describe('4. verlenging on the inburgeraar explicit request (report 3.3, 3.3.4, 4.3)', () => {
  /** 3.3: most gemeenten with MB of a year or shorter; 4.3: Woerden, Heerenveen, Zaffier half a year, exceptionally. */
  const ZES_MAANDEN = ['Den Haag', 'Roermond', 'Woerden', 'Heerenveen', 'Alkmaar'];
  const UITZONDERLIJK = ['Woerden', 'Heerenveen', 'Alkmaar'];
  const verzoek = { maanden: 6, verzoekVanInburgeraar: { datum: '2025-05-01' } };

  it.each(PER_CASE)('%s: a verlenging of six months where 3.3 or 4.3 allows it', (naam, p) => {
    const kan = ZES_MAANDEN.includes(naam);
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, verzoek, '2025-06-01'))).toBe(
      kan ? undefined : 'verlenging-niet-toegestaan',
    );
    expect(p.verlenging?.uitzonderlijk ?? false).toBe(UITZONDERLIJK.includes(naam));
    if (!kan) return;
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 1, verzoek, '2025-06-01'))).toBe(
      'verlenging-niet-toegestaan',
    );
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, { ...verzoek, maanden: 3 }, '2025-06-01'))).toBe(
      'verlenging-niet-toegestaan',
    );
  });

  it.each(PER_CASE.filter(([n]) => ZES_MAANDEN.includes(n)))(
    '%s: only when the inburgeraar asked for it, not in the future (3.3.4)',
    (_, p) => {
      expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, { maanden: 6 }, '2025-06-01'))).toBe(
        'verzoek-inburgeraar-vereist',
      );
      const later = { maanden: 6, verzoekVanInburgeraar: { datum: '2025-07-01' } };
      expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, later, '2025-06-01'))).toBe('datum-in-toekomst');
    },
  );
});

describe('5. how MB ends (report 3.3, 3.3.4, 4.3)', () => {
  const dag = (maanden: number) => plusMaanden(WONING, maanden);

  it.each(PER_CASE)(
    '%s: the end of the looptijd closes MB, except in Tholen (3.3: geen formeel eindmoment) and where the ending waits for its steps (Roermond, Rotterdam: 4.3)',
    (naam, p) => {
      const t = gestartTraject(p);
      const na = plusMaanden(tijdlijnVan(p, t)?.einddatum ?? WONING, 1);
      const verwacht =
        naam === 'Tholen'
          ? 'begeleidingsfase'
          : ['Roermond', 'Rotterdam'].includes(naam)
            ? 'afrondingsfase'
            : 'afgerond';
      expect(faseOp(p, t, na).fase).toBe(verwacht);
    },
  );

  it.each(PER_CASE)('%s: tapering by year only in Tholen and Heerenveen (4.3)', (naam, p) => {
    const t = gestartTraject(p);
    const stappen = [6, 18, 30].map((m) => afbouwOp(p, t, dag(m))?.intensiteit);
    const verwacht: Record<string, (string | undefined)[]> = {
      Tholen: ['intensief', 'zelf-leren-oppakken', 'spreekuur'],
      Heerenveen: ['intensief', 'spreekuur', 'spreekuur'],
    };
    expect(stappen).toEqual(verwacht[naam] ?? [undefined, undefined, undefined]);
  });

  it.each(PER_CASE)('%s: only Rotterdam has a third phase as afrondingsmoment (3.3.4)', (naam, p) => {
    const t = gestartTraject(p);
    const einde = tijdlijnVan(p, t)?.einddatum ?? WONING;
    expect(faseOp(p, t, plusMaanden(einde, -1)).fase).toBe(
      naam === 'Rotterdam' ? 'afrondingsfase' : 'begeleidingsfase',
    );
    expect(p.afrondingsfase !== null).toBe(naam === 'Rotterdam');
  });

  it('Groningen stops formally after three years, earlier when self-reliant (4.3)', () => {
    const p = CASES.find((c) => c.naam === 'Groningen');
    if (!p) throw new Error('no Groningen');
    expect(p.einde).toMatchObject({ formeel: true, eerderBijZelfredzaamheid: true });
    const t = gestartTraject(p);
    expect(tijdlijnVan(p, t)?.einddatum).toBe(plusMaanden(KOPPELING, 36));
    const vroeg = { datum: dag(14), soort: 'geleidelijk' as const };
    expect(
      fout(() => controleerAfronding(p, 'begeleidingsfase', { startdatum: KOPPELING }, vroeg, '2030-01-01')),
    ).toBeUndefined();
    expect(faseOp(p, { ...t, afronding: vroeg }, dag(15)).fase).toBe('afgerond');
  });
});

describe('6. leefgebieden models (report 4.1.1, 4.2, 4.2.1, 4.2.2)', () => {
  const MODEL: Record<string, { aantal: number; gesloten: boolean } | null> = {
    'Den Haag': { aantal: 6, gesloten: true },
    Rotterdam: { aantal: 6, gesloten: true },
    Roermond: { aantal: 6, gesloten: true },
    Woerden: { aantal: 6, gesloten: true },
    Heerenveen: { aantal: 6, gesloten: false },
    Alkmaar: { aantal: 4, gesloten: false },
    Groningen: null,
    Tholen: null,
  };

  it.each(PER_CASE)('%s: scores the leefgebieden of its own model (4.2.1)', (naam, p) => {
    const model = MODEL[naam];
    if (!model) {
      expect(fout(() => controleerScores(p, { wonen: 3 }))).toBe('geen-begeleidingsplan');
      return;
    }
    expect(p.leefgebieden).toHaveLength(model.aantal);
    expect(fout(() => controleerScores(p, Object.fromEntries(p.leefgebieden.map((g) => [g, 3]))))).toBeUndefined();
    expect(fout(() => controleerScores(p, { 'eigen-leefgebied': 2 }))).toBe(
      model.gesloten ? 'leefgebied-onbekend' : undefined,
    );
    expect(fout(() => controleerScores(p, {}))).toBe('leefgebied-vereist');
  });

  /** 4.2.1: "In alle gemeenten waar VluchtelingenWerk actief is ... wordt gewerkt met een monitoringstool". */
  it.each(['Den Haag', 'Rotterdam', 'Roermond', 'Woerden'])(
    "%s: a meetmoment scores the six leefgebieden of VWN's monitoring tool (4.2.1)",
    (naam) => {
      const p = CASES.find((c) => c.naam === naam) as (typeof CASES)[number];
      expect(p.leefgebieden).toEqual([
        'wonen',
        'financien-en-administratie',
        'jeugd-en-school',
        'sociaal-netwerk',
        'maatschappelijke-participatie',
        'zorg-en-gezondheid',
      ]);
      expect(fout(() => controleerScores(p, { 'huiselijke-relaties': 2 }))).toBe('leefgebied-onbekend');
    },
  );

  /** 4.1.1: Woerden's persoonlijk begeleidingsplan "beslaat zeven leefgebieden". */
  it.each(PER_CASE)("%s: the begeleidingsplan follows the gemeente's plan model (4.1.1, 4.2 staalkaart)", (naam, p) => {
    const zeven = ['wonen', 'kinderen', 'financien', 'sociaal-netwerk', 'maatschappelijke-participatie'];
    if (naam === 'Woerden') {
      expect(p.planLeefgebieden).toEqual([...zeven, 'huiselijke-relaties', 'zorg-en-gezondheid']);
    } else {
      // Roermond's seven (staalkaart) are the themes of its themabijeenkomsten, not a model: its plan is VWN's.
      expect(p.planLeefgebieden).toEqual(p.leefgebieden);
    }
  });
});

describe('7. meetmomenten and plan appointments (report 3.3, 4.2 staalkaart)', () => {
  const MEETMOMENTEN: Record<string, number[]> = { 'Den Haag': [3, 8, 12], Woerden: [6, 12] };

  it.each(PER_CASE)('%s: plans the meetmomenten of 3.3 and the staalkaart', (naam, p) => {
    const gepland = geplandeMeetmomenten(p, WONING, [], WONING);
    expect(gepland.map((m) => m.naMaanden)).toEqual(MEETMOMENTEN[naam] ?? []);
  });

  it.each(PER_CASE)('%s: plans the fixed plan appointments of the staalkaart (4.2)', (naam, p) => {
    const afspraken = geplandePlanafspraken(p, tijdlijnVan(p, gestartTraject(p)));
    if (naam === 'Roermond') {
      // Monthly from the end of the opstartfase (two months) to the end of the six months.
      expect(afspraken.map((a) => a.datum)).toEqual([dagNa(2), dagNa(3), dagNa(4), dagNa(5), dagNa(6)]);
    } else if (naam === 'Woerden') {
      expect(afspraken).toHaveLength(3);
    } else {
      expect(afspraken).toEqual([]);
    }
  });
  const dagNa = (m: number) => plusMaanden(WONING, m);
});

describe('MB declined: Groningen keeps whoever declines on the bellijst (report 4.2.2)', () => {
  it.each(PER_CASE)('%s', (naam, p) => {
    const afgewezen = gestartTraject(p, {
      afronding: { datum: '2025-06-01', soort: 'geleidelijk', afgewezenDoorInburgeraar: true },
    });
    if (!p.bellijst) {
      expect(naam).not.toBe('Groningen');
      return;
    }
    expect(naam).toBe('Groningen');
    expect(bellijst(p, [afgewezen], '2025-12-01').items.map((i) => i.inburgeraarId)).toEqual(['ib-1']);
    const gewoon = gestartTraject(p, { afronding: { datum: '2025-06-01', soort: 'geleidelijk' } });
    expect(bellijst(p, [gewoon], '2025-12-01').items).toEqual([]);
  });
});
