import { describe, expect, it } from 'vitest';
import type { Begeleidingsplan } from '../src/domain/plan';
import { metPlanVan, planOrganisatie, planVan } from '../src/domain/plan-organisatie';
import type { Traject } from '../src/domain/traject';

const plan = (bijgewerktOp: string, org?: string): Begeleidingsplan => ({
  ...(org ? { org } : {}),
  vastgesteldOp: '2026-02-01',
  bijgewerktOp,
  leefgebieden: [{ leefgebied: 'wonen', beginsituatie: 'vrije tekst', doelen: [] }],
  evaluaties: [],
});
const traject = (extra: Partial<Traject> = {}): Traject =>
  ({
    inburgeraarId: 'ib',
    gemeente: '0599',
    aanmelding: {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: '2026-01-01',
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
    verlengingen: [],
    meetmomentDatums: [],
    ...extra,
  }) as Traject;
const wissel = {
  organisatieWijziging: { naar: 'gro-up', datum: '2026-03-01', occurredAt: '2026-03-01T09:00:00.000Z' },
};

describe('the begeleidingsplan after a change of organisation', () => {
  it('is the organisation’s that set it: the new one reads none, the old one keeps it', () => {
    const t = traject({ ...wissel, plan: plan('2026-02-10', 'vluchtelingenwerk') });
    expect(planVan(t, 'gro-up')).toBeUndefined();
    expect(planVan(t, 'vluchtelingenwerk')?.leefgebieden[0]?.beginsituatie).toBe('vrije tekst');
  });

  it('a plan stored before the rule belongs to the organisation assigned when it was last changed', () => {
    expect(planOrganisatie(traject({ ...wissel, plan: plan('2026-02-10') }))).toBe('vluchtelingenwerk');
    expect(planOrganisatie(traject({ ...wissel, plan: plan('2026-03-05') }))).toBe('gro-up');
    expect(planOrganisatie(traject({ plan: plan('2026-02-10') }))).toBe('vluchtelingenwerk');
  });

  it('the new organisation’s own plan moves the old one aside, kept with its organisation', () => {
    const t = metPlanVan(traject({ ...wissel, plan: plan('2026-02-10') }), 'gro-up', plan('2026-03-02'));
    expect(t.plan?.org).toBe('gro-up');
    expect(t.eerderePlannen).toEqual([{ ...plan('2026-02-10'), org: 'vluchtelingenwerk' }]);
    // The same organisation continuing its plan moves nothing aside
    expect(metPlanVan(t, 'gro-up', plan('2026-03-03')).eerderePlannen).toHaveLength(1);
  });
});
