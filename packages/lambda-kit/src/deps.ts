import { ulid } from 'ulid';
import { type Clock, systemClock } from './clock';
import { dynamoClient } from './dynamo';
import { type FunctieOmgeving, omgeving, vereisTabel } from './env';
import { lazy } from './lazy';
import { createPublisher, type Publisher } from './publisher';

/**
 * The one way a context's functions get their dependencies: a plain object of ports (`<Context>Deps` in
 * `src/app/deps.ts`), either given (tests pass fakes or a fixed clock) or built at the first call from the function's
 * environment (`standaardDeps`, read once per cold start, never at import).
 */
export type DepsBron<D extends object> = D | (() => D);

export const losOp = <D extends object>(bron: DepsBron<D>): D =>
  typeof bron === 'function' ? (bron as () => D)() : bron;

/** The ports every context has. */
export interface BasisPoorten {
  publisher: Publisher;
  clock: Clock;
  nieuwId: () => string;
}

/** The real defaults of the shared ports, and the context's table, from the environment. */
export function basisPoorten(o: FunctieOmgeving, clock: Clock = systemClock) {
  return {
    publisher: createPublisher({ busName: o.eventBus, clock }),
    clock,
    nieuwId: ulid,
    client: dynamoClient(),
    tabel: vereisTabel(o),
  };
}

/** Builds the context's real ports lazily, at the first call, from `omgeving()`. */
export const standaardDeps = <D extends object>(maak: (o: FunctieOmgeving) => D): (() => D) =>
  lazy(() => maak(omgeving()));
