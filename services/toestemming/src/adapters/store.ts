import type { UitgaandEvent } from '@wegwijs/lambda-kit';
import type { Deling, LogEntry, Staat } from '../domain/typen';

/** What one consistent read of an inburgeraar's partition returns: the projection with consents, and the chain head. */
export interface Momentopname {
  staat: Staat | undefined;
  /** The chain head: held by the staat item since every log entry is written with it (before: the last log item). */
  kop: LogEntry | undefined;
  /** Log entries written with the staat and not yet copied to their own log items (read as part of the log). */
  teLoggen?: LogEntry[];
  /** Events written with the staat (its outbox) and not yet marked sent. */
  uitgaand?: UitgaandEvent[];
  /** When the read started: what a decision on this read saw was true then (its log entry is dated so). */
  gelezenOp?: string;
  /**
   * The decisions the chain holds, newest first up to a window (`VERWERKT_VENSTER`): a short hash of the decision key
   * (bronId + recipient) -> the seq of its entry. Written in the same conditional write as the entry, so a decision is
   * never logged twice, whoever delivers it again (a redelivery, a relay's republication, a retry after a write that
   * seemed to fail).
   */
  verwerkt?: Record<string, number>;
}

/** The chain as written with a staat: its new head and the entries not yet copied to their log items. */
export interface KetenStand {
  kop: LogEntry;
  teLoggen: readonly LogEntry[];
  /** The decisions the chain holds (see `Momentopname.verwerkt`). */
  verwerkt?: Readonly<Record<string, number>>;
}

/**
 * The broker's storage port. Every write is a single-item conditional write (dynalite has no transactions); the
 * DynamoDB adapter and the in-memory store of the property tests implement the same contract.
 */
export interface BrokerStore {
  /** Staat and chain head in one strongly consistent read. */
  lees(inburgeraarId: string): Promise<Momentopname>;
  /**
   * Writes the staat with its pending events (the kit's outbox) and its new log entries and chain head, all in the
   * same single-item write, if its stored version is still `vorigeVersie` (undefined: it must not exist). The staat
   * item holds the chain head, so this condition serialises the chain.
   */
  schrijfStaat(
    staat: Staat,
    vorigeVersie: number | undefined,
    uitgaand?: readonly UitgaandEvent[],
    keten?: KetenStand,
  ): Promise<boolean>;
  /**
   * Removes the pending events and the copied log entries written with staat version `versie`; when a later write
   * carries them on, only the published events named in `sleutels` (the later writer copies the entries).
   */
  markeerVerzonden(inburgeraarId: string, versie: number, sleutels?: readonly string[]): Promise<void>;
  /** Copies a log entry written with the staat to its own item at `entry.seq`; false when the slot is taken. */
  voegToe(entry: LogEntry): Promise<boolean>;
  leesLogSlot(inburgeraarId: string, seq: number): Promise<LogEntry | undefined>;
  /** The whole log: the log items and the entries still held by the staat item. */
  leesLog(inburgeraarId: string): Promise<LogEntry[]>;
  /** Claims the decision key; returns the existing claim when the key was decided before. */
  claim(deling: Deling): Promise<Deling | undefined>;
  /** Replaces the decision of a claim that is still at attempt `vorigePoging` (the status is left alone). */
  herclaim(deling: Deling, vorigePoging: string): Promise<boolean>;
  /** Releases the content: only while the claim is `besloten` at this attempt (a tombstone always wins). */
  geefVrij(inburgeraarId: string, sleutel: string, poging: string, gegevens: Record<string, unknown>): Promise<boolean>;
  /** Tombstones a claim (removes its content); returns the claim as it was, or undefined if already tombstoned. */
  verwijder(inburgeraarId: string, sleutel: string): Promise<Deling | undefined>;
  markeerVerwijderingGelogd(inburgeraarId: string, sleutel: string): Promise<void>;
  delingen(inburgeraarId: string): Promise<Deling[]>;
}
