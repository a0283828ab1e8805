import { type Besluit, type Geladen, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Signaal } from '../domain/typen';
import type { SociaalDeps } from './deps';

/** The repository of the signaal aggregate: the only code that knows its key and writes it (the kit's write path). */
export const signaalRepository = {
  wijzig: <R>(
    d: SociaalDeps,
    inburgeraarId: string,
    signaalId: string,
    beslis: (huidig: Geladen<Signaal> | undefined) => Besluit<Signaal, R>,
  ): Promise<R> => voerUit(d, d.signalen, keys.signaal(inburgeraarId, signaalId), beslis),
};
