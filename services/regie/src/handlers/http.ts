import { INDICATORSETS, type Indicatorset, regiePad, regieQuery } from '@wegwijs/contracts';
import { type AnyRoute, type DepsBron, httpHandler, losOp, type RouteResult, route } from '@wegwijs/lambda-kit';
import type { RegieDeps } from '../app/deps';
import { indicatoren, vraagVan } from '../app/indicatoren';
import { alsCsv } from '../domain/csv';
import { defaultDeps } from './deps';

const wilCsv = (accept: string | undefined) => /(^|,)\s*text\/csv/i.test(accept ?? '');

/** `GET /v1/regie/<set>`: JSON, or CSV when the Accept header asks for `text/csv`. */
const indicatorRoute = (deps: () => RegieDeps, set: Indicatorset) =>
  route({
    query: regieQuery,
    async handle({ principal, query, headers }): Promise<RouteResult> {
      const d = deps();
      const antwoord = await indicatoren(d, set, vraagVan(principal, query, d.clock.now()));
      if (!wilCsv(headers.accept)) return { status: 200, body: antwoord, headers: { vary: 'accept' } };
      return {
        status: 200,
        body: alsCsv(antwoord.cellen),
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="regie-${set}-${antwoord.vanaf}-${antwoord.tot}.csv"`,
          vary: 'accept',
        },
      };
    },
  });

/** The HTTP API of the regie context: one operation per indicator set. */
export function createHttpHandler(bron: DepsBron<RegieDeps>) {
  const deps = () => losOp(bron);
  const routes: Record<string, AnyRoute> = Object.fromEntries(
    INDICATORSETS.map((set) => [`GET ${regiePad(set)}`, indicatorRoute(deps, set)]),
  );
  return httpHandler({ routes });
}

export const handler = createHttpHandler(defaultDeps());
