import { createHash } from 'node:crypto';
import { bezorg, logger, metHerhaling, OPNIEUW, type UitgaandEvent } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import type { LogEntry, Staat } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { leesVers, type NieuweEntry, volgende } from './keten';
import { tellingenEvents } from './tellingen';

/** A change of the staat with the log entries and the events that record and announce it: ONE write. */
export interface StaatWijziging {
  staat: Staat;
  events: readonly UitgaandEvent[];
  log?: readonly NieuweEntry[];
  /** The staat and events as they read once the entries are dated and chained (a withdrawal takes its entry's time). */
  gelogd?: (entries: readonly LogEntry[]) => Pick<StaatWijziging, 'staat' | 'events'>;
}

/** Copies the entries written with the staat to their log items, then publishes its events and marks both done. */
async function rondAf(deps: BrokerDeps, inburgeraarId: string, versie: number, snap: Required<Geschreven>) {
  const gepubliceerd = snap.uitgaand.map((e) => e.sleutel);
  try {
    for (const entry of snap.teLoggen) await deps.store.voegToe(entry);
  } catch (e) {
    // The entries stay on the staat item, where every read of the log finds them; the next write copies them.
    logger.warn('log entries left on the staat', { inburgeraarId, errorName: e instanceof Error ? e.name : 'Error' });
    return;
  }
  if (snap.uitgaand.length > 0) {
    const opslag = {
      markeerVerzonden: (_: unknown, v: number) => deps.store.markeerVerzonden(inburgeraarId, v, gepubliceerd),
    };
    await bezorg(deps, opslag, keys.staat(inburgeraarId), versie, snap.uitgaand);
  } else if (snap.teLoggen.length > 0) {
    await deps.store.markeerVerzonden(inburgeraarId, versie).catch(() => undefined);
  }
}

type Geschreven = Pick<Momentopname, 'teLoggen' | 'uitgaand'>;

/** How many of the newest decisions the staat item remembers (about 20 bytes each; older ones: the claim protocol). */
export const VERWERKT_VENSTER = 512;

/** The key of a decision (bronId + recipient) as the staat item remembers it: short, and naming nobody. */
export const verwerktSleutel = (sleutel: string) =>
  createHash('sha256').update(sleutel).digest('base64url').slice(0, 12);

/** The decisions remembered after writing `entries`: the window of the newest, by seq. */
function verwerktNa(vorig: Readonly<Record<string, number>> | undefined, entries: readonly LogEntry[]) {
  const nieuw = entries.filter((e) => e.sleutel && (e.actie === 'gedeeld' || e.actie === 'geweigerd'));
  if (nieuw.length === 0) return vorig;
  const alles = { ...vorig };
  for (const e of nieuw) alles[verwerktSleutel(e.sleutel ?? '')] = e.seq;
  const paren = Object.entries(alles);
  if (paren.length <= VERWERKT_VENSTER) return alles;
  return Object.fromEntries(paren.sort((a, b) => b[1] - a[1]).slice(0, VERWERKT_VENSTER));
}

/** The seq of the entry that logged this decision, if the chain holds it (within the window). */
export const verwerktIn = (snap: Momentopname, sleutel: string): number | undefined =>
  snap.verwerkt?.[verwerktSleutel(sleutel)];

/**
 * ONE conditional write of the staat on top of `snap`: the new staat, its events (outbox, with regie's tellingen of a
 * consent change) and its log entries (the chain head lives in the staat item, so the condition on its version
 * serialises the chain), plus what earlier writes left pending. Then the entries are copied to their log items and the events published; what a crash or a
 * failed publish leaves, the next write and the relay finish. False when another writer came first.
 */
export async function schrijfOpKeten(
  deps: BrokerDeps,
  inburgeraarId: string,
  snap: Momentopname,
  w: { staat: Staat; events: readonly UitgaandEvent[]; entries: readonly LogEntry[] },
): Promise<boolean> {
  const nu = deps.clock.now().toISOString();
  // Regie's tellingen of a consent change travel in the same write as the change, its entry and its event.
  const events = [...w.events, ...tellingenEvents(snap.staat, w.staat, w.events)];
  const uitgaand = [...(snap.uitgaand ?? []), ...events.map((e) => (e.occurredAt ? e : { ...e, occurredAt: nu }))];
  const teLoggen = [...(snap.teLoggen ?? []), ...w.entries];
  const kop = w.entries.at(-1) ?? snap.kop;
  const verwerkt = verwerktNa(snap.verwerkt, w.entries);
  const keten = kop ? { kop, teLoggen, ...(verwerkt ? { verwerkt } : {}) } : undefined;
  if (!(await deps.store.schrijfStaat(w.staat, snap.staat?.versie, uitgaand, keten))) return false;
  await rondAf(deps, inburgeraarId, w.staat.versie, { teLoggen, uitgaand });
  return true;
}

/** The entries that follow the head of `snap`, in order. */
export function ketenVerder(
  deps: BrokerDeps,
  inburgeraarId: string,
  snap: Momentopname,
  velden: readonly NieuweEntry[],
): LogEntry[] {
  const entries: LogEntry[] = [];
  let kop = snap.kop;
  for (const veld of velden) {
    kop = volgende(deps, inburgeraarId, kop, snap.staat?.versie ?? 0, veld, snap.gelezenOp);
    entries.push(kop);
  }
  return entries;
}

/**
 * The one write path of the broker: read staat and chain head, decide (`wijzig`; undefined for no change), ONE
 * conditional write of staat, log entries and events; a lost condition reads and decides again under the kit's retry
 * policy (back-off with jitter; GelijktijdigGewijzigd when attempts run out). `start` spares the first read.
 */
export function wijzigStaatMet(
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => StaatWijziging | undefined,
  start?: Momentopname,
): Promise<Staat | undefined> {
  let eerste = start;
  return metHerhaling(
    async () => {
      const snap = eerste ?? (await leesVers(deps, inburgeraarId));
      eerste = undefined;
      const w = wijzig(snap.staat);
      if (!w) {
        const open = { teLoggen: snap.teLoggen ?? [], uitgaand: snap.uitgaand ?? [] };
        if (snap.staat && open.teLoggen.length + open.uitgaand.length > 0) {
          await rondAf(deps, inburgeraarId, snap.staat.versie, open);
        }
        return snap.staat;
      }
      const entries = ketenVerder(deps, inburgeraarId, snap, w.log ?? []);
      const { staat, events } = w.gelogd?.(entries) ?? w;
      return (await schrijfOpKeten(deps, inburgeraarId, snap, { staat, events, entries })) ? staat : OPNIEUW;
    },
    deps.beleid,
    deps.wacht,
  );
}

/** Log entries without a change of the staat (a read's `ingezien`): still one write of the staat, the chain head. */
export const voegToeAanKeten = (
  deps: BrokerDeps,
  inburgeraarId: string,
  velden: readonly NieuweEntry[],
  start?: Momentopname,
) =>
  wijzigStaatMet(
    deps,
    inburgeraarId,
    (s) => (s ? { staat: { ...s, versie: s.versie + 1 }, events: [], log: velden } : undefined),
    start,
  );
