import type { Staat, Toewijzingsfeit } from './typen';

/**
 * How long after its occurredAt a voortgang event from an organisation the broker does not (yet) know as assigned
 * waits for the UitvoeringsorganisatieGewijzigd that may explain it, before it is refused. In AWS a failed
 * asynchronous invocation is retried after about one and about two more minutes, so the last attempt decides.
 */
export const WACHTTIJD_TOEWIJZING_MS = 2 * 60_000;

/** The assignment history, oldest first (a staat stored before the history: its one known assignment). */
export function historieVan(staat: Staat): Toewijzingsfeit[] {
  return staat.toewijzingen ?? [{ org: staat.uitvoeringsorganisatie, sinds: staat.orgSinds }];
}

const volgorde = (a: Toewijzingsfeit, b: Toewijzingsfeit) =>
  a.sinds === b.sinds ? (a.org < b.org ? -1 : a.org > b.org ? 1 : 0) : a.sinds < b.sinds ? -1 : 1;

/** Adds a fact to the history (sorted, no duplicates); undefined when it is known already. */
export function voegToewijzingToe(
  historie: readonly Toewijzingsfeit[],
  feit: Toewijzingsfeit,
): Toewijzingsfeit[] | undefined {
  if (historie.some((f) => f.sinds === feit.sinds && f.org === feit.org)) return undefined;
  return [...historie, feit].sort(volgorde);
}

export interface OrganisatieOp {
  org: string;
  /**
   * The history cannot change the answer any more: it starts with the aanmelding, every change follows on from the
   * one before (its `van`), and a known change comes after the instant. Otherwise a change not delivered yet may.
   */
  zeker: boolean;
}

/** The uitvoeringsorganisatie assigned at an instant, by the history the broker knows. */
export function organisatieOp(staat: Staat, tijdstip: string): OrganisatieOp {
  const historie = historieVan(staat);
  const eerste = historie[0] as Toewijzingsfeit;
  // Before the first known fact: the aanmelding's organisation, or the one a change says it took over from.
  if (tijdstip < eerste.sinds) {
    return eerste.van === undefined ? { org: eerste.org, zeker: true } : { org: eerste.van, zeker: false };
  }
  let k = 0;
  while (k + 1 < historie.length && (historie[k + 1] as Toewijzingsfeit).sinds <= tijdstip) k++;
  const huidig = historie[k] as Toewijzingsfeit;
  const volgende = historie[k + 1];
  const aaneengesloten = historie
    .slice(0, k + 2)
    .every((f, i) => (i === 0 ? f.van === undefined : f.van === (historie[i - 1] as Toewijzingsfeit).org));
  return { org: huidig.org, zeker: volgende !== undefined && aaneengesloten };
}

/**
 * Should a voortgang event from `afzender` at `tijdstip` wait for an assignment fact instead of being refused? Only
 * when the history does not know the sender as assigned at that instant, a change not delivered yet could make it so,
 * and the event is recent enough for that change still to arrive (EventBridge delivers in any order).
 */
export function wachtOpToewijzing(
  staat: Staat,
  afzender: string | undefined,
  tijdstip: string,
  nu: Date,
  wachttijd = WACHTTIJD_TOEWIJZING_MS,
): boolean {
  if (afzender === undefined) return false;
  const op = organisatieOp(staat, tijdstip);
  if (op.org === afzender || op.zeker) return false;
  return nu.getTime() < Date.parse(tijdstip) + wachttijd;
}
