import { Forbidden, NotFound, type Principal, relatieTot } from '@wegwijs/lambda-kit';
import type { BrokerDeps } from '../app/deps';
import { leesStaat } from '../app/staat-repository';
import type { Gever } from '../domain/toestemming';
import type { Staat } from '../domain/typen';

export interface Toegang {
  staat: Staat;
  relatie: 'gemeente' | 'uitvoering' | 'inburgeraar';
}

/** Who the caller is to this inburgeraar; 404 when not related at all (never reveal that the inburgeraar exists). */
export async function toegangTot(deps: BrokerDeps, principal: Principal, inburgeraarId: string): Promise<Toegang> {
  const { staat } = await leesStaat(deps, inburgeraarId);
  const relatie = staat
    ? relatieTot(principal, {
        inburgeraarId,
        gemeente: staat.gemeente,
        uitvoeringsorganisatie: staat.uitvoeringsorganisatie,
        begeleiders: staat.begeleiders,
      })
    : undefined;
  if (!staat || !relatie) throw new NotFound();
  return { staat, relatie };
}

/** The inburgeraar, or staff of the assigned organisation recording on their behalf; gemeente roles may not. */
export function geverVan(principal: Principal, toegang: Toegang): Gever {
  if (toegang.relatie === 'gemeente') {
    throw new Forbidden('Only the inburgeraar, or their begeleider on their behalf, gives or withdraws consent.');
  }
  return { relatie: toegang.relatie, sub: principal.sub, ...(principal.org ? { org: principal.org } : {}) };
}
