import type { Momentopname } from '../adapters/store';
import { activiteitVan } from '../domain/activiteit';
import { GENESIS, verzegel } from '../domain/keten';
import type { LogEntry } from '../domain/typen';
import { isVernietigd } from '../domain/vernietiging';
import { type BrokerDeps, BrokerFout } from './deps';

const MAX_POGINGEN = 50;

/**
 * A consistent read of staat and chain head that is not older than the head: every log entry records the staat
 * version its writer decided on, so a staat older than that version is re-read (see README.md).
 */
export async function leesVers(deps: BrokerDeps, inburgeraarId: string): Promise<Momentopname> {
  for (let i = 0; i < MAX_POGINGEN; i++) {
    const gelezenOp = deps.clock.now().toISOString();
    const snap = await deps.store.lees(inburgeraarId);
    const gelezen = { ...snap, gelezenOp };
    if (!snap.kop || (snap.staat?.versie ?? 0) >= snap.kop.staatVersie) return gelezen;
    // A destroyed person: the staat is gone for good, the log stays (ids only) under its own bewaartermijn.
    if (!snap.staat && isVernietigd(snap.kop)) return gelezen;
  }
  throw new BrokerFout('staat stays older than the chain head');
}

export type NieuweEntry = Omit<
  LogEntry,
  'inburgeraarId' | 'seq' | 'id' | 'tijdstip' | 'vorigeHash' | 'hash' | 'staatVersie'
>;

/**
 * The entry that follows `kop` in the chain. It is dated when the read it was decided on started (`gelezenOp`; what
 * it records was true then, so a decision made before a withdrawal is never dated after it), and never before the
 * entry it follows: timestamps along one chain never go backwards (finding 7).
 */
export function volgende(
  deps: BrokerDeps,
  inburgeraarId: string,
  kop: LogEntry | undefined,
  staatVersie: number,
  velden: NieuweEntry,
  gelezenOp: string = deps.clock.now().toISOString(),
): LogEntry {
  const tijdstip = kop && kop.tijdstip > gelezenOp ? kop.tijdstip : gelezenOp;
  return verzegel({
    ...velden,
    verwerkingsactiviteit: activiteitVan(velden),
    inburgeraarId,
    seq: (kop?.seq ?? 0) + 1,
    id: deps.nieuwId(),
    tijdstip,
    staatVersie: Math.max(staatVersie, kop?.staatVersie ?? 0),
    vorigeHash: kop?.hash ?? GENESIS,
  });
}
