import { persoonFunctie } from '@wegwijs/lambda-kit';
import type { ArchiefDeps } from '../app/deps';
import { persoonsItems, vernietigPersoon } from '../app/persoon';
import { defaultDeps } from './deps';

/** Invoked directly (Lambda Invoke) by the inzage: the archief's record of one person. */
export const createPersoonHandler = (bron: Parameters<typeof persoonFunctie<ArchiefDeps>>[0]) =>
  persoonFunctie(bron, { inzage: persoonsItems, vernietig: vernietigPersoon });

export const handler = createPersoonHandler(defaultDeps());
