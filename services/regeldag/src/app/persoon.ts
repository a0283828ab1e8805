import { alsPersoonRecord, vernietigItems } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { RegeldagDeps } from './deps';

/**
 * The person repository of regeldag: the ONLY code that knows every item one inburgeraar has here: the partition
 * `inb#<id>` (this context's dossier and the regeldag with its checklist) and the idempotency records whose answer
 * names them (the kit's `persoon` index).
 */
const itemsVan = (deps: Pick<RegeldagDeps, 'persoonOpslag'>, inburgeraarId: string) =>
  deps.persoonOpslag.partitie(keys.dossier(inburgeraarId).pk);

export const persoonsItems = async (deps: RegeldagDeps, inburgeraarId: string) =>
  (await itemsVan(deps, inburgeraarId)).map((item) => alsPersoonRecord('regeldag', item));

export const vernietigPersoon = (
  deps: RegeldagDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
) => vernietigItems(deps, inburgeraarId, opdracht, () => itemsVan(deps, inburgeraarId));
