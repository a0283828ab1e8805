import type { Begeleidingsplan } from './plan';
import { type Traject, toegewezenOrganisatie } from './traject';

/**
 * A new organisation reads only what it should (issue 19, item 7). The begeleidingsplan holds free text the
 * organisation that set it wrote (starting situations, goals, actions, homework, evaluations). When the traject moves
 * to another uitvoeringsorganisatie, that text stays with the organisation that wrote it, under its bewaartermijn: the
 * new one does not read it and starts its own plan. What does pass to the new organisation passes as every other flow
 * does, through the consent broker (the goals' codes and statuses reach the gemeente as zelfredzaamheid under a
 * consent; a consent given for the old organisation ends with the change).
 */

/**
 * The organisation whose plan this is: the one that set it (`org`, stored since this rule); for a plan stored before,
 * the organisation of the aanmelding when it was last changed before the change of organisation, else the one
 * assigned now.
 */
export function planOrganisatie(t: Pick<Traject, 'plan' | 'organisatieWijziging' | 'aanmelding'>): string | undefined {
  if (!t.plan) return undefined;
  if (t.plan.org) return t.plan.org;
  const wijziging = t.organisatieWijziging;
  if (wijziging && t.plan.bijgewerktOp < wijziging.datum) return t.aanmelding?.uitvoeringsorganisatie;
  return toegewezenOrganisatie(t as Traject);
}

/** The plan as organisation `org` may read and continue it: its own, never an earlier organisation's. */
export const planVan = (t: Traject, org: string | undefined): Begeleidingsplan | undefined =>
  org !== undefined && planOrganisatie(t) === org ? t.plan : undefined;

/**
 * The traject with `plan` as the plan of organisation `org`. An earlier organisation's plan is moved aside
 * (`eerderePlannen`): kept for that organisation's bewaartermijn and the inburgeraar's inzage, never shown to `org`.
 */
export function metPlanVan(t: Traject, org: string, plan: Begeleidingsplan): Traject {
  const eigen = { ...plan, org };
  const vorige = t.plan && planOrganisatie(t) !== org ? t.plan : undefined;
  if (!vorige) return { ...t, plan: eigen };
  const vorigeOrg = planOrganisatie(t) ?? 'onbekend';
  return { ...t, plan: eigen, eerderePlannen: [...(t.eerderePlannen ?? []), { ...vorige, org: vorigeOrg }] };
}
