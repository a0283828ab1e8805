import { ulid } from 'ulid';
import { type Clock, systemClock } from './clock';
import { dynamoClient } from './dynamo';
import { type FunctieOmgeving, omgeving, vereisTabel } from './env';
import { lazy } from './lazy';
import { dynamoPersoonOpslag } from './persoon';
import { createPublisher, type Publisher } from './publisher';

/**
 * The one way a context's functions get their dependencies: a plain object of ports (`<Context>Deps` in
 * `src/app/deps.ts`). Every function factory (`createHttpHandler`, `createConsumer`, ...) takes a `DepsBron`; the
 * context's `defaultDeps` (made with `poorten`, in `src/handlers/deps.ts`) gives one whose real ports are built at the
 * first call from `omgeving()`, with any port a test passes put in their place.
 */
export type DepsBron<D extends object> = D | (() => D);

export const losOp = <D extends object>(bron: DepsBron<D>): D =>
  typeof bron === 'function' ? (bron as () => D)() : bron;

/** The ports every context with a table has. */
export interface BasisPoorten {
  publisher: Publisher;
  clock: Clock;
  nieuwId: () => string;
}

/** The real defaults of the shared ports, and the context's table, from the environment (`clock` given by a test). */
export function basisPoorten(o: FunctieOmgeving, clock: Clock = systemClock) {
  const client = dynamoClient();
  const tabel = vereisTabel(o);
  return {
    publisher: createPublisher({ busName: o.eventBus, clock }),
    clock,
    nieuwId: ulid,
    client,
    tabel,
    /** The person repository's storage (src/app/persoon.ts of each context). */
    persoonOpslag: dynamoPersoonOpslag(client, tabel),
  };
}

/** What a test may set besides ports: the environment's values (for example another table in the same process). */
export type OmgevingVervanging = Partial<Pick<FunctieOmgeving, 'tabel' | 'eventBus'>>;

/**
 * Makes a context's `defaultDeps`: `maak(o, gegeven)` builds the real ports from the function's environment (it may
 * use a given port, such as the clock, for the ones it builds). `defaultDeps(gegeven?, omgevingVervanging?)` answers
 * a `DepsBron` that builds them at its first call (cold start, never at import) and puts the given ports over them.
 */
export const poorten =
  <D extends object>(maak: (o: FunctieOmgeving, gegeven: Partial<D>) => D) =>
  (gegeven: Partial<D> = {}, vervanging: OmgevingVervanging = {}): (() => D) =>
    lazy(() => ({ ...maak({ ...omgeving(), ...vervanging }, gegeven), ...gegeven }));
