import type { UitgaandEvent } from '@wegwijs/lambda-kit';
import type { BrokerStore } from '../../src/adapters/store';
import type { Deling, LogEntry, Staat } from '../../src/domain/typen';

/** Stored values are frozen and replaced, never changed in place; so reads can hand them out without copying. */
const kopie = <T extends object>(x: T): T => Object.freeze({ ...x });

/** The in-memory implementation of the broker's storage port (same contract as the DynamoDB adapter). */
export class GeheugenStore implements BrokerStore {
  readonly staten = new Map<string, Staat>();
  readonly logs = new Map<string, Map<number, LogEntry>>();
  private readonly koppen = new Map<string, LogEntry>();
  readonly delingMap = new Map<string, Map<string, Deling>>();

  private log(ib: string) {
    const m = this.logs.get(ib) ?? new Map<number, LogEntry>();
    this.logs.set(ib, m);
    return m;
  }
  private del(ib: string) {
    const m = this.delingMap.get(ib) ?? new Map<string, Deling>();
    this.delingMap.set(ib, m);
    return m;
  }

  /** Pending events of each staat, with the version that wrote them (the outbox of the staat item). */
  readonly uitgaand = new Map<string, { versie: number; events: UitgaandEvent[] }>();

  async lees(ib: string) {
    return {
      staat: this.staten.get(ib),
      kop: this.koppen.get(ib),
      uitgaand: [...(this.uitgaand.get(ib)?.events ?? [])],
    };
  }
  async schrijfStaat(staat: Staat, vorigeVersie: number | undefined, uitgaand: readonly UitgaandEvent[] = []) {
    const huidig = this.staten.get(staat.inburgeraarId);
    if (vorigeVersie === undefined ? huidig !== undefined : huidig?.versie !== vorigeVersie) return false;
    this.staten.set(staat.inburgeraarId, kopie(staat));
    if (uitgaand.length > 0) this.uitgaand.set(staat.inburgeraarId, { versie: staat.versie, events: [...uitgaand] });
    else this.uitgaand.delete(staat.inburgeraarId);
    return true;
  }
  async markeerVerzonden(ib: string, versie: number) {
    if (this.uitgaand.get(ib)?.versie === versie) this.uitgaand.delete(ib);
  }
  async voegToe(entry: LogEntry) {
    const log = this.log(entry.inburgeraarId);
    if (log.has(entry.seq)) return false;
    const opgeslagen = kopie(entry);
    log.set(entry.seq, opgeslagen);
    if ((this.koppen.get(entry.inburgeraarId)?.seq ?? 0) < entry.seq) this.koppen.set(entry.inburgeraarId, opgeslagen);
    return true;
  }
  async leesLogSlot(ib: string, seq: number) {
    return this.log(ib).get(seq);
  }
  async leesLog(ib: string) {
    return [...this.log(ib).values()];
  }
  async claim(deling: Deling) {
    const m = this.del(deling.inburgeraarId);
    const bestaand = m.get(deling.sleutel);
    if (bestaand) return bestaand;
    m.set(deling.sleutel, kopie(deling));
    return undefined;
  }
  async herclaim(deling: Deling, vorigePoging: string) {
    const m = this.del(deling.inburgeraarId);
    const bestaand = m.get(deling.sleutel);
    if (bestaand?.poging !== vorigePoging) return false;
    m.set(
      deling.sleutel,
      kopie({
        ...deling,
        status: bestaand.status,
        gegevens: bestaand.gegevens,
        ontvangers: bestaand.ontvangers,
      }),
    );
    return true;
  }
  async geefVrij(ib: string, sleutel: string, poging: string, gegevens: Record<string, unknown>) {
    const m = this.del(ib);
    const d = m.get(sleutel);
    if (d?.status !== 'besloten' || d.poging !== poging) return false;
    m.set(sleutel, kopie({ ...d, status: 'gedeeld' as const, gegevens }));
    return true;
  }
  async verwijder(ib: string, sleutel: string) {
    const m = this.del(ib);
    const d = m.get(sleutel);
    if (!d || d.status === 'verwijderd') return undefined;
    const { gegevens: _weg, ...rest } = d;
    m.set(sleutel, kopie({ ...rest, status: 'verwijderd' as const, verwijderingGelogd: false }));
    return d;
  }
  async markeerVerwijderingGelogd(ib: string, sleutel: string) {
    const m = this.del(ib);
    const d = m.get(sleutel);
    if (d) m.set(sleutel, kopie({ ...d, verwijderingGelogd: true }));
  }
  async delingen(ib: string) {
    return [...this.del(ib).values()];
  }
}
