import { activiteitVan } from '../domain/activiteit';
import { GENESIS, verzegel } from '../domain/keten';
import type { LogEntry } from '../domain/typen';
import type { BrokerDeps } from './deps';

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
