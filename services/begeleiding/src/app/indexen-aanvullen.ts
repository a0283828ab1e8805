import type { MigratieStand, OpgeslagenTraject, TrajectMigratieOpslag } from './poorten';

/**
 * The id of this migration: the sparse indexes gsi2-gsi6 (worklists, planner; gsi6 the nabellen worklist, issue 22)
 * for trajecten stored before they existed, and gsi1's attributes (no longer kept) taken off. A later index change gets a new id and runs again.
 */
export const INDEX_MIGRATIE = 'indexen-gsi2-gsi6';

/** What one item needs: the attributes to set (missing or different) and the ones to remove (no longer wanted). */
export function indexVerschil(t: Pick<OpgeslagenTraject, 'huidig' | 'gewenst'>) {
  const zet = Object.fromEntries(Object.entries(t.gewenst).filter(([naam, waarde]) => t.huidig[naam] !== waarde));
  const weg = Object.keys(t.huidig).filter((naam) => !(naam in t.gewenst));
  return { zet, weg, nodig: Object.keys(zet).length > 0 || weg.length > 0 };
}

export interface MigratieResultaat extends MigratieStand {
  paginas: number;
}

/**
 * Gives every stored traject the index attributes the current code writes, page by page, saving a checkpoint after
 * each page, until done or until `nogTijd()` says stop (a function's timeout): the next run resumes at the checkpoint.
 * Idempotent: an item already right is left alone, an item written meanwhile (its version moved on) already carries
 * the right attributes from that write, and a finished migration is one read.
 */
export async function vulIndexenAan(
  opslag: TrajectMigratieOpslag,
  nogTijd: () => boolean = () => true,
): Promise<MigratieResultaat> {
  const begin = await opslag.stand(INDEX_MIGRATIE);
  if (begin?.klaar) return { ...begin, paginas: 0 };
  let stand: MigratieStand = begin ?? { klaar: false, bijgewerkt: 0 };
  let paginas = 0;
  while (nogTijd()) {
    const pagina = await opslag.pagina(stand.start);
    paginas++;
    let bijgewerkt = 0;
    for (const t of pagina.trajecten) {
      const { zet, weg, nodig } = indexVerschil(t);
      if (nodig && (await opslag.zetIndexen(t, zet, weg))) bijgewerkt++;
    }
    stand = {
      klaar: pagina.volgende === undefined,
      bijgewerkt: stand.bijgewerkt + bijgewerkt,
      ...(pagina.volgende ? { start: pagina.volgende } : {}),
    };
    await opslag.bewaarStand(INDEX_MIGRATIE, stand);
    if (stand.klaar) break;
  }
  return { ...stand, paginas };
}
