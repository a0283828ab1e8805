import type {
  BegeleidingsplanBody,
  BegeleidingsplanWeergave,
  DoelStatus,
  EvaluatieBody,
  EvaluatieWeergave,
  ResultatenBereikt,
} from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { laatste } from './datum';
import { geplandeMeetmomenten } from './meetmomenten';
import { Regelfout } from './regels';

export interface Doel {
  doelId: string;
  omschrijving: string;
  acties: string[];
  huiswerk: string[];
  status: DoelStatus;
}

export interface PlanLeefgebied {
  leefgebied: string;
  beginsituatie?: string;
  doelen: Doel[];
}

/** The begeleidingsplan of a traject (4.2.1): per leefgebied the starting situation, goals, actions and homework. */
export interface Begeleidingsplan {
  /** The uitvoeringsorganisatie that set it (its staff wrote the text); absent on a plan stored before (plan-organisatie.ts). */
  org?: string | undefined;
  vastgesteldOp: string;
  bijgewerktOp: string;
  leefgebieden: PlanLeefgebied[];
  evaluaties: EvaluatieWeergave[];
}

type PlanProfiel = Pick<Profiel, 'begeleidingsplan' | 'planLeefgebieden' | 'planLeefgebiedenGesloten' | 'naam'>;

/** The goals as the broker may receive them: codes and statuses, no free text. */
export interface DoelCode {
  doelId: string;
  leefgebied: string;
  status: DoelStatus;
}

export function vereisBegeleidingsplan(profiel: Pick<Profiel, 'begeleidingsplan' | 'naam'>): void {
  if (!profiel.begeleidingsplan) {
    throw new Regelfout('regel', 'geen-begeleidingsplan', `${profiel.naam} works without a begeleidingsplan.`);
  }
}

/**
 * Sets the plan. Leefgebieden come from the gemeente's model (a closed model allows only its own, 4.2); each once.
 * A goal with a doelId keeps its status (an unknown doelId is refused); a goal without one is new (`open`). A goal
 * left out of the body is no longer part of the plan (its evaluations stay).
 */
export function legPlanVast(
  profiel: PlanProfiel,
  bestaand: Begeleidingsplan | undefined,
  body: BegeleidingsplanBody,
  nieuwId: () => string,
): Begeleidingsplan {
  vereisBegeleidingsplan(profiel);
  const fouten: { path: string; message: string }[] = [];
  const gezien = new Set<string>();
  const statussen = new Map(bestaandeDoelen(bestaand).map((d) => [d.doelId, d.status]));
  const doelIds = new Set<string>();
  body.leefgebieden.forEach((l, i) => {
    if (gezien.has(l.leefgebied)) fouten.push({ path: `leefgebieden.${i}.leefgebied`, message: 'appears twice' });
    gezien.add(l.leefgebied);
    if (profiel.planLeefgebiedenGesloten && !profiel.planLeefgebieden.includes(l.leefgebied)) {
      fouten.push({ path: `leefgebieden.${i}.leefgebied`, message: 'is not a leefgebied of this gemeente' });
    }
    l.doelen.forEach((d, j) => {
      if (d.doelId === undefined) return;
      if (!statussen.has(d.doelId) || doelIds.has(d.doelId)) {
        fouten.push({ path: `leefgebieden.${i}.doelen.${j}.doelId`, message: 'is not a goal of this plan' });
      }
      doelIds.add(d.doelId);
    });
  });
  if (fouten.length > 0) {
    throw new Regelfout(
      'regel',
      'plan-ongeldig',
      `The plan does not fit the leefgebieden of ${profiel.naam}'s begeleidingsplan (${profiel.planLeefgebieden.join(', ')}) or its goals.`,
      fouten,
    );
  }
  return {
    vastgesteldOp: bestaand?.vastgesteldOp ?? body.datum,
    bijgewerktOp: body.datum,
    leefgebieden: body.leefgebieden.map((l) => ({
      leefgebied: l.leefgebied,
      ...(l.beginsituatie ? { beginsituatie: l.beginsituatie } : {}),
      doelen: l.doelen.map((d) => ({
        doelId: d.doelId ?? nieuwId(),
        omschrijving: d.omschrijving,
        acties: d.acties ?? [],
        huiswerk: d.huiswerk ?? [],
        status: (d.doelId && statussen.get(d.doelId)) || 'open',
      })),
    })),
    evaluaties: bestaand?.evaluaties ?? [],
  };
}

const bestaandeDoelen = (plan: Begeleidingsplan | undefined) => plan?.leefgebieden.flatMap((l) => l.doelen) ?? [];

/** The goals of the plan as codes and statuses (what BegeleidingsplanBijgewerkt carries). */
export const doelCodes = (plan: Begeleidingsplan): DoelCode[] =>
  plan.leefgebieden.flatMap((l) =>
    l.doelen.map((d) => ({ doelId: d.doelId, leefgebied: l.leefgebied, status: d.status })),
  );

/**
 * Evaluates the plan at a meetmoment or at afronding: the status of each named goal (every one must be a goal of the
 * plan, each once). At afronding "of de beoogde resultaten zijn bereikt" is required (Rotterdam, report 3.3). The
 * evaluation is added and the goals take their new status.
 */
export function evalueer(
  plan: Begeleidingsplan | undefined,
  body: EvaluatieBody,
  evaluatieId: string,
): { plan: Begeleidingsplan; evaluatie: EvaluatieWeergave } {
  if (!plan) throw new Regelfout('conflict', 'geen-plan', 'There is no begeleidingsplan to evaluate yet.');
  if (body.datum < plan.vastgesteldOp) {
    throw new Regelfout('regel', 'datum-voor-plan', 'The evaluation lies before the plan was set.', [
      { path: 'datum', message: `must not be before ${plan.vastgesteldOp}` },
    ]);
  }
  const leefgebiedVan = new Map(doelCodes(plan).map((d) => [d.doelId, d.leefgebied]));
  const fouten: { path: string; message: string }[] = [];
  const gezien = new Set<string>();
  body.doelen.forEach((d, i) => {
    if (!leefgebiedVan.has(d.doelId) || gezien.has(d.doelId)) {
      fouten.push({ path: `doelen.${i}.doelId`, message: 'is not a goal of this plan, or appears twice' });
    }
    gezien.add(d.doelId);
  });
  if (body.moment === 'afronding' && !body.resultatenBereikt) {
    fouten.push({ path: 'resultatenBereikt', message: 'is required at afronding: were the intended results reached' });
  }
  if (fouten.length > 0)
    throw new Regelfout('regel', 'evaluatie-ongeldig', 'The evaluation does not fit the plan.', fouten);
  const evaluatie: EvaluatieWeergave = {
    evaluatieId,
    datum: body.datum,
    moment: body.moment,
    doelen: body.doelen.map((d) => ({
      doelId: d.doelId,
      leefgebied: leefgebiedVan.get(d.doelId) ?? '',
      status: d.status,
      ...(d.toelichting ? { toelichting: d.toelichting } : {}),
    })),
    ...(body.resultatenBereikt ? { resultatenBereikt: body.resultatenBereikt as ResultatenBereikt } : {}),
    ...(body.toelichting ? { toelichting: body.toelichting } : {}),
  };
  const nieuweStatus = new Map(body.doelen.map((d) => [d.doelId, d.status]));
  return {
    evaluatie,
    plan: {
      ...plan,
      bijgewerktOp: laatste(plan.bijgewerktOp, body.datum) ?? body.datum,
      leefgebieden: plan.leefgebieden.map((l) => ({
        ...l,
        doelen: l.doelen.map((d) => ({ ...d, status: nieuweStatus.get(d.doelId) ?? d.status })),
      })),
      evaluaties: [...plan.evaluaties, evaluatie].sort(
        (a, b) => a.datum.localeCompare(b.datum) || a.evaluatieId.localeCompare(b.evaluatieId),
      ),
    },
  };
}

/**
 * The plan as `GET .../begeleidingsplan` answers it, with its evaluation at each meetmoment: the profile's fixed
 * meetmomenten (Den Haag after 3, 8 and 12 months) are `uitgevoerd` once the plan was evaluated in their window, and
 * every meetmoment recorded since the plan was set without an evaluation of the plan that day is listed.
 */
export function planWeergave(
  profiel: Pick<Profiel, 'meetmomentenNaMaanden'>,
  plan: Begeleidingsplan,
  startdatum: string | undefined,
  meetmomentDatums: readonly string[],
  vandaag: string,
): BegeleidingsplanWeergave {
  const opMeetmoment = plan.evaluaties.filter((e) => e.moment === 'meetmoment').map((e) => e.datum);
  const { org: _org, ...inhoud } = plan;
  return {
    ...inhoud,
    evaluatiesGepland: geplandeMeetmomenten(profiel, startdatum, opMeetmoment, vandaag),
    meetmomentenZonderEvaluatie: meetmomentDatums.filter((d) => d >= plan.vastgesteldOp && !opMeetmoment.includes(d)),
  };
}
