import { logger, niets, schrijf, vandaag, voerUit } from '@wegwijs/lambda-kit';
import { persoonSleutel } from '../adapters/keys';
import { opLijst } from '../domain/levensloop';
import { isVernietigd } from '../domain/persoon';
import type { ArchiefDeps } from './deps';
import { hervatVerslag, voltooi } from './vernietigen';

export interface DagResultaat {
  opLijst: number;
  hervat: number;
  mislukt: number;
}

export class DagelijksFout extends Error {
  override name = 'DagelijksFout';
}

/**
 * The daily job (and the local platform's start): puts everyone whose bewaartermijn or postponement passed on the
 * vernietigingslijst, found per gemeente by the index on the due day (never a scan); then resumes every destruction
 * left unfinished (a crash) and destroys the retained verwerkingenlogs whose own term passed (the open index). One
 * failure does not stop the run; the run fails at the end, so the schedule's retry and dead letters see it.
 */
export async function dagelijks(deps: ArchiefDeps): Promise<DagResultaat> {
  const dag = vandaag(deps.clock);
  const r: DagResultaat = { opLijst: 0, hervat: 0, mislukt: 0 };
  const fout = (wat: string, e: unknown) => {
    r.mislukt++;
    logger.error(wat, { errorName: e instanceof Error ? e.name : 'Error' });
  };
  for (const gemeente of deps.gemeenten) {
    for await (const staat of deps.store.due(gemeente, dag)) {
      if (isVernietigd(staat)) continue;
      try {
        const gezet = await voerUit(deps, deps.store.personen, persoonSleutel(staat.inburgeraarId), (huidig) => {
          const p = huidig?.staat;
          if (!p || isVernietigd(p)) return niets(false);
          const nieuw = opLijst(p, deps.termijnen, dag);
          return nieuw ? schrijf(nieuw, [], true) : niets(false);
        });
        if (gezet) r.opLijst++;
      } catch (e) {
        fout('putting a person on the vernietigingslijst failed', e);
      }
    }
  }
  const gedaan = new Set<string>();
  for await (const werk of deps.store.open(dag)) {
    try {
      if (werk.soort === 'persoon') {
        if (isVernietigd(werk.staat) || !werk.staat.aanvraag) continue;
        const v = await voltooi(deps, werk.staat);
        gedaan.add(v.verslagId);
        r.hervat++;
      } else if (!gedaan.has(werk.verslag.verslagId) || werk.verslag.voltooidOp) {
        await hervatVerslag(deps, werk.verslag);
        r.hervat++;
      }
    } catch (e) {
      fout('resuming a destruction failed', e);
    }
  }
  logger.info('archief daily run', { ...r });
  if (r.mislukt > 0) throw new DagelijksFout(`${r.mislukt} item(s) failed`);
  return r;
}
