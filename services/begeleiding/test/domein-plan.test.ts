import { describe, expect, it } from 'vitest';
import { gemistSindsContact, legAanwezigheidVast } from '../src/domain/afspraken';
import {
  beeindig,
  huidigeBegeleider,
  metToewijzingen,
  wachtOpBegeleider,
  wijsToe,
  wijsToeVolgensSoort,
} from '../src/domain/begeleiders';
import { dagenTussen, plusDagen, plusMaanden } from '../src/domain/datum';
import { afsprakenVanaf, faseOp, tijdlijnVan } from '../src/domain/fase';
import { metOpstartAfspraken } from '../src/domain/opstart';
import { doelCodes, evalueer, legPlanVast, planWeergave } from '../src/domain/plan';
import type { Traject } from '../src/domain/traject';
import { caseload } from '../src/domain/werklijsten';
import { CASES, gestartTraject, profiel } from './support-domein';

// Issue 12, the traject as a plan: domain rules over every case of the report.

const slug = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { slug?: string }).slug;
  }
};
const perCase = CASES.map((c) => [c.naam, c] as const);

describe('the opstartfase afspraken follow the profile (report 3.3)', () => {
  it.each(perCase)('%s: its number, every afspraakIntervalDagen from the start, within the opstartfase', (_, p) => {
    // Arrange
    const t = gestartTraject(p);
    const tijdlijn = tijdlijnVan(p, t);
    if (!tijdlijn) throw new Error('started');
    // Act
    const gepland = metOpstartAfspraken(p, t);
    const nogmaals = metOpstartAfspraken(p, gepland);
    // Assert
    const datums = (gepland.afspraken ?? []).map((a) => a.datum);
    expect(datums).toHaveLength(p.opstartfase.aantalAfspraken);
    expect(datums[0]).toBe(afsprakenVanaf(p, t, tijdlijn.startdatum));
    expect(datums.slice(1).map((d, i) => dagenTussen(datums[i] ?? d, d))).toEqual(
      Array(datums.length - 1).fill(p.opstartfase.afspraakIntervalDagen),
    );
    expect(datums.every((d) => faseOp(p, t, d).fase === 'opstartfase')).toBe(true);
    expect((gepland.afspraken ?? []).every((a) => a.herkomst === 'opstartfase' && a.status === 'gepland')).toBe(true);
    expect(nogmaals).toBe(gepland);
  });

  it('plans nothing before the start is known, and plans from the start when it becomes known', () => {
    const p = profiel('Den Haag');
    const zonderWoning = gestartTraject(p, { woningtoewijzing: undefined, brpInschrijving: undefined });
    expect(metOpstartAfspraken(p, zonderWoning).afspraken).toBeUndefined();
  });

  it.each([
    ['Den Haag', 14],
    ['Roermond', 7],
    ['Tholen', 7],
  ] as const)('%s: every %i days, all within the opstartfase the report names (3.3)', (naam, interval) => {
    const p = profiel(naam);
    const t = metOpstartAfspraken(p, gestartTraject(p));
    const datums = (t.afspraken ?? []).map((a) => a.datum);
    const einde = tijdlijnVan(p, t)?.opstartEinde ?? '';
    expect(p.opstartfase.afspraakIntervalDagen).toBe(interval);
    expect(datums.every((d) => d < einde)).toBe(true);
  });
});

describe('niet gezien follows missed afspraken', () => {
  it.each(perCase)('%s: a no-show counts until the next contact, whatever its form', (_, p) => {
    const t = metOpstartAfspraken(p, gestartTraject(p));
    const [eerste, tweede] = t.afspraken ?? [];
    if (!eerste || !tweede) throw new Error('two afspraken');
    const dag = plusDagen(tweede.datum, 1);
    const gemist = legAanwezigheidVast(eerste, { status: 'niet-verschenen' }, dag, 'c1');
    const afgezegd = legAanwezigheidVast(tweede, { status: 'afgezegd', afgezegdDoor: 'inburgeraar' }, dag, 'c2');
    if (!gemist || !afgezegd) throw new Error('recorded');
    expect(gemistSindsContact([gemist, afgezegd], undefined)).toEqual({ sinds: eerste.datum, aantal: 1 });
    expect(gemistSindsContact([gemist, afgezegd], eerste.datum)).toBeUndefined();
    expect(gemistSindsContact([afgezegd], undefined)).toBeUndefined();
    expect(slug(() => legAanwezigheidVast(gemist, { status: 'verschenen', duurMinuten: 5 }, dag, 'c3'))).toBe(
      'aanwezigheid-al-vastgelegd',
    );
  });
});

describe('begeleiders in sequence, and caseload per kind', () => {
  it.each(perCase)('%s: opstart then vast or maatje, history kept, counted per rol and dienstverband', (_, p) => {
    // Arrange: an opstart begeleider, a change because the volunteer stopped, then a vaste begeleider or maatje.
    const start = tijdlijnVan(p, gestartTraject(p))?.startdatum ?? '';
    const opstartEinde = tijdlijnVan(p, gestartTraject(p))?.opstartEinde ?? '';
    const vast = p.bellijst ? ('maatje' as const) : ('vast' as const);
    let t: Traject = gestartTraject(p, { inburgeraarId: 'a' });
    const stap = (lijst: ReturnType<typeof wijsToe>) => {
      if (!lijst) throw new Error('changed');
      t = metToewijzingen(t, lijst);
    };
    stap(
      wijsToe(t, { toewijzingId: 'w1', begeleiderId: 'o1', rol: 'opstart', dienstverband: 'vrijwilliger', van: start }),
    );
    stap(
      wijsToe(t, {
        toewijzingId: 'w2',
        begeleiderId: 'o2',
        rol: 'opstart',
        dienstverband: 'betaald',
        van: plusDagen(start, 7),
        reden: 'vrijwilliger-gestopt',
      }),
    );
    const tijdensOpstart = t;
    const einde = beeindig(t, 'w2', opstartEinde, 'opstartfase-afgerond');
    if (!einde) throw new Error('ended');
    t = metToewijzingen(t, einde.begeleiders);
    const naOpstart = t;
    stap(
      wijsToe(t, {
        toewijzingId: 'w3',
        begeleiderId: 'v1',
        rol: vast,
        dienstverband: 'vrijwilliger',
        van: opstartEinde,
      }),
    );
    const ander: Traject = metToewijzingen(gestartTraject(p, { inburgeraarId: 'b' }), [
      { toewijzingId: 'x', begeleiderId: 'v1', rol: vast, dienstverband: 'vrijwilliger', van: start },
      { toewijzingId: 'y', begeleiderId: 'b1', rol: 'buitendienst', dienstverband: 'betaald', van: start },
    ]);
    const dag = plusDagen(opstartEinde, 1);

    // Act
    const load = caseload(p, [t, ander], dag);
    const wachtend = caseload(p, [naOpstart], dag);

    // Assert
    expect(t.begeleiders?.map((w) => [w.begeleiderId, w.tot ?? null, w.eindReden ?? null])).toEqual([
      ['o1', plusDagen(start, 7), 'vrijwilliger-gestopt'],
      ['o2', opstartEinde, 'opstartfase-afgerond'],
      ['v1', null, null],
    ]);
    expect(huidigeBegeleider(t)?.begeleiderId).toBe('v1');
    expect(load.begeleiders).toEqual([
      { begeleiderId: 'v1', soort: vast === 'maatje' ? 'maatje' : 'vrijwilliger', aantal: 2 },
      { begeleiderId: 'b1', soort: 'betaald', aantal: 1 },
    ]);
    expect(load.perSoort).toEqual(
      [
        { rol: 'buitendienst', dienstverband: 'betaald', aantal: 1 },
        { rol: vast, dienstverband: 'vrijwilliger', aantal: 2 },
      ].sort((a, b) => a.rol.localeCompare(b.rol)),
    );
    expect(load.wachtendOpMaatje).toEqual([]);
    expect(wachtOpBegeleider(tijdensOpstart, 'opstartfase')).toBe(false);
    expect(wachtend.wachtendOpMaatje).toEqual([
      { inburgeraarId: 'a', fase: faseOp(p, naOpstart, dag).fase, wachtendSinds: opstartEinde },
    ]);
  });

  it('maps the legacy soort: the same begeleider changes nothing, another ends every vaste rol', () => {
    const p = profiel('Den Haag');
    const t = metToewijzingen(
      gestartTraject(p),
      wijsToeVolgensSoort(gestartTraject(p), 'a', 'anna', 'betaald', '2025-04-01') ?? [],
    );
    expect(wijsToeVolgensSoort(t, 'b', 'anna', 'betaald', '2025-05-01')).toBeUndefined();
    const lijst = wijsToeVolgensSoort(t, 'c', 'bram', 'maatje', '2025-05-01');
    expect(lijst?.map((w) => [w.rol, w.dienstverband, w.tot ?? null])).toEqual([
      ['vast', 'betaald', '2025-05-01'],
      ['maatje', 'vrijwilliger', null],
    ]);
    const legacy = gestartTraject(p, {
      begeleider: { begeleiderId: 'oud', soort: 'vrijwilliger', sinds: '2025-03-02' },
    });
    expect(huidigeBegeleider(legacy)).toMatchObject({
      begeleiderId: 'oud',
      rol: 'vast',
      dienstverband: 'vrijwilliger',
    });
  });
});

describe('the begeleidingsplan, evaluated at meetmomenten', () => {
  it.each(perCase)('%s: goals on two leefgebieden of its model, evaluated at every meetmoment', (_, p) => {
    // Arrange
    const t = gestartTraject(p);
    const start = tijdlijnVan(p, t)?.startdatum ?? '';
    let n = 0;
    const nieuwId = () => `d${++n}`;
    const [eerste, tweede] = p.planLeefgebieden;
    const body = {
      datum: start,
      leefgebieden: [eerste, tweede].map((leefgebied) => ({
        leefgebied: leefgebied ?? '',
        beginsituatie: 'vrije tekst',
        doelen: [{ omschrijving: 'een doel', huiswerk: ['huiswerk'] }],
      })),
    };
    if (!p.begeleidingsplan) {
      expect(slug(() => legPlanVast(p, undefined, body, nieuwId))).toBe('geen-begeleidingsplan');
      return;
    }
    // Act: evaluate at each fixed meetmoment of the profile, or at meetmomenten recorded after 3 and 6 months.
    let plan = legPlanVast(p, undefined, body, nieuwId);
    const vast = p.meetmomentenNaMaanden.map((m) => plusMaanden(start, m));
    const meetmomenten = vast.length > 0 ? vast : [plusMaanden(start, 3), plusMaanden(start, 6)];
    for (const [i, datum] of meetmomenten.entries()) {
      const status = i === meetmomenten.length - 1 ? ('bereikt' as const) : ('bezig' as const);
      plan = evalueer(plan, { datum, moment: 'meetmoment', doelen: [{ doelId: 'd1', status }] }, `e${i}`).plan;
    }
    const laatste = meetmomenten.at(-1) ?? start;
    const weergave = planWeergave(p, plan, start, [...meetmomenten, plusDagen(laatste, 1)], plusDagen(laatste, 2));
    // Assert
    expect(doelCodes(plan)).toEqual([
      { doelId: 'd1', leefgebied: eerste, status: 'bereikt' },
      { doelId: 'd2', leefgebied: tweede, status: 'open' },
    ]);
    expect(plan.evaluaties.map((e) => e.datum)).toEqual(meetmomenten);
    expect(weergave.evaluatiesGepland.map((m) => m.status)).toEqual(vast.map(() => 'uitgevoerd'));
    expect(weergave.meetmomentenZonderEvaluatie).toEqual([plusDagen(laatste, 1)]);
    expect(JSON.stringify(doelCodes(plan))).not.toContain('vrije tekst');
  });

  it('keeps goal statuses across a new version of the plan, refuses unknown goals and leefgebieden off a closed model', () => {
    const p = profiel('Woerden');
    const plan = legPlanVast(
      p,
      undefined,
      { datum: '2025-04-01', leefgebieden: [{ leefgebied: 'kinderen', doelen: [{ omschrijving: 'school' }] }] },
      () => 'd1',
    );
    const geevalueerd = evalueer(
      plan,
      { datum: '2025-06-01', moment: 'meetmoment', doelen: [{ doelId: 'd1', status: 'bezig' }] },
      'e1',
    ).plan;
    const nieuw = legPlanVast(
      p,
      geevalueerd,
      {
        datum: '2025-06-02',
        leefgebieden: [{ leefgebied: 'kinderen', doelen: [{ doelId: 'd1', omschrijving: 'school!' }] }],
      },
      () => 'd2',
    );
    expect(nieuw.leefgebieden[0]?.doelen[0]).toMatchObject({ doelId: 'd1', status: 'bezig', omschrijving: 'school!' });
    expect(nieuw.vastgesteldOp).toBe('2025-04-01');
    expect(nieuw.evaluaties).toHaveLength(1);
    const onbekend = {
      datum: '2025-06-02',
      leefgebieden: [{ leefgebied: 'kinderen', doelen: [{ doelId: 'x', omschrijving: 'x' }] }],
    };
    expect(slug(() => legPlanVast(p, geevalueerd, onbekend, () => 'd3'))).toBe('plan-ongeldig');
    const buitenModel = { datum: '2025-06-02', leefgebieden: [{ leefgebied: 'jeugd-en-school', doelen: [] }] };
    expect(slug(() => legPlanVast(p, geevalueerd, buitenModel, () => 'd3'))).toBe('plan-ongeldig');
    const afronding = {
      datum: '2025-07-01',
      moment: 'afronding' as const,
      doelen: [{ doelId: 'd1', status: 'bereikt' as const }],
    };
    expect(slug(() => evalueer(nieuw, afronding, 'e2'))).toBe('evaluatie-ongeldig');
    expect(evalueer(nieuw, { ...afronding, resultatenBereikt: 'ja' }, 'e2').evaluatie.resultatenBereikt).toBe('ja');
    expect(slug(() => evalueer(undefined, afronding, 'e3'))).toBe('geen-plan');
  });
});
