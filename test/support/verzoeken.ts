import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AwsVerzoek } from '@wegwijs/local-kit';

/**
 * The AWS requests per request type, measured end to end on the real local platform by `test/e2e/verzoeken.test.ts`
 * and committed in `verzoeken.expected.json` (the test fails on any difference, so a change that adds a request is
 * seen). A row: per service whose functions sent them, the count per operation: the DynamoDB commands (`GetItem`,
 * `Query`, `PutItem`, `UpdateItem`, `BatchGetItem`, `TransactWriteItems`, `Scan`, ...), `PutEvents` and `Invoke` (a
 * direct Lambda call, the consent broker's decision). The route's own service is its request path; the other
 * services' counts are their consumers (and the broker's decision) acting on what the request caused.
 *
 * docs/COSTS.md computes from this table: import `VERZOEKEN`, `totaalPerOperatie` or `verzoekenVan` from here.
 */
export type Telling = Record<string, Record<string, number>>;
export type VerzoekTabel = Record<string, Telling>;

export const VERZOEKEN_BESTAND = fileURLToPath(new URL('./verzoeken.expected.json', import.meta.url));

export const VERZOEKEN: VerzoekTabel = JSON.parse(readFileSync(VERZOEKEN_BESTAND, 'utf8')) as VerzoekTabel;

/** The operations of one row summed over the services (e.g. `{ GetItem: 3, PutItem: 2, PutEvents: 1 }`). */
export function totaalPerOperatie(telling: Telling): Record<string, number> {
  const totaal: Record<string, number> = {};
  for (const perOperatie of Object.values(telling)) {
    for (const [operatie, n] of Object.entries(perOperatie)) totaal[operatie] = (totaal[operatie] ?? 0) + n;
  }
  return totaal;
}

/** The DynamoDB requests of one row (everything but PutEvents and Invoke), summed. */
export const dynamoVerzoeken = (telling: Telling) =>
  Object.entries(totaalPerOperatie(telling))
    .filter(([operatie]) => operatie !== 'PutEvents' && operatie !== 'Invoke')
    .reduce((n, [, aantal]) => n + aantal, 0);

/** A row of the committed table by its request type (`POST /v1/aanmeldingen`, `planner`, ...). */
export function verzoekenVan(verzoek: string): Telling {
  const rij = VERZOEKEN[verzoek];
  if (!rij) throw new Error(`no request count for ${verzoek}`);
  return rij;
}

/** Collects what a platform's functions request while it listens, per sending service and operation. */
export class VerzoekTeller {
  private telling: Telling = {};
  readonly luisteraar = (v: AwsVerzoek) => {
    const bron = v.bron ?? 'buiten-een-functie';
    const rij = this.telling[bron] ?? {};
    rij[v.operatie] = (rij[v.operatie] ?? 0) + 1;
    this.telling[bron] = rij;
  };
  /** What was counted since the last call, with services and operations in sorted order. */
  neem(): Telling {
    const telling = this.telling;
    this.telling = {};
    return Object.fromEntries(
      Object.keys(telling)
        .sort()
        .map((bron) => [
          bron,
          Object.fromEntries(Object.entries(telling[bron] ?? {}).sort(([a], [b]) => a.localeCompare(b))),
        ]),
    );
  }
}
