import type { Actor } from '@wegwijs/contracts';
import { anoniemeMetaVoor, type Besluit, type Geladen, profielOf } from '@wegwijs/lambda-kit';
import { metRegietellingen, regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import type { Inburgeraar } from '../domain/inburgeraar';
import { regietellingen } from '../domain/regietellingen';

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
