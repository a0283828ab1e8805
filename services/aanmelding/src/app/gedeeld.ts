import type { InburgeraarResponse } from '@wegwijs/contracts';
import { type Clock, type Principal, profielOf, vandaag } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Inburgeraar } from '../domain/inburgeraar';
import { magPersoonZien, type Relatie, weergave } from '../domain/weergave';

export { metaVoor, profielOf } from '@wegwijs/lambda-kit';

/** What this caller may see of the inburgeraar. */
export function weergaveVoor(
  deps: { clock: Clock },
  principal: Principal,
  relatie: Relatie,
  inburgeraar: Inburgeraar,
  metPersoon = true,
): InburgeraarResponse {
  return weergave(
    profielOf(inburgeraar.gemeente),
    inburgeraar,
    vandaag(deps.clock),
    metPersoon && magPersoonZien(relatie, principal.rol),
  );
}

/** The item of one inburgeraar. */
export const sleutel = (inburgeraarId: string) => keys.inburgeraar(inburgeraarId);
