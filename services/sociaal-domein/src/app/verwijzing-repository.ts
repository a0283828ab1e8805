import type { Actor } from '@wegwijs/contracts';
import { type Besluit, type Geladen, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Verwijzing } from '../domain/typen';
import type { SociaalDeps } from './deps';
import { metTellingen } from './tellingen';

/** Who causes a change of a referral: regie's tellingen of it are counted in that gemeente, on that actor's behalf. */
export interface VerwijzingOorzaak {
  gemeente: string;
  actor: Pick<Actor, 'rol' | 'org'>;
  correlationId: string;
}

/**
 * The repository of the verwijzing aggregate: the only code that knows its key and writes it. Every change goes
 * through the kit's one write path WITH regie's tellingen of that change (status verstuurd, uitkomst per partner), so
 * no use case can write a referral and forget to count it.
 */
export const verwijzingRepository = {
  laad: (d: Pick<SociaalDeps, 'verwijzingen'>, inburgeraarId: string, verwijzingId: string) =>
    d.verwijzingen.laad(keys.verwijzing(inburgeraarId, verwijzingId)),

  wijzig: <R>(
    d: SociaalDeps,
    oorzaak: VerwijzingOorzaak,
    inburgeraarId: string,
    verwijzingId: string,
    beslis: (huidig: Geladen<Verwijzing> | undefined) => Besluit<Verwijzing, R>,
  ): Promise<R> =>
    voerUit(d, d.verwijzingen, keys.verwijzing(inburgeraarId, verwijzingId), metTellingen(oorzaak, beslis)),
};
