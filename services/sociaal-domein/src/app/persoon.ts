import { alsPersoonRecord, type OpgeslagenItem, vernietigItems } from '@wegwijs/lambda-kit';
import { keys, PREFIX } from '../adapters/keys';
import type { SociaalDeps } from './deps';

/**
 * The person repository of sociaal-domein: the ONLY code that knows every item one inburgeraar has here: the partition
 * `inb#<id>` (dossier, signalen, verwijzingen, overdrachten, vragen) and their lines on the agenda of the casuistiek-
 * overleg of their gemeente (partition `overleg#<cbs>`, sort key `punt#<datum>#<id>`), plus the idempotency records
 * whose answer names them (the kit's `persoon` index).
 */
async function itemsVan(deps: Pick<SociaalDeps, 'persoonOpslag'>, inburgeraarId: string) {
  const eigen = await deps.persoonOpslag.partitie(keys.inburgeraar(inburgeraarId));
  const gemeenten = new Set(
    eigen.map((i) => i.gemeente).filter((g): g is string => typeof g === 'string' && g.length > 0),
  );
  const punten: OpgeslagenItem[] = [];
  for (const cbs of gemeenten) {
    const agenda = await deps.persoonOpslag.partitie(keys.overleg(cbs), PREFIX.punt);
    punten.push(...agenda.filter((p) => p.inburgeraarId === inburgeraarId));
  }
  return [...eigen, ...punten];
}

const soortVan = (item: OpgeslagenItem) =>
  item.sk.startsWith(PREFIX.punt)
    ? { soort: 'agendapunt', id: String(item.agendapuntId ?? item.sk) }
    : (([soort = item.sk, ...rest]) => ({ soort, id: rest.length ? rest.join('#') : String(item.inburgeraarId) }))(
        item.sk.split('#'),
      );

export const persoonsItems = async (deps: SociaalDeps, inburgeraarId: string) =>
  (await itemsVan(deps, inburgeraarId)).map((item) => alsPersoonRecord('sociaal-domein', item, soortVan));

export const vernietigPersoon = (
  deps: SociaalDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
) => vernietigItems(deps, inburgeraarId, opdracht, () => itemsVan(deps, inburgeraarId));
