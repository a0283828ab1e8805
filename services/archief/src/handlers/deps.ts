import { PERSOON_CONTEXTEN, type PersoonContext } from '@wegwijs/contracts';
import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { bewaartermijnenVan } from '@wegwijs/profielen';
import { dynamoArchiefStore } from '../adapters/store';
import { lambdaVernietiger } from '../adapters/vernietiger';
import type { ArchiefDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<ArchiefDeps>): ArchiefDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  const termijnen = bewaartermijnenVan(o.config);
  const functies = Object.fromEntries(
    PERSOON_CONTEXTEN.flatMap((c) => (o.persoonFuncties[c] ? [[c, o.persoonFuncties[c]]] : [])),
  ) as Partial<Record<PersoonContext, string>>;
  return {
    ...basis,
    termijnen,
    gemeenten: o.config.gemeenten,
    store: dynamoArchiefStore(client, tabel, termijnen),
    vernietiger: gegeven.vernietiger ?? lambdaVernietiger({ functies }),
  };
});
