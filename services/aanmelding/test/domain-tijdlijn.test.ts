import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { pasGedeeldToe, pasVerwijderingToe } from '../src/domain/gedeeld';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import { beslisInburgering } from '../src/domain/inburgering';
import { tijdlijn } from '../src/domain/tijdlijn';

const ORG = 'vluchtelingenwerk';
const basis = (extra: Partial<Inburgeraar> = {}): Inburgeraar => ({
  inburgeraarId: 'ib-1',
  gemeente: '0518',
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: ORG,
  koppelingsdatum: '2026-01-05',
  persoon: { voornaam: 'A', achternaam: 'B', geboortedatum: '1990-01-01', talen: ['ar'] },
  aangemeldOp: '2026-01-05T09:00:00.000Z',
  ...extra,
});
const volledig = { soort: 'volledig' as const };
const organisatie = { soort: 'uitvoering' as const, organisatie: ORG };

/** An inburgeraar with every milestone known, the gemeente's facts shared with the organisation as the broker did. */
const compleet = () =>
  basis({
    woningtoewijzingsdatum: '2026-02-02',
    brpInschrijvingsdatum: '2026-02-09',
    mbMijlpalen: { regeldag: '2026-02-04', 'opstartfase-afgerond': '2026-06-01' },
    inburgering: {
      'brede-intake': {
        mijlpaalId: 'm1',
        datum: '2026-03-02',
        begeleiderUitgenodigd: true,
        begeleiderAanwezig: true,
        gedeeldMet: ORG,
        uitnodigingGedeeldMet: ORG,
      },
      'pip-vastgesteld': { mijlpaalId: 'm2', datum: '2026-04-13', gedeeldMet: ORG },
      leerroute: { mijlpaalId: 'm3', datum: '2026-04-13', leerroute: 'b1-route' },
      'eerste-taalles': { mijlpaalId: 'm4', datum: '2026-05-18', gedeeldMet: 'humanitas' },
    },
  });

describe('tijdlijn: one timeline from koppeling to the first language lesson (report 6.1)', () => {
  it('orders every known milestone by date with the gap in days to the one before, for the gemeente', () => {
    // Act
    const t = tijdlijn(compleet(), volledig);
    // Assert
    expect(t.items.map((i) => [i.mijlpaal, i.datum, i.dagenSindsVorige])).toEqual([
      ['koppeling', '2026-01-05', undefined],
      ['woningtoewijzing', '2026-02-02', 28],
      ['regeldag', '2026-02-04', 2],
      ['brp-inschrijving', '2026-02-09', 5],
      ['brede-intake', '2026-03-02', 21],
      ['pip-vastgesteld', '2026-04-13', 42],
      ['leerroute', '2026-04-13', 0],
      ['eerste-taalles', '2026-05-18', 35],
      ['opstartfase-afgerond', '2026-06-01', 14],
    ]);
    expect(t.nogNietBekend).toEqual([]);
    expect(t.dagenTotaal).toBe(147);
    expect(t.items.find((i) => i.mijlpaal === 'brede-intake')).toMatchObject({
      begeleiderUitgenodigd: true,
      begeleiderAanwezig: true,
    });
    expect(t.items.find((i) => i.mijlpaal === 'leerroute')?.leerroute).toBe('b1-route');
  });

  it('shows the organisation only the facts the broker shared with it, and computes the gaps over what it sees', () => {
    // Act
    const t = tijdlijn(compleet(), organisatie);
    // Assert
    expect(t.items.map((i) => i.mijlpaal)).toEqual([
      'koppeling',
      'woningtoewijzing',
      'regeldag',
      'brp-inschrijving',
      'brede-intake',
      'pip-vastgesteld',
      'opstartfase-afgerond',
    ]);
    expect(t.nogNietBekend).toEqual(['leerroute', 'eerste-taalles']);
    expect(t.items.find((i) => i.mijlpaal === 'opstartfase-afgerond')?.dagenSindsVorige).toBe(49);
  });

  it('shows the organisation the invitation only where the broker shared it (the inburgeraar consented)', () => {
    // Arrange
    const i = compleet();
    const zonder = {
      ...i,
      inburgering: {
        'brede-intake': { mijlpaalId: 'm1', datum: '2026-03-02', begeleiderUitgenodigd: true, gedeeldMet: ORG },
      },
    };
    // Act
    const item = tijdlijn(zonder, organisatie).items.find((x) => x.mijlpaal === 'brede-intake');
    // Assert
    expect(item).toEqual({ mijlpaal: 'brede-intake', datum: '2026-03-02', dagenSindsVorige: 21 });
  });

  it('has only the koppeling for a fresh aanmelding in every gemeente of the report, and no total yet', () => {
    for (const [cbs] of PROFIELEN) {
      const t = tijdlijn(basis({ gemeente: cbs }), volledig);
      expect(t.items).toEqual([{ mijlpaal: 'koppeling', datum: '2026-01-05' }]);
      expect(t.nogNietBekend).toHaveLength(8);
      expect(t.dagenTotaal).toBeUndefined();
    }
  });
});

describe('beslisInburgering: the gemeente records its facts', () => {
  const VANDAAG = '2026-03-10';

  it('records each fact once: the same again changes nothing, another value is a conflict', () => {
    const pip = { soort: 'pip-vastgesteld' as const, datum: '2026-03-01' };
    const eerst = beslisInburgering(basis(), pip, VANDAAG, 'm1');
    expect(eerst).toEqual({ kind: 'vastleggen', feit: { mijlpaalId: 'm1', datum: '2026-03-01' } });
    const met = basis({
      inburgering: { 'pip-vastgesteld': { mijlpaalId: 'm1', datum: '2026-03-01', gedeeldMet: ORG } },
    });
    expect(beslisInburgering(met, pip, VANDAAG, 'm2')).toEqual({ kind: 'ongewijzigd' });
    expect(beslisInburgering(met, { ...pip, datum: '2026-03-02' }, VANDAAG, 'm2').kind).toBe('conflict');
  });

  it('refuses a date before the koppeling, and a PIP or leerroute in the future; plans the intake and first lesson ahead', () => {
    expect(beslisInburgering(basis(), { soort: 'eerste-taalles', datum: '2026-01-04' }, VANDAAG, 'm')).toMatchObject({
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
    });
    expect(beslisInburgering(basis(), { soort: 'pip-vastgesteld', datum: '2026-03-11' }, VANDAAG, 'm')).toMatchObject({
      slug: 'datum-in-toekomst',
    });
    expect(
      beslisInburgering(basis(), { soort: 'leerroute', datum: '2026-03-11', leerroute: 'z-route' }, VANDAAG, 'm'),
    ).toMatchObject({ slug: 'datum-in-toekomst' });
    expect(beslisInburgering(basis(), { soort: 'brede-intake', datum: '2026-04-01' }, VANDAAG, 'm').kind).toBe(
      'vastleggen',
    );
    expect(beslisInburgering(basis(), { soort: 'eerste-taalles', datum: '2026-05-01' }, VANDAAG, 'm').kind).toBe(
      'vastleggen',
    );
  });

  it('records the begeleider at the brede intake only after an invitation the broker shared with the organisation assigned now', () => {
    // Arrange
    const gepland = (extra = {}) =>
      basis({
        inburgering: {
          'brede-intake': {
            mijlpaalId: 'm1',
            datum: '2026-03-02',
            begeleiderUitgenodigd: true,
            gedeeldMet: ORG,
            ...extra,
          },
        },
      });
    const aanwezig = { soort: 'brede-intake' as const, datum: '2026-03-02', begeleiderAanwezig: true };
    // Act
    const zonderToestemming = beslisInburgering(gepland(), aanwezig, VANDAAG, 'm2');
    const anderOrg = beslisInburgering(gepland({ uitnodigingGedeeldMet: 'humanitas' }), aanwezig, VANDAAG, 'm2');
    const met = beslisInburgering(gepland({ uitnodigingGedeeldMet: ORG }), aanwezig, VANDAAG, 'm2');
    const nietAanwezig = beslisInburgering(gepland(), { ...aanwezig, begeleiderAanwezig: false }, VANDAAG, 'm2');
    // Assert
    expect(zonderToestemming).toMatchObject({ kind: 'geweigerd', slug: 'toestemming-vereist' });
    expect(anderOrg).toMatchObject({ kind: 'geweigerd', slug: 'toestemming-vereist' });
    expect(met).toEqual({
      kind: 'vastleggen',
      feit: {
        mijlpaalId: 'm2',
        datum: '2026-03-02',
        begeleiderUitgenodigd: true,
        begeleiderAanwezig: true,
        uitnodigingGedeeldMet: ORG,
      },
    });
    expect(nietAanwezig.kind).toBe('vastleggen');
  });

  it('refuses attendance for an intake that has not taken place, and any change once it is recorded as held', () => {
    const gehouden = basis({
      inburgering: { 'brede-intake': { mijlpaalId: 'm1', datum: '2026-03-02', begeleiderAanwezig: false } },
    });
    expect(
      beslisInburgering(
        basis(),
        { soort: 'brede-intake', datum: '2026-03-20', begeleiderAanwezig: false },
        VANDAAG,
        'm',
      ),
    ).toMatchObject({ slug: 'datum-in-toekomst' });
    expect(beslisInburgering(gehouden, { soort: 'brede-intake', datum: '2026-03-03' }, VANDAAG, 'm').kind).toBe(
      'conflict',
    );
    expect(
      beslisInburgering(
        gehouden,
        { soort: 'brede-intake', datum: '2026-03-02', begeleiderAanwezig: false },
        VANDAAG,
        'm',
      ),
    ).toEqual({ kind: 'ongewijzigd' });
  });
});

describe('pasGedeeldToe: what the broker shared', () => {
  const gedeeld = (extra: object) => ({
    bronId: 'x',
    bronDetailType: 'X.v1',
    categorie: 'praktische-zaken' as const,
    ontvanger: { gemeente: '0518' },
    grondslag: 'wettelijke-taak' as const,
    ...extra,
  });

  it('keeps the MB-side milestones and marks the facts shared with an organisation, matched by bronId', () => {
    // Arrange
    const i = basis({
      inburgering: { 'brede-intake': { mijlpaalId: 'm1', datum: '2026-03-02', begeleiderUitgenodigd: true } },
    });
    // Act
    const regeldag = pasGedeeldToe(i, gedeeld({ mijlpaal: { soort: 'regeldag', datum: '2026-02-04' } }));
    const feit = pasGedeeldToe(i, gedeeld({ bronId: 'm1', categorie: 'inburgering', uitvoeringsorganisatie: ORG }));
    const uitnodiging = pasGedeeldToe(
      i,
      gedeeld({
        bronId: 'm1:uitnodiging',
        categorie: 'brede-intake',
        grondslag: 'toestemming',
        uitvoeringsorganisatie: ORG,
      }),
    );
    const ouder = pasGedeeldToe(i, gedeeld({ bronId: 'm0', categorie: 'inburgering', uitvoeringsorganisatie: ORG }));
    // Assert
    expect(regeldag?.mbMijlpalen).toEqual({ regeldag: '2026-02-04' });
    expect(feit?.inburgering?.['brede-intake']?.gedeeldMet).toBe(ORG);
    expect(uitnodiging?.inburgering?.['brede-intake']?.uitnodigingGedeeldMet).toBe(ORG);
    expect(ouder).toBeUndefined();
    expect(
      uitnodiging &&
        pasGedeeldToe(
          uitnodiging,
          gedeeld({ bronId: 'm1:uitnodiging', categorie: 'brede-intake', uitvoeringsorganisatie: ORG }),
        ),
    ).toBeUndefined();
  });

  it('takes the invitation away when the broker removed it after a withdrawal', () => {
    const i = basis({
      inburgering: {
        'brede-intake': { mijlpaalId: 'm1', datum: '2026-03-02', gedeeldMet: ORG, uitnodigingGedeeldMet: ORG },
      },
    });
    expect(pasVerwijderingToe(i, 'm1:uitnodiging')?.inburgering?.['brede-intake']).toEqual({
      mijlpaalId: 'm1',
      datum: '2026-03-02',
      gedeeldMet: ORG,
    });
    expect(pasVerwijderingToe(i, 'm1')).toBeUndefined();
  });
});
