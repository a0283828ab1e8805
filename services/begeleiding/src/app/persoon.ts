import { alsPersoonRecord, vernietigItems } from '@wegwijs/lambda-kit';
import { trajectPk } from '../adapters/keys';
import type { BegeleidingDeps } from './deps';

/**
 * The person repository of begeleiding: the ONLY code that knows every item one inburgeraar has here: the partition
 * `traject#<id>` (the traject with its plan and answers, and the records derived from its events: meetmomenten,
 * contactmomenten, rapportages, overdrachten) and the idempotency records whose answer names them (the kit's
 * `persoon` index). The worklists and the planner's index are indexes of the traject, not items of their own; the
 * begeleiders count holds no person.
 */
const itemsVan = (deps: Pick<BegeleidingDeps, 'persoonOpslag'>, inburgeraarId: string) =>
  deps.persoonOpslag.partitie(trajectPk(inburgeraarId));

export const persoonsItems = async (deps: BegeleidingDeps, inburgeraarId: string) =>
  (await itemsVan(deps, inburgeraarId)).map((item) => alsPersoonRecord('begeleiding', item));

export const vernietigPersoon = (
  deps: BegeleidingDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
) => vernietigItems(deps, inburgeraarId, opdracht, () => itemsVan(deps, inburgeraarId));
