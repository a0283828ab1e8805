import type { Actor } from '@wegwijs/contracts';
import { anoniemeMetaVoor, type Besluit, type Geladen, profielOf, voerUit } from '@wegwijs/lambda-kit';
import { metRegietellingen, regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import type { Inburgeraar } from '../domain/inburgeraar';
import { regietellingen } from '../domain/regietellingen';
import type { AanmeldingDeps } from './deps';
import { sleutel } from './gedeeld';

/** Who caused a write: the caller of a request, or the event a consumer applies (its id the causation). */
export interface Oorzaak {
  actor: Pick<Actor, 'rol' | 'org'>;
  correlationId: string;
  causationId?: string;
}

/**
 * A decision on the inburgeraar that carries regie's tellingen of its change (aanmeldingen, doorlooptijden) in the
 * same write: one anonymous RegietellingenBijgewerkt when the change counts anything.
 */
export const metTellingen = <R>(
  oorzaak: Oorzaak,
  beslis: (huidig: Geladen<Inburgeraar> | undefined) => Besluit<Inburgeraar, R>,
) =>
  metRegietellingen(beslis, (voor, na) =>
    regietellingenEvents(
      'wegwijs.aanmelding',
      anoniemeMetaVoor(oorzaak.actor, na.gemeente, oorzaak.correlationId, oorzaak.causationId),
      regietellingen(profielOf(na.gemeente), voor, na),
    ),
  );

/** Every write of one inburgeraar: the kit's one write path on its item, with regie's tellingen of the change. */
export const wijzigInburgeraar = <R>(
  deps: AanmeldingDeps,
  inburgeraarId: string,
  oorzaak: Oorzaak,
  beslis: (huidig: Geladen<Inburgeraar> | undefined) => Besluit<Inburgeraar, R>,
): Promise<R> => voerUit(deps, deps.opslag, sleutel(inburgeraarId), metTellingen(oorzaak, beslis));
