import { createHash } from 'node:crypto';
import {
  type AggregaatOpslag,
  type Besluit,
  type Geladen,
  niets,
  type SchrijfpadDeps,
  schrijf,
  type UitgaandEvent,
  voerUit,
} from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import type { LogEntry, Staat } from '../domain/typen';
import { isVernietigd } from '../domain/vernietiging';
import { type BrokerDeps, BrokerFout } from './deps';
import { type NieuweEntry, volgende } from './keten';
import { tellingenEvents } from './tellingen';

/**
 * The repository of the broker's one aggregate per inburgeraar: the `staat` item, which holds the projection, the
 * consents, the head of the verwerkingenlog, the entries not yet copied to their `log#` items, the decisions the chain
 * holds (`verwerkt`) and the outbox. It is the only app code that knows the item's key and how the chain is stored;
 * every change goes through the kit's one write path (`voerUit`: one conditional write, the kit's retry policy,
 * publish, mark sent), so the broker has no write loop of its own.
 */

/** A change of the staat with the log entries and the events that record and announce it: ONE write. */
export interface StaatWijziging {
  staat: Staat;
  events: readonly UitgaandEvent[];
  /** New entries, chained here after the head that was read. */
  log?: readonly NieuweEntry[];
  /** Entries already chained on the read (a decision's planned entry): written as they are. */
  entries?: readonly LogEntry[];
  /** The staat and events as they read once the entries are dated and chained (a withdrawal takes its entry's time). */
  gelogd?: (entries: readonly LogEntry[]) => Pick<StaatWijziging, 'staat' | 'events'>;
}

/** What a decision on a read answers: a change with its answer, or nothing to write. */
export type StaatBesluit<R> =
  | { readonly soort: 'schrijf'; readonly wijziging: StaatWijziging; readonly antwoord: R }
  | { readonly soort: 'niets'; readonly antwoord: R };

export const wijziging = <R>(w: StaatWijziging, antwoord: R): StaatBesluit<R> => ({
  soort: 'schrijf',
  wijziging: w,
  antwoord,
});
export const geenWijziging = <R>(antwoord: R): StaatBesluit<R> => ({ soort: 'niets', antwoord });

const MAX_LEESPOGINGEN = 50;

/**
 * A consistent read of staat and chain head that is not older than the head: every log entry records the staat
 * version its writer decided on, so a staat older than that version is re-read (see README.md).
 */
export async function leesStaat(deps: BrokerDeps, inburgeraarId: string): Promise<Momentopname> {
  for (let i = 0; i < MAX_LEESPOGINGEN; i++) {
    const gelezenOp = deps.clock.now().toISOString();
    const snap = await deps.store.lees(inburgeraarId);
    const gelezen = { ...snap, gelezenOp };
    if (!snap.kop || (snap.staat?.versie ?? 0) >= snap.kop.staatVersie) return gelezen;
    // A destroyed person: the staat is gone for good, the log stays (ids only) under its own bewaartermijn.
    if (!snap.staat && isVernietigd(snap.kop)) return gelezen;
  }
  throw new BrokerFout('staat stays older than the chain head');
}

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

/** The staat item as the write path sees it: a read (or nothing, when neither staat nor chain exists). */
const alsGeladen = (snap: Momentopname): Geladen<Momentopname> | undefined =>
  snap.staat || snap.kop ? { staat: snap, versie: snap.staat?.versie ?? 0, uitgaand: snap.uitgaand ?? [] } : undefined;

/**
 * The staat item as an aggregate of the kit's write path. The chain (head, entries not yet copied, `verwerkt`) is
 * written with the staat in ONE conditional PutItem; after the publish the copied entries go with the outbox.
 * `nogTeKopieren` names the entries the current attempt leaves on the item: `afleiden` copies them to their log items
 * before the events are published (so no event is out before its entry has its own item; if the copy fails, both stay
 * on the staat, where every read of the log finds them, and the next write or the relay finishes).
 */
function staatOpslag(deps: BrokerDeps, inburgeraarId: string): AggregaatOpslag<Momentopname> {
  return {
    laad: async () => alsGeladen(await leesStaat(deps, inburgeraarId)),
    bewaar: (_sleutel, snap, uitgaand, vorige) => {
      if (!snap.staat || !snap.kop) return deps.store.schrijfStaat(snap.staat as Staat, vorige || undefined, uitgaand);
      const keten = {
        kop: snap.kop,
        teLoggen: snap.teLoggen ?? [],
        ...(snap.verwerkt ? { verwerkt: snap.verwerkt } : {}),
      };
      return deps.store.schrijfStaat(snap.staat, vorige || undefined, uitgaand, keten);
    },
    markeerVerzonden: (_sleutel, versie, sleutels) => deps.store.markeerVerzonden(inburgeraarId, versie, sleutels),
  };
}

const kopieer = async (deps: BrokerDeps, entries: readonly LogEntry[]) => {
  for (const entry of entries) await deps.store.voegToe(entry);
};

/**
 * The one write of the broker: read staat and chain head (strongly consistent, not older than the head), decide
 * (`beslis`, pure or async; it may throw to refuse), chain the new entries after the head, add regie's tellingen of a
 * consent change, and hand it to the kit's `voerUit`: ONE conditional write of staat, entries and events; a lost
 * condition reads and decides again under the kit's retry policy (GelijktijdigGewijzigd when attempts run out).
 * `start` spares the first read.
 */
export async function wijzigStaat<R>(
  deps: BrokerDeps,
  inburgeraarId: string,
  beslis: (snap: Momentopname) => StaatBesluit<R> | Promise<StaatBesluit<R>>,
  start?: Momentopname,
): Promise<R> {
  return (await voerUitOpStaat(deps, inburgeraarId, beslis, start)).antwoord;
}

/** `wijzigStaat`, answering also the staat as it is after the write (or as read, when nothing was written). */
async function voerUitOpStaat<R>(
  deps: BrokerDeps,
  inburgeraarId: string,
  beslis: (snap: Momentopname) => StaatBesluit<R> | Promise<StaatBesluit<R>>,
  start?: Momentopname,
): Promise<{ antwoord: R; staat: Staat | undefined }> {
  // The entries this attempt leaves on the staat item (its write's, or an earlier write's), and at which version.
  let open: { versie: number; teLoggen: readonly LogEntry[]; uitgaand: number } = {
    versie: 0,
    teLoggen: [],
    uitgaand: 0,
  };
  const pad: SchrijfpadDeps = { ...deps, afleiden: () => kopieer(deps, open.teLoggen) };
  const opslag = staatOpslag(deps, inburgeraarId);
  const resultaat = await voerUit(
    pad,
    opslag,
    keys.staat(inburgeraarId),
    async (huidig): Promise<Besluit<Momentopname, { antwoord: R; staat: Staat | undefined }>> => {
      const snap: Momentopname = huidig?.staat ?? {
        staat: undefined,
        kop: undefined,
        gelezenOp: deps.clock.now().toISOString(),
      };
      const versie = huidig?.versie ?? 0;
      const besluit = await beslis(snap);
      if (besluit.soort === 'niets') {
        open = { versie, teLoggen: snap.teLoggen ?? [], uitgaand: huidig?.uitgaand.length ?? 0 };
        return niets({ antwoord: besluit.antwoord, staat: snap.staat });
      }
      const w = besluit.wijziging;
      const entries = w.entries ?? ketenVerder(deps, inburgeraarId, snap, w.log ?? []);
      const gelogd = w.gelogd?.(entries) ?? w;
      const staat = { ...gelogd.staat, versie: versie + 1 };
      // Regie's tellingen of a consent change travel in the same write as the change, its entry and its event.
      const events = [...gelogd.events, ...tellingenEvents(snap.staat, staat, gelogd.events)];
      const teLoggen = [...(snap.teLoggen ?? []), ...entries];
      const verwerkt = verwerktNa(snap.verwerkt, entries);
      const nieuw: Momentopname = {
        staat,
        kop: entries.at(-1) ?? snap.kop,
        teLoggen,
        ...(verwerkt ? { verwerkt } : {}),
      };
      open = { versie: versie + 1, teLoggen, uitgaand: events.length + (huidig?.uitgaand.length ?? 0) };
      return schrijf(nieuw, events, { antwoord: besluit.antwoord, staat });
    },
    start ? { gelezen: alsGeladen(start) } : undefined,
  );
  // Entries without events (a read's `ingezien`): the kit has nothing to publish, so they are copied and cleared here.
  if (open.uitgaand === 0 && open.teLoggen.length > 0) {
    try {
      await kopieer(deps, open.teLoggen);
      await deps.store.markeerVerzonden(inburgeraarId, open.versie);
    } catch {
      // The entries stay on the staat item, where every read of the log finds them; the next write copies them.
    }
  }
  return resultaat;
}

/** A change of the staat (undefined: none), its answer the staat as it is afterwards. */
export const wijzigStaatMet = (
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => StaatWijziging | undefined,
  start?: Momentopname,
): Promise<Staat | undefined> =>
  voerUitOpStaat(
    deps,
    inburgeraarId,
    (snap) => {
      const w = wijzig(snap.staat);
      return w ? wijziging(w, undefined) : geenWijziging(undefined);
    },
    start,
  ).then((r) => r.staat);

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
