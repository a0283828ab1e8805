import { ContactmomentVastgelegd } from '@wegwijs/contracts';
import { saldo, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import type { Profiel } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { wijsToe } from '../src/domain/begeleiders';
import { faseWijziging } from '../src/domain/fase-wijziging';
import { metOpstartAfspraken } from '../src/domain/opstart';
import { faseGeschiedenis, regietellingen, tellingenVan } from '../src/domain/regietellingen';
import { pasFeitToe, type Traject } from '../src/domain/traject';
import { CASES, gestartTraject, profiel } from './support-domein';

const DEN_HAAG = profiel('Den Haag');
const GRONINGEN = profiel('Groningen');

/** A telling as one readable line: `set/indicator maand dim=waarde|... ±delta`. */
const regel = (t: Telling) =>
  `${t.indicatorset}/${t.indicator} ${t.maand} ${Object.entries(t.dimensies)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('|')} ${t.delta > 0 ? '+' : ''}${t.delta}`;
const regels = (tellingen: readonly Telling[]) => saldo(tellingen).map(regel).sort();
const van = (set: string, tellingen: readonly Telling[]) => regels(tellingen.filter((t) => t.indicatorset === set));

/** The traject as the write path stores it on `dag`: opstart afspraken planned, the fase of that day stored. */
const opDag = (p: Profiel, t: Traject, dag: string): Traject => {
  const gepland = metOpstartAfspraken(p, t);
  return faseWijziging(p, gepland, dag)?.traject ?? gepland;
};

const toegewezen = (t: Traject, nieuw: Parameters<typeof wijsToe>[1]): Traject => ({
  ...t,
  begeleiders: wijsToe(t, nieuw) ?? [],
});

const ASH = 'doelgroep=asielstatushouder';

describe('begeleiding tellingen: a Den Haag traject, counted by hand', () => {
  // Den Haag: MB starts at the woningtoewijzing (1 March 2025), the opstartfase lasts 4 months (to 1 July), 12 months in all.
  const traject = () => opDag(DEN_HAAG, gestartTraject(DEN_HAAG), '2025-08-15');

  it('inburgeraars per fase and doelgroep: +1 entering and -1 leaving each fase, in the month of the change', () => {
    // Act
    const tellingen = tellingenVan(DEN_HAAG, traject());
    // Assert
    expect(faseGeschiedenis(DEN_HAAG, traject())).toEqual([
      { fase: 'aangemeld', van: '2025-01-10', tot: '2025-03-01' },
      { fase: 'opstartfase', van: '2025-03-01', tot: '2025-07-01' },
      { fase: 'begeleidingsfase', van: '2025-07-01' },
    ]);
    expect(van('fasen', tellingen)).toEqual([
      `fasen/inburgeraars 2025-01 ${ASH}|fase=aangemeld +1`,
      `fasen/inburgeraars 2025-03 ${ASH}|fase=aangemeld -1`,
      `fasen/inburgeraars 2025-03 ${ASH}|fase=opstartfase +1`,
      `fasen/inburgeraars 2025-07 ${ASH}|fase=begeleidingsfase +1`,
      `fasen/inburgeraars 2025-07 ${ASH}|fase=opstartfase -1`,
    ]);
  });

  it('afspraken: the four fixed opstart afspraken (3.3) planned every two weeks from 1 March, per month and fase', () => {
    // Act
    const tellingen = tellingenVan(DEN_HAAG, traject());
    // Assert: 1, 15, 29 March; 12 April
    expect(van('afspraken', tellingen)).toEqual([
      'afspraken/gepland 2025-03 fase=opstartfase +3',
      'afspraken/gepland 2025-04 fase=opstartfase +1',
    ]);
  });

  it('attendance counts in the month of the afspraak; a second write of the same attendance adds nothing', () => {
    // Arrange
    const voor = traject();
    const status = ['verschenen', 'niet-verschenen', 'afgezegd'] as const;
    const na: Traject = {
      ...voor,
      afspraken: (voor.afspraken ?? []).map((a, i) => (i < 3 ? { ...a, status: status[i] ?? 'gepland' } : a)),
    };
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na, []);
    // Assert
    expect(regels(tellingen)).toEqual([
      'afspraken/afgezegd 2025-03 fase=opstartfase +1',
      'afspraken/niet-verschenen 2025-03 fase=opstartfase +1',
      'afspraken/verschenen 2025-03 fase=opstartfase +1',
    ]);
    expect(regietellingen(DEN_HAAG, na, structuredClone(na), [])).toEqual([]);
  });

  it('the planner storing the next fase moves one inburgeraar from opstartfase to begeleidingsfase on 1 July', () => {
    // Arrange
    const voor = opDag(DEN_HAAG, gestartTraject(DEN_HAAG), '2025-06-30');
    const na = opDag(DEN_HAAG, voor, '2025-07-02');
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na, []);
    // Assert: nobody was ever assigned, so the traject waits for a begeleider from its start on, unchanged
    expect(regels(tellingen)).toEqual([
      `fasen/inburgeraars 2025-07 ${ASH}|fase=begeleidingsfase +1`,
      `fasen/inburgeraars 2025-07 ${ASH}|fase=opstartfase -1`,
    ]);
    expect(van('capaciteit', tellingenVan(DEN_HAAG, na))).toEqual(['capaciteit/wacht-op-maatje 2025-03  +1']);
  });

  it('a late opstartfase-afgerond corrects the history: the fase change moves to 10 April, with the afspraak after it', () => {
    // Arrange
    const voor = traject();
    const feit = { soort: 'opstartfase-afgerond' as const, datum: '2025-04-10' };
    const na = opDag(DEN_HAAG, pasFeitToe(voor, feit, '2025-08-16T10:00:00Z'), '2025-08-16');
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na, []);
    // Assert: the afspraak of 12 April now lies in the begeleidingsfase
    expect(regels(tellingen)).toEqual([
      'afspraken/gepland 2025-04 fase=begeleidingsfase +1',
      'afspraken/gepland 2025-04 fase=opstartfase -1',
      `fasen/inburgeraars 2025-04 ${ASH}|fase=begeleidingsfase +1`,
      `fasen/inburgeraars 2025-04 ${ASH}|fase=opstartfase -1`,
      `fasen/inburgeraars 2025-07 ${ASH}|fase=begeleidingsfase -1`,
      `fasen/inburgeraars 2025-07 ${ASH}|fase=opstartfase +1`,
    ]);
  });

  it('toewijzingen per dienstverband and rol: +1 from van, -1 at tot; the waiting ends with the vaste begeleider', () => {
    // Arrange
    const metOpstart = toegewezen(traject(), {
      toewijzingId: 'tw-1',
      begeleiderId: 'geheime-begeleider',
      rol: 'opstart',
      dienstverband: 'betaald',
      van: '2025-03-01',
    });
    const voor: Traject = {
      ...metOpstart,
      begeleiders: (metOpstart.begeleiders ?? []).map((w) => ({ ...w, tot: '2025-07-01', eindReden: 'overig' })),
    };
    const na = toegewezen(voor, {
      toewijzingId: 'tw-2',
      begeleiderId: 'maatje-x',
      rol: 'vast',
      dienstverband: 'vrijwilliger',
      van: '2025-08-05',
    });
    // Act
    const alles = tellingenVan(DEN_HAAG, na);
    const tellingen = regietellingen(DEN_HAAG, voor, na, []);
    // Assert: Den Haag waits for a vaste begeleider once the opstartfase ended (1 July) until 5 August
    expect(van('capaciteit', alles)).toEqual([
      'capaciteit/toewijzingen 2025-03 dienstverband=betaald|rol=opstart +1',
      'capaciteit/toewijzingen 2025-07 dienstverband=betaald|rol=opstart -1',
      'capaciteit/toewijzingen 2025-08 dienstverband=vrijwilliger|rol=vast +1',
      'capaciteit/wacht-op-maatje 2025-07  +1',
      'capaciteit/wacht-op-maatje 2025-08  -1',
    ]);
    expect(regels(tellingen)).toEqual([
      'capaciteit/toewijzingen 2025-08 dienstverband=vrijwilliger|rol=vast +1',
      'capaciteit/wacht-op-maatje 2025-08  -1',
    ]);
  });

  it('an afronding: afgerond per soort, the fase, and the toewijzingen still open end with the traject', () => {
    // Arrange
    const voor = toegewezen(traject(), {
      toewijzingId: 'tw-1',
      begeleiderId: 'b-1',
      rol: 'vast',
      dienstverband: 'betaald',
      van: '2025-03-01',
    });
    const afgerond: Traject = { ...voor, afronding: { datum: '2025-10-20', soort: 'warme-overdracht' } };
    const na = opDag(DEN_HAAG, afgerond, '2025-10-20');
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na, []);
    // Assert
    expect(regels(tellingen)).toEqual([
      'afrondingen/afgerond 2025-10 soort=warme-overdracht +1',
      'capaciteit/toewijzingen 2025-10 dienstverband=betaald|rol=vast -1',
      `fasen/inburgeraars 2025-10 ${ASH}|fase=afgerond +1`,
      `fasen/inburgeraars 2025-10 ${ASH}|fase=begeleidingsfase -1`,
    ]);
  });

  it('a verlenging is counted as toegekend in its month; the domain records no request that could be refused', () => {
    // Arrange
    const voor = traject();
    const na = opDag(DEN_HAAG, { ...voor, verlengingen: [{ maanden: 6, datum: '2025-12-01' }] }, '2025-12-01');
    // Act / Assert
    expect(regels(regietellingen(DEN_HAAG, voor, na, []))).toEqual(['verlengingen/toegekend 2025-12  +1']);
  });

  it('report 1.2.2 (hours of begeleiding): a contactmoment counts per fase on its day and vorm, and its 45 minutes as uren', () => {
    // Arrange
    const t = traject();
    const event = {
      detailType: ContactmomentVastgelegd.detailType,
      data: { contactmomentId: 'cm-1', datum: '2025-06-12', vorm: 'huisbezoek', duurMinuten: 45 },
    };
    const anders = { detailType: 'MeetmomentVastgelegd.v1', data: { datum: '2025-06-12' } };
    // Act
    const tellingen = regietellingen(DEN_HAAG, t, { ...t, laatsteContact: '2025-06-12' }, [event, anders]);
    // Assert
    expect(regels(tellingen)).toEqual([
      'contacten/contactmomenten 2025-06 fase=opstartfase|vorm=huisbezoek +1',
      'contacten/uren 2025-06 fase=opstartfase|vorm=huisbezoek +45',
    ]);
  });

  it('nothing personal leaves: no inburgeraar, begeleider, toewijzing or afspraak id, no organisation, no text', () => {
    // Arrange
    const t = toegewezen(traject(), {
      toewijzingId: 'tw-geheim',
      begeleiderId: 'begeleider-geheim',
      rol: 'maatje',
      dienstverband: 'vrijwilliger',
      van: '2025-03-02',
    });
    const metTekst: Traject = { ...t, verlengingen: [{ maanden: 6, datum: '2025-08-01', reden: 'geheime reden' }] };
    // Act
    const tekst = JSON.stringify(tellingenVan(DEN_HAAG, metTekst));
    // Assert
    for (const persoonlijk of ['ib-1', 'tw-geheim', 'begeleider-geheim', 'opstart-1', 'vluchtelingenwerk', 'geheime']) {
      expect(tekst).not.toContain(persoonlijk);
    }
  });

  it('a traject not yet known (facts before the aanmelding) counts nothing', () => {
    // Arrange
    const { aanmelding: _, fase: __, ...onbekend } = traject();
    // Act / Assert
    expect(tellingenVan(DEN_HAAG, onbekend)).toEqual([]);
  });
});

describe('begeleiding tellingen: the profile decides', () => {
  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: wacht-op-maatje with a vaste volunteer but no maatje, past the opstartfase (only Groningen works with maatjes)',
    (_naam, p) => {
      // Arrange: a vaste volunteer from the start of MB on; the fase stored on 1 December 2025
      const start = gestartTraject(p);
      const startdatum = p.startmoment === 'koppeling' ? '2025-01-10' : '2025-03-01';
      const t = opDag(
        p,
        toegewezen(start, {
          toewijzingId: 'tw',
          begeleiderId: 'b',
          rol: 'vast',
          dienstverband: 'vrijwilliger',
          van: startdatum,
        }),
        '2025-12-01',
      );
      // Act
      const wachten = van(
        'capaciteit',
        tellingenVan(p, t).filter((x) => x.indicator === 'wacht-op-maatje'),
      );
      // Assert: Groningen's opstartfase (koppeling aan woning 1 March + 3 months, 3.3 table) ends on 1 June
      expect(wachten).toEqual(p.naam === 'Groningen' ? ['capaciteit/wacht-op-maatje 2025-06  +1'] : []);
    },
  );

  it('Groningen: a maatje ends the waiting in the month of the toewijzing', () => {
    // Arrange
    const t = opDag(
      GRONINGEN,
      toegewezen(gestartTraject(GRONINGEN), {
        toewijzingId: 'tw',
        begeleiderId: 'b',
        rol: 'vast',
        dienstverband: 'vrijwilliger',
        van: '2025-01-10',
      }),
      '2025-12-01',
    );
    const na = toegewezen(t, {
      toewijzingId: 'tw-m',
      begeleiderId: 'm',
      rol: 'maatje',
      dienstverband: 'vrijwilliger',
      van: '2025-11-03',
    });
    // Act / Assert
    expect(regels(regietellingen(GRONINGEN, t, na, []))).toEqual([
      'capaciteit/toewijzingen 2025-11 dienstverband=vrijwilliger|rol=maatje +1',
      'capaciteit/wacht-op-maatje 2025-11  -1',
    ]);
  });

  it.each(CASES.map((p) => [p.naam, p] as const))(
    '%s: the traject enters the opstartfase at the start of MB by the profile (koppeling or woningtoewijzing)',
    (_naam, p) => {
      // Act
      const reeks = faseGeschiedenis(p, opDag(p, gestartTraject(p), '2025-03-10'));
      // Assert
      expect(reeks.find((f) => f.fase === 'opstartfase')?.van).toBe(
        p.naam === 'Groningen' ? '2025-01-10' : '2025-03-01',
      );
    },
  );
});
