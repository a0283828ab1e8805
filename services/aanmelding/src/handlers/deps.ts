import { basisPoorten, type Clock, standaardDeps, systemClock } from '@wegwijs/lambda-kit';
import { dynamoInburgeraarLijst, dynamoInburgeraarOpslag } from '../adapters/opslag';
import type { AanmeldingDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment. */
export const defaultDeps = (clock: Clock = systemClock) =>
  standaardDeps((o): AanmeldingDeps => {
    const { client, tabel, ...basis } = basisPoorten(o, clock);
    return {
      ...basis,
      opslag: dynamoInburgeraarOpslag(client, tabel),
      lijst: dynamoInburgeraarLijst(client, tabel),
      config: o.config,
    };
  });
