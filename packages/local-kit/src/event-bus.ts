import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Context, EventRoute } from '@wegwijs/contracts';
import type { EventBridgeEvent } from 'aws-lambda';

export type BusEvent = EventBridgeEvent<string, unknown>;
export type BusTarget = (event: BusEvent) => Promise<unknown>;

export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number | string;
  Resources?: string[];
}

export interface DeadLetter {
  /** The dead letter's own id (the path of its redrive). */
  id: string;
  consumer: string;
  event: BusEvent;
  attempts: number;
  errorName: string;
  failedAt: string;
  /** When it was redriven (delivered again to its consumer, once: a second redrive changes nothing). */
  redrivenAt?: string;
}

/** What a redrive did: delivered the event again, or nothing because it was redriven before. */
export type Redrive = { status: 'herleverd' | 'al-herleverd'; deadLetter: DeadLetter } | undefined;

export interface Delivery {
  consumer: string;
  event: BusEvent;
  ok: boolean;
  attempt: number;
}

export interface LocalEventBusOptions {
  routes: readonly EventRoute[];
  busName?: string;
  /** Attempts per target before the event is dead-lettered (EventBridge retries too, with back-off). */
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
  onDeadLetter?: (record: DeadLetter) => void;
  /** Sees every accepted event, as an EventBridge rule with a target other than a consumer (the alarm topic) does. */
  onEvent?: (event: BusEvent) => void;
  /**
   * A file that keeps every accepted delivery until it is done (delivered or dead-lettered), so that `hervat()` after
   * a crash delivers what was accepted but not yet delivered. Without it, undelivered events die with the process.
   */
  journal?: string;
  /**
   * One delivery at a time, in the order accepted, started only when someone waits for them (`idle()`,
   * `ketensKlaar()`), so never during the request that published them (default: at once and concurrent, as
   * EventBridge). For measurements that must not depend on timing: the request-count table counts each request type
   * without write contention.
   */
  serieel?: boolean;
  /**
   * Consumers whose deliveries are ordered and serialised per key, as an SQS FIFO queue with that key as message group
   * in front of the consumer: one delivery in flight per key (its retries included), in the order accepted, while
   * other keys keep flowing; keys take turns (round robin) for at most `maxPerConsumer` deliveries in flight. An
   * event without a key is delivered as usual.
   */
  perSleutel?: Partial<Record<Context, (event: BusEvent) => string | undefined>>;
  /** Deliveries in flight at once to a consumer ordered per key (its concurrency; default 8). */
  maxPerConsumer?: number;
  /** A file that keeps the dead letters and their redrives across restarts (JSON lines). */
  deadLetterFile?: string;
}

/** After this many journal lines, the journal is emptied the next time nothing is in flight. */
const JOURNAL_COMPACT = 5000;

type DeadLetterRegel = DeadLetter | { redrive: string; op: string };

type JournalRegel = { t: '+'; c: Context; e: BusEvent } | { t: '-'; c: Context; id: string };

const MAX_DETAIL_BYTES = 256 * 1024;

/** The fields of an event's `detail.meta` that say whom it concerns and which causal chain it belongs to. */
export interface KetenMeta {
  readonly inburgeraarId?: string;
  readonly gemeente?: string;
  readonly correlationId?: string;
}

export const metaVan = (event: BusEvent): KetenMeta => {
  const meta = (event.detail as { meta?: unknown } | null)?.meta;
  return typeof meta === 'object' && meta !== null ? (meta as KetenMeta) : {};
};

/** The per-key ordering of the routes marked `perInburgeraar`: keyed by the event's `meta.inburgeraarId`. */
export const perInburgeraar = (
  routes: readonly EventRoute[],
): Partial<Record<Context, (event: BusEvent) => string | undefined>> =>
  Object.fromEntries(
    routes.filter((r) => r.perInburgeraar).map((r) => [r.consumer, (e: BusEvent) => metaVan(e).inburgeraarId]),
  );

/**
 * The local EventBridge: accepts PutEvents entries and delivers each event asynchronously to the consumers that the
 * route table names, retrying with back-off and keeping a dead-letter record when every attempt failed.
 */
export class LocalEventBus {
  readonly busName: string;
  readonly deadLetters: DeadLetter[] = [];
  /** PutEvents calls and the entries they carried (EventBridge bills per entry), for benchmarks. */
  readonly geteld = { putEvents: 0, entries: 0 };
  private readonly targets = new Map<Context, BusTarget>();
  private readonly listeners = new Set<(d: Delivery) => void>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  /** Deliveries in flight per causal chain (the events' `meta.correlationId`; a consumer's events inherit it). */
  private readonly perKeten = new Map<string, Set<BusEvent>>();
  /** In-flight events without a correlation id: a chain wait falls back to `idle()` when one matches. */
  private readonly zonderKeten = new Set<BusEvent>();
  private ketenWachters: { ketens: Set<string>; klaar: () => void }[] = [];
  private journalRegels = 0;
  /** Deliveries waiting their turn when deliveries are serial, and whether the queue is being worked off. */
  private readonly wachtrij: (() => Promise<void>)[] = [];
  private wachtrijBezig = false;
  /** Per consumer ordered by key: the queue of each key, the keys waiting their turn, and the deliveries in flight. */
  private readonly fifo = new Map<
    string,
    { rijen: Map<string, (() => Promise<void>)[]>; beurt: string[]; bezig: Set<string> }
  >();

  constructor(private readonly options: LocalEventBusOptions) {
    this.busName = options.busName ?? 'wegwijs-lokaal';
    const pad = options.deadLetterFile;
    if (pad && existsSync(pad)) {
      const perId = new Map<string, DeadLetter>();
      for (const regel of readFileSync(pad, 'utf8').split('\n')) {
        if (!regel) continue;
        try {
          const r = JSON.parse(regel) as DeadLetterRegel;
          if ('redrive' in r) {
            const d = perId.get(r.redrive);
            if (d) d.redrivenAt = r.op;
          } else if (r.id) perId.set(r.id, r);
        } catch {
          // a line cut off by a crash
        }
      }
      this.deadLetters.push(...perId.values());
    }
  }

  register(consumer: Context, target: BusTarget): void {
    this.targets.set(consumer, target);
  }

  /**
   * Delivers what the journal holds as accepted but not done (after a restart); call after registering the targets.
   * Returns how many deliveries were resumed.
   */
  hervat(): number {
    const pad = this.options.journal;
    if (!pad || !existsSync(pad)) return 0;
    const open = new Map<string, { c: Context; e: BusEvent }>();
    for (const regel of readFileSync(pad, 'utf8').split('\n')) {
      if (!regel) continue;
      let r: JournalRegel;
      try {
        r = JSON.parse(regel) as JournalRegel;
      } catch {
        continue; // a line cut off by the crash: its delivery was never acknowledged to anyone as done
      }
      if (r.t === '+') open.set(`${r.e.id}|${r.c}`, { c: r.c, e: r.e });
      else open.delete(`${r.id}|${r.c}`);
    }
    writeFileSync(pad, '');
    this.journalRegels = 0;
    for (const { c, e } of open.values()) {
      const target = this.targets.get(c);
      if (target) this.bezorgAan(c, target, e);
    }
    return open.size;
  }

  /** Observes every delivery attempt (tests await events with this instead of sleeping). */
  onDelivery(listener: (d: Delivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the first delivery of `detailType` matching the predicate has been handled by `consumer`. */
  waitFor(consumer: string, detailType: string, predicate: (e: BusEvent) => boolean = () => true): Promise<BusEvent> {
    return new Promise((resolve) => {
      const stop = this.onDelivery((d) => {
        if (d.ok && d.consumer === consumer && d.event['detail-type'] === detailType && predicate(d.event)) {
          stop();
          resolve(d.event);
        }
      });
    });
  }

  /** Works off the serial queue, one delivery at a time, including what those deliveries publish. */
  private werkWachtrijAf(): void {
    if (!this.options.serieel || this.wachtrijBezig) return;
    this.wachtrijBezig = true;
    void (async () => {
      for (let volgende = this.wachtrij.shift(); volgende; volgende = this.wachtrij.shift()) await volgende();
      this.wachtrijBezig = false;
    })();
  }

  /** Resolves when no delivery is pending. */
  idle(): Promise<void> {
    this.werkWachtrijAf();
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Resolves when every delivery in flight NOW whose event matches `betreft`, and everything those deliveries cause
   * later (the same correlation id), is done. Deliveries of other chains, and chains that start after this call, are
   * not waited for: read-your-writes for a causal chain without a global barrier.
   */
  ketensKlaar(betreft: (meta: KetenMeta) => boolean): Promise<void> {
    this.werkWachtrijAf();
    for (const e of this.zonderKeten) if (betreft(metaVan(e))) return this.idle();
    const ketens = new Set<string>();
    for (const [keten, events] of this.perKeten) {
      for (const e of events) {
        if (betreft(metaVan(e))) {
          ketens.add(keten);
          break;
        }
      }
    }
    if (ketens.size === 0) return Promise.resolve();
    return new Promise((klaar) => this.ketenWachters.push({ ketens, klaar }));
  }

  putEvents(entries: readonly PutEventsEntry[]): {
    FailedEntryCount: number;
    Entries: ({ EventId: string } | { ErrorCode: string; ErrorMessage: string })[];
  } {
    let failed = 0;
    this.geteld.putEvents++;
    this.geteld.entries += entries.length;
    const results = entries.map((entry) => {
      const problem = this.check(entry);
      if (problem) {
        failed++;
        return { ErrorCode: problem[0], ErrorMessage: problem[1] };
      }
      const event: BusEvent = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType ?? '',
        source: entry.Source ?? '',
        account: '000000000000',
        time: new Date(
          entry.Time ? Number(entry.Time) * (typeof entry.Time === 'number' ? 1000 : 1) || Date.now() : Date.now(),
        )
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        region: 'eu-west-1',
        resources: entry.Resources ?? [],
        detail: JSON.parse(entry.Detail ?? '{}'),
      };
      this.dispatch(event);
      this.options.onEvent?.(event);
      return { EventId: event.id };
    });
    return { FailedEntryCount: failed, Entries: results };
  }

  private check(entry: PutEventsEntry): [string, string] | undefined {
    if (!entry.Source || !entry.DetailType || entry.Detail === undefined) {
      return ['InvalidArgument', 'Source, DetailType and Detail are required.'];
    }
    if (entry.EventBusName && entry.EventBusName !== this.busName && !entry.EventBusName.endsWith(`/${this.busName}`)) {
      return ['ResourceNotFoundException', `Event bus ${entry.EventBusName} does not exist.`];
    }
    if (Buffer.byteLength(entry.Detail) > MAX_DETAIL_BYTES) return ['InvalidArgument', 'Detail is too large.'];
    try {
      const detail = JSON.parse(entry.Detail) as unknown;
      if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
        return ['MalformedDetail', 'Detail must be a JSON object.'];
      }
    } catch {
      return ['MalformedDetail', 'Detail is not valid JSON.'];
    }
    return undefined;
  }

  private dispatch(event: BusEvent): void {
    for (const route of this.options.routes) {
      if (!route.detailTypes.includes(event['detail-type'])) continue;
      const target = this.targets.get(route.consumer);
      if (!target) continue;
      this.bezorgAan(route.consumer, target, event);
    }
  }

  /**
   * Delivers a dead letter's event again to its consumer (same envelope id: the consumer's dedupe applies), once: a
   * second redrive of the same dead letter changes nothing. Undefined when there is no such dead letter.
   */
  redrive(id: string): Redrive {
    const deadLetter = this.deadLetters.find((d) => d.id === id);
    if (!deadLetter) return undefined;
    if (deadLetter.redrivenAt) return { status: 'al-herleverd', deadLetter };
    const target = this.targets.get(deadLetter.consumer as Context);
    if (!target) return undefined;
    deadLetter.redrivenAt = new Date().toISOString();
    this.schrijfDeadLetter({ redrive: id, op: deadLetter.redrivenAt });
    this.bezorgAan(deadLetter.consumer as Context, target, deadLetter.event);
    return { status: 'herleverd', deadLetter };
  }

  private schrijfDeadLetter(regel: DeadLetterRegel): void {
    if (this.options.deadLetterFile) appendFileSync(this.options.deadLetterFile, `${JSON.stringify(regel)}\n`);
  }

  /** Queues a delivery behind the others of its key; starts what may start. */
  private perSleutelIn(consumer: Context, sleutel: string, bezorg: () => Promise<void>): void {
    const stand = this.fifo.get(consumer) ?? {
      rijen: new Map<string, (() => Promise<void>)[]>(),
      beurt: [] as string[],
      bezig: new Set<string>(),
    };
    this.fifo.set(consumer, stand);
    const rij = stand.rijen.get(sleutel);
    if (rij) {
      rij.push(bezorg);
      return;
    }
    stand.rijen.set(sleutel, [bezorg]);
    stand.beurt.push(sleutel);
    this.startPerSleutel(consumer);
  }

  /** Starts the next key's head delivery while the consumer has room: keys take turns, one in flight per key. */
  private startPerSleutel(consumer: Context): void {
    const stand = this.fifo.get(consumer);
    if (!stand) return;
    const max = this.options.maxPerConsumer ?? 8;
    while (stand.bezig.size < max && stand.beurt.length > 0) {
      const sleutel = stand.beurt.shift() as string;
      const bezorg = stand.rijen.get(sleutel)?.shift();
      if (!bezorg) continue;
      stand.bezig.add(sleutel);
      setImmediate(() => {
        void bezorg().finally(() => {
          stand.bezig.delete(sleutel);
          if (stand.rijen.get(sleutel)?.length) stand.beurt.push(sleutel);
          else stand.rijen.delete(sleutel);
          this.startPerSleutel(consumer);
        });
      });
    }
  }

  private bezorgAan(consumer: Context, target: BusTarget, event: BusEvent): void {
    this.schrijfJournal({ t: '+', c: consumer, e: event });
    this.inFlight++;
    // One entry per delivery (an event delivered to two consumers is two entries of its chain).
    const bezorging = { ...event };
    const keten = metaVan(event).correlationId;
    if (keten) {
      const events = this.perKeten.get(keten) ?? new Set<BusEvent>();
      events.add(bezorging);
      this.perKeten.set(keten, events);
    } else this.zonderKeten.add(bezorging);
    const bezorg = () =>
      this.deliver(consumer, target, event).finally(() => {
        this.schrijfJournal({ t: '-', c: consumer, id: event.id });
        if (keten) this.ketenKlaar(keten, bezorging);
        else this.zonderKeten.delete(bezorging);
        this.settle();
      });
    if (this.options.serieel) {
      this.wachtrij.push(bezorg);
      return;
    }
    const sleutel = this.options.perSleutel?.[consumer]?.(event);
    if (sleutel !== undefined) {
      this.perSleutelIn(consumer, sleutel, bezorg);
      return;
    }
    setImmediate(() => void bezorg());
  }

  private ketenKlaar(keten: string, bezorging: BusEvent): void {
    const events = this.perKeten.get(keten);
    events?.delete(bezorging);
    if (events?.size) return;
    this.perKeten.delete(keten);
    const wachters = this.ketenWachters;
    this.ketenWachters = [];
    for (const w of wachters) {
      w.ketens.delete(keten);
      if (w.ketens.size === 0) w.klaar();
      else this.ketenWachters.push(w);
    }
  }

  private schrijfJournal(regel: JournalRegel): void {
    const pad = this.options.journal;
    if (!pad) return;
    appendFileSync(pad, `${JSON.stringify(regel)}\n`);
    this.journalRegels++;
  }

  private async deliver(consumer: string, target: BusTarget, event: BusEvent): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const backoff = this.options.backoffMs ?? ((n: number) => 25 * 2 ** n);
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        await target(structuredClone(event));
        this.emit({ consumer, event, ok: true, attempt });
        return;
      } catch (e) {
        this.emit({ consumer, event, ok: false, attempt });
        if (attempt === maxAttempts) {
          const record: DeadLetter = {
            id: randomUUID(),
            consumer,
            event,
            attempts: attempt,
            errorName: e instanceof Error ? e.name : 'Error',
            failedAt: new Date().toISOString(),
          };
          this.deadLetters.push(record);
          this.schrijfDeadLetter(record);
          this.options.onDeadLetter?.(record);
          return;
        }
        await new Promise((r) => setTimeout(r, backoff(attempt)));
      }
    }
  }

  private emit(d: Delivery): void {
    for (const listener of this.listeners) listener(d);
  }

  private settle(): void {
    this.inFlight--;
    if (this.inFlight === 0) {
      if (this.options.journal && this.journalRegels > JOURNAL_COMPACT) {
        writeFileSync(this.options.journal, '');
        this.journalRegels = 0;
      }
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}
