import type { Actor } from '@wegwijs/contracts';
import { anoniemeMetaVoor, type Besluit, type Geladen } from '@wegwijs/lambda-kit';
import { metRegietellingen, regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { regietellingen } from '../domain/regietellingen';
import type { Verwijzing } from '../domain/typen';

/**
 * A decision on a verwijzing that carries regie's tellingen of its change (verstuurd, uitkomst per partner) in the same
 * write: one anonymous RegietellingenBijgewerkt of the inburgeraar's gemeente when the status changed.
 */
export const metTellingen = <R>(
  oorzaak: { gemeente: string; actor: Pick<Actor, 'rol' | 'org'>; correlationId: string },
  beslis: (huidig: Geladen<Verwijzing> | undefined) => Besluit<Verwijzing, R>,
) =>
  metRegietellingen(beslis, (voor, na) =>
    regietellingenEvents(
      'wegwijs.sociaal-domein',
      anoniemeMetaVoor(oorzaak.actor, oorzaak.gemeente, oorzaak.correlationId),
      regietellingen(voor, na),
    ),
  );
