import type { Doelgroep } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { isAanbod } from '../src/domain/aanbod';
import { plusDagen, plusMaanden } from '../src/domain/datum';
import { faseOp, tijdlijnVan } from '../src/domain/fase';
import { type Groepsactiviteit, legAanwezigheidVast, nieuweActiviteit, schrijfIn } from '../src/domain/groepen';
import { indexPlaatsen } from '../src/domain/indexdatums';
import { nabellen, nabellenVanaf, vereisContactToegestaan } from '../src/domain/nabellen';
import { metOpstartAfspraken } from '../src/domain/opstart';
import type { Traject } from '../src/domain/traject';
import { trajectWeergave } from '../src/domain/weergave';
import { bellijst } from '../src/domain/werklijsten';
import { BRP, CASES, gestartTraject, profiel } from './support-domein';

const fout = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { slug?: string }).slug;
  }
};

type Bekend = Traject & { aanmelding: NonNullable<Traject['aanmelding']> };
const metDoelgroep = (p: Profiel, doelgroep: Doelgroep, extra: Partial<Traject> = {}): Bekend => {
  const t = gestartTraject(p, extra) as Bekend;
  return { ...t, aanmelding: { ...t.aanmelding, doelgroep } };
};
const activiteit = (p: Profiel, aanbod: string, bijeenkomsten = ['2025-04-01', '2025-04-08']): Groepsactiviteit =>
  nieuweActiviteit(
    p,
    { aanbod, bijeenkomsten },
    { activiteitId: `a-${aanbod}`, gemeente: p.cbs, organisatie: 'org', nu: '2025-03-25T10:00:00Z' },
  );

describe('groups: groepsvoorlichting, themabijeenkomsten, cafés and workshops per gemeente (report 4.1.3, 4.4)', () => {
  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: every activity of its groepsaanbod takes enrolment and attendance of whoever it is meant for',
    (_, p) => {
      for (const g of p.groepsaanbod) {
        // Arrange
        const doelgroep = g.doelgroepen?.[0] ?? 'asielstatushouder';
        const a = activiteit(p, g.code);
        // Act
        const ingeschreven = schrijfIn(p, metDoelgroep(p, doelgroep), a, '2025-03-30');
        const bijgewoond = legAanwezigheidVast(ingeschreven, a, { datum: '2025-04-01', aanwezig: true }, '2025-04-02');
        // Assert
        expect(bijgewoond.groepsactiviteiten).toEqual([
          {
            activiteitId: a.activiteitId,
            aanbod: g.code,
            ingeschrevenOp: '2025-03-30',
            aanwezigheid: [{ datum: '2025-04-01', aanwezig: true }],
          },
        ]);
        // attending is contact in person: it counts for the bellijst and the spreekuur worklist
        expect(bijgewoond.laatstGezien).toBe('2025-04-01');
        expect(bijgewoond.laatsteContact).toBe('2025-04-01');
      }
    },
  );

  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: refuses an activity outside its groepsaanbod, a second enrolment, and a day without a bijeenkomst',
    (_, p) => {
      expect(fout(() => activiteit(p, 'bestaat-niet'))).toBe('groepsaanbod-onbekend');
      const g = p.groepsaanbod.find((a) => !a.doelgroepen);
      if (!g) return;
      const a = activiteit(p, g.code);
      const ingeschreven = schrijfIn(p, metDoelgroep(p, 'asielstatushouder'), a, '2025-03-30');
      expect(fout(() => schrijfIn(p, ingeschreven as Bekend, a, '2025-03-30'))).toBe('al-ingeschreven');
      expect(
        fout(() => legAanwezigheidVast(ingeschreven, a, { datum: '2025-04-02', aanwezig: true }, '2025-04-09')),
      ).toBe('geen-bijeenkomst');
      expect(
        fout(() => legAanwezigheidVast(ingeschreven, a, { datum: '2025-04-08', aanwezig: true }, '2025-04-02')),
      ).toBe('datum-in-toekomst');
      expect(
        fout(() =>
          legAanwezigheidVast(
            metDoelgroep(p, 'asielstatushouder'),
            a,
            { datum: '2025-04-01', aanwezig: true },
            '2025-04-02',
          ),
        ),
      ).toBe('niet-ingeschreven');
    },
  );

  it('names the activities of the report: Groningen its cafés (4.4), Woerden its group for young people (4.4), Tholen separate ones for women and men (4.4), the groepsvoorlichting of Roermond, Rotterdam, Zaffier and Den Haag (4.1.3)', () => {
    expect(profiel('Groningen').groepsaanbod.map((g) => g.code)).toEqual(
      expect.arrayContaining(['humanitascafe', 'gezondheidsspreekuur', 'taalcafe']),
    );
    expect(profiel('Woerden').groepsaanbod.map((g) => g.soort)).toEqual(['jongerengroep']);
    expect(
      profiel('Tholen')
        .groepsaanbod.map((g) => g.voor)
        .sort(),
    ).toEqual(['mannen', 'vrouwen']);
    const metVoorlichting = CASES.filter((p) => p.groepsaanbod.some((g) => g.soort === 'groepsvoorlichting'));
    expect(metVoorlichting.map((p) => p.samenwerkingsverband ?? p.naam).sort()).toEqual(
      ['Den Haag', 'Roermond', 'Rotterdam', 'Zaffier'].sort(),
    );
  });

  it("Rotterdam's gezinsmigrant gets the workshop of choice and individual help, not the 24-month statushouder traject (4.4)", () => {
    // Arrange
    const p = profiel('Rotterdam');
    const t = metDoelgroep(p, 'gezinsmigrant', { woningtoewijzing: undefined } as Partial<Traject>);
    // Act
    const tijdlijn = tijdlijnVan(p, t);
    const gepland = metOpstartAfspraken(p, t);
    const weergave = trajectWeergave(p, t, plusMaanden(BRP, 30), true);
    // Assert
    expect(tijdlijn).toEqual({ startdatum: BRP, opstartEinde: BRP, afrondingStart: undefined, einddatum: undefined });
    expect(faseOp(p, t, BRP).fase).toBe('begeleidingsfase');
    // no fixed looptijd: 30 months later it still runs, until its afronding
    expect(weergave.fase).toBe('begeleidingsfase');
    expect(weergave.einddatum).toBeNull();
    expect(weergave.aanbod?.workshopNaarKeuze).toEqual(['gezondheidszorg', 'financien', 'meedoen-in-de-wijk']);
    expect(weergave.aanbod?.individueleHulp).toBe(true);
    expect(gepland.afspraken ?? []).toEqual([]);
    expect(faseOp(p, { ...t, afronding: { datum: '2025-09-01', soort: 'geleidelijk' } }, '2025-09-01').fase).toBe(
      'afgerond',
    );
  });

  it('one workshop of choice: a second is refused; the workshops are not for statushouders (4.4)', () => {
    const p = profiel('Rotterdam');
    const gekozen = schrijfIn(p, metDoelgroep(p, 'gezinsmigrant'), activiteit(p, 'financien'), '2025-03-30');
    expect(fout(() => schrijfIn(p, gekozen as Bekend, activiteit(p, 'gezondheidszorg'), '2025-03-30'))).toBe(
      'workshop-al-gekozen',
    );
    expect(
      fout(() => schrijfIn(p, metDoelgroep(p, 'asielstatushouder'), activiteit(p, 'financien'), '2025-03-30')),
    ).toBe('groepsaanbod-niet-voor-doelgroep');
  });

  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: every other doelgroep keeps the traject with its einddatum',
    (_, p) => {
      for (const d of p.doelgroepen) {
        const t = metDoelgroep(p, d.doelgroep);
        expect(tijdlijnVan(p, t)?.einddatum === undefined).toBe(isAanbod(p, d.doelgroep));
      }
    },
  );
});

describe('the spreekuur: phoning who stays away (Tholen and Roermond, report 4.2.2)', () => {
  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: keeps the worklist only where the report says it phones',
    (_, p) => {
      const heeft = ['Tholen', 'Roermond'].includes(p.naam);
      expect(fout(() => nabellen(p, [], '2025-06-01'))).toBe(heeft ? undefined : 'geen-nabellen');
    },
  );

  it('Tholen: from year 3 (the spreekuur when needed), whoever had no contact for the profile period is due a call; a call takes them off until the period passes again', () => {
    // Arrange: started 2025-03-01 (woningtoewijzing); the spreekuur stage from 2027-03-01; period 60 days
    const p = profiel('Tholen');
    const spreekuur = plusMaanden('2025-03-01', 24);
    const trajecten = [
      { ...gestartTraject(p), inburgeraarId: 'nooit-gezien' },
      { ...gestartTraject(p, { laatsteContact: '2027-04-01', laatstGezien: '2027-04-01' }), inburgeraarId: 'gezien' },
    ];
    // Act
    const inJaar1 = nabellen(p, trajecten, '2025-09-01');
    const lijst = nabellen(p, trajecten, '2027-06-10');
    const gebeld = nabellen(p, [{ ...trajecten[0], laatsteContact: '2027-06-09' } as Traject], '2027-06-10');
    // Assert
    expect(inJaar1.items).toEqual([]);
    expect(lijst.maxDagenZonderContact).toBe(60);
    expect(lijst.items.map((i) => [i.inburgeraarId, i.bellenVanaf])).toEqual([
      ['nooit-gezien', plusDagen(spreekuur, 60)],
      ['gezien', '2027-05-31'],
    ]);
    expect(gebeld.items).toEqual([]);
    expect(nabellenVanaf(p, { ...trajecten[0], laatsteContact: '2027-06-09' } as Traject)).toBe('2027-08-08');
  });

  it('Roermond: from the end of the opstartfase (spreekuur VWN, actief nabellen bij weinig aanwezigheid)', () => {
    const p = profiel('Roermond');
    const t = { ...gestartTraject(p), inburgeraarId: 'r1', fase: 'begeleidingsfase' as const };
    const opstartEinde = tijdlijnVan(p, t)?.opstartEinde as string;
    expect(nabellenVanaf(p, t)).toBe(plusDagen(opstartEinde, 28));
    expect(indexPlaatsen(p, t).nabellen).toBe(plusDagen(opstartEinde, 28));
    expect(nabellen(p, [t], plusDagen(opstartEinde, 28)).items.map((i) => i.inburgeraarId)).toEqual(['r1']);
    // afgerond: off the list and out of the index
    expect(indexPlaatsen(p, { ...t, fase: 'afgerond' }).nabellen).toBeUndefined();
  });
});

describe('the bellijst keeps whoever declined MB, and their call is recorded (Groningen, report 4.2.2)', () => {
  const p = profiel('Groningen');
  const afgewezen = gestartTraject(p, {
    afronding: { datum: '2025-05-01', soort: 'geleidelijk', afgewezenDoorInburgeraar: true },
  });

  it('accepts the call by telephone after the afronding, and only that', () => {
    expect(fout(() => vereisContactToegestaan(p, afgewezen, 'afgerond', 'telefoon'))).toBeUndefined();
    expect(fout(() => vereisContactToegestaan(p, afgewezen, 'afgerond', 'huisbezoek'))).toBe(
      'alleen-bellen-na-afwijzing',
    );
  });

  it('the call takes them off the bellijst until the next one is due (intervalMaanden later)', () => {
    const voor = bellijst(p, [afgewezen], '2025-05-02');
    const gebeld = { ...afgewezen, laatsteContact: '2025-05-02' };
    expect(voor.items.map((i) => i.bellenVanaf)).toEqual(['2025-05-01']);
    expect(bellijst(p, [gebeld], '2025-08-01').items).toEqual([]);
    expect(bellijst(p, [gebeld], '2025-08-02').items.map((i) => i.bellenVanaf)).toEqual(['2025-08-02']);
    expect(indexPlaatsen(p, { ...gebeld, fase: 'afgerond' }).bellijst).toBe('2025-08-02');
  });

  it.each(CASES.map((p) => [p.naam, p] as const))('%s: after any other afronding nothing is recorded', (_, q) => {
    const afgerond = gestartTraject(q, { afronding: { datum: '2025-05-01', soort: 'geleidelijk' } });
    expect(fout(() => vereisContactToegestaan(q, afgerond, 'afgerond', 'telefoon'))).toBe('traject-afgerond');
    const weigeraar = { ...afgerond, afronding: { ...afgewezen.afronding, datum: '2025-05-01' } } as Traject;
    const blijft = q.bellijst?.naAfwijzing === true;
    expect(fout(() => vereisContactToegestaan(q, weigeraar, 'afgerond', 'telefoon'))).toBe(
      blijft ? undefined : 'traject-afgerond',
    );
    expect(fout(() => vereisContactToegestaan(q, afgerond, 'begeleidingsfase', 'huisbezoek'))).toBeUndefined();
  });
});
