import type { Dienstverband } from '@wegwijs/contracts';
import { feit, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import { actieveToewijzingen } from './begeleiders';
import { faseOp, type ProfielVoorFase } from './fase';
import { type Traject, toegewezenOrganisatie } from './traject';

/** Distinct begeleiders per dienstverband in one gemeente. */
export type BegeleidersStand = Partial<Record<Dienstverband, number>>;

/** The count of begeleiders published last, per gemeente of the deployment, and the month it was made in. */
export interface BegeleidersTelling {
  maand: string;
  perGemeente: Record<string, BegeleidersStand>;
}

/**
 * The begeleiders who carry trajecten of a gemeente on a day (pure): each begeleider once (an id is the organisation's
 * own, so organisation and id), with an active toewijzing in a traject not afgerond, under the dienstverband of their
 * newest active toewijzing.
 */
export function begeleidersStand(
  profiel: ProfielVoorFase,
  trajecten: readonly Traject[],
  dag: string,
): BegeleidersStand {
  const per = new Map<string, { van: string; dienstverband: Dienstverband }>();
  for (const t of trajecten) {
    if (!t.aanmelding || faseOp(profiel, t, dag).fase === 'afgerond') continue;
    const org = toegewezenOrganisatie(t) ?? '';
    for (const w of actieveToewijzingen(t)) {
      const sleutel = `${org}|${w.begeleiderId}`;
      const bekend = per.get(sleutel);
      if (!bekend || bekend.van <= w.van) per.set(sleutel, { van: w.van, dienstverband: w.dienstverband });
    }
  }
  const stand: BegeleidersStand = {};
  for (const { dienstverband } of per.values()) stand[dienstverband] = (stand[dienstverband] ?? 0) + 1;
  return stand;
}

/**
 * capaciteit/begeleiders (a stand per dienstverband) as the change since the count published last, in the month of
 * `dag`: the stand at a month's end is then the count of the first planner run of that month.
 */
export function begeleidersTellingen(vorige: BegeleidersStand, nu: BegeleidersStand, dag: string): Telling[] {
  const dienstverbanden = [...new Set([...Object.keys(vorige), ...Object.keys(nu)])].sort() as Dienstverband[];
  return dienstverbanden.flatMap((dienstverband) => {
    const delta = (nu[dienstverband] ?? 0) - (vorige[dienstverband] ?? 0);
    return delta === 0 ? [] : [feit('capaciteit', 'begeleiders', dag, { dienstverband }, { delta })];
  });
}
