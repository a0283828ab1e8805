import { anoniemeMetaVoor, niets, schrijf, vandaag, voerUit } from '@wegwijs/lambda-kit';
import { regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { organisatiesVan, profielVan } from '@wegwijs/profielen';
import { BEGELEIDERS_TELLING } from '../adapters/keys';
import { type BegeleidersStand, begeleidersStand, begeleidersTellingen } from '../domain/regie-begeleiders';
import type { Traject } from '../domain/traject';
import type { BegeleidingDeps } from './deps';

/** Every traject on the caseload index of a gemeente (all its organisations), page by page. */
async function caseloadVan(deps: BegeleidingDeps, gemeente: string): Promise<Traject[]> {
  const trajecten: Traject[] = [];
  for (const { id: org } of organisatiesVan(deps.config, gemeente)) {
    let cursor: string | undefined;
    do {
      const pagina = await deps.store.werklijstPagina('caseload', {
        org,
        gemeente,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      trajecten.push(...pagina.trajecten);
      cursor = pagina.volgende;
    } while (cursor);
  }
  return trajecten;
}

/**
 * capaciteit/begeleiders (issue 13): distinct begeleiders per dienstverband cannot come from one traject's write (a
 * begeleider carries many), so the planner counts them once a month from the caseload index and publishes the change
 * since the count of the month before, kept in one item of this table: one conditional write with one anonymous
 * RegietellingenBijgewerkt per gemeente that changed. Every later run of the month costs one read. Answers whether it
 * counted.
 */
export async function telBegeleiders(deps: BegeleidingDeps, correlationId: string): Promise<boolean> {
  const dag = vandaag(deps.clock);
  const maand = dag.slice(0, 7);
  const vorige = await deps.begeleidersTelling.laad(BEGELEIDERS_TELLING);
  if (vorige?.staat.maand === maand) return false;
  const perGemeente: Record<string, BegeleidersStand> = {};
  for (const gemeente of deps.config.gemeenten) {
    const profiel = profielVan(gemeente);
    if (profiel) perGemeente[gemeente] = begeleidersStand(profiel, await caseloadVan(deps, gemeente), dag);
  }
  return voerUit(deps, deps.begeleidersTelling, BEGELEIDERS_TELLING, (huidig) => {
    if (huidig?.staat.maand === maand) return niets(false);
    const events = Object.entries(perGemeente).flatMap(([gemeente, stand]) =>
      regietellingenEvents(
        'wegwijs.begeleiding',
        anoniemeMetaVoor({ rol: 'maatschappelijk-begeleider' }, gemeente, correlationId),
        begeleidersTellingen(huidig?.staat.perGemeente[gemeente] ?? {}, stand, dag),
      ),
    );
    return schrijf({ maand, perGemeente }, events, true);
  });
}
