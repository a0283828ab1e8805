import { alsPersoonRecord, vernietigItems } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { AanmeldingDeps } from './deps';

/**
 * The person repository of aanmelding: the ONLY code that knows every item one inburgeraar has here. That is the
 * inburgeraar's own partition (the aggregate with its BRP data and dates; the gemeente's list is an index of it, not
 * an item) and the idempotency records whose answer names them (found by the kit's `persoon` index).
 */
const itemsVan = (deps: Pick<AanmeldingDeps, 'persoonOpslag'>, inburgeraarId: string) =>
  deps.persoonOpslag.partitie(keys.inburgeraar(inburgeraarId).pk);

export const persoonsItems = async (deps: AanmeldingDeps, inburgeraarId: string) =>
  (await itemsVan(deps, inburgeraarId)).map((item) => alsPersoonRecord('aanmelding', item));

export const vernietigPersoon = (
  deps: AanmeldingDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string; fase?: string | undefined },
) => vernietigItems(deps, inburgeraarId, opdracht, () => itemsVan(deps, inburgeraarId));
