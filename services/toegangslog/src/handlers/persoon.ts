import { persoonFunctie } from '@wegwijs/lambda-kit';
import type { ToegangslogDeps } from '../app/deps';
import { persoonsItems, vernietigPersoon } from '../app/persoon';
import { defaultDeps } from './deps';

/** Invoked directly (Lambda Invoke) by the inzage and the archief: the access log's records of one person. */
export const createPersoonHandler = (bron: Parameters<typeof persoonFunctie<ToegangslogDeps>>[0]) =>
  persoonFunctie(bron, { inzage: persoonsItems, vernietig: vernietigPersoon });

export const handler = createPersoonHandler(defaultDeps());
