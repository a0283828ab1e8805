import type { UitgaandEvent } from '@wegwijs/lambda-kit';
import type { BrokerStore, KetenStand } from '../../src/adapters/store';
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

  /** The chain head and the entries not yet copied to log items, held with each staat (as on the staat item). */
  readonly ketens = new Map<
    string,
    { versie: number; kop: LogEntry; teLoggen: readonly LogEntry[]; verwerkt?: Readonly<Record<string, number>> }
  >();

  async lees(ib: string) {
    const keten = this.ketens.get(ib);
    return {
      staat: this.staten.get(ib),
      kop: keten?.kop ?? this.koppen.get(ib),
      teLoggen: [...(keten?.teLoggen ?? [])],
      verwerkt: { ...(keten?.verwerkt ?? {}) },
      uitgaand: [...(this.uitgaand.get(ib)?.events ?? [])],
    };
  }
  async schrijfStaat(
    staat: Staat,
    vorigeVersie: number | undefined,
    uitgaand: readonly UitgaandEvent[] = [],
    keten?: KetenStand,
  ) {
    const ib = staat.inburgeraarId;
    const huidig = this.staten.get(ib);
    if (vorigeVersie === undefined ? huidig !== undefined : huidig?.versie !== vorigeVersie) return false;
    this.staten.set(ib, kopie(staat));
    if (uitgaand.length > 0) this.uitgaand.set(ib, { versie: staat.versie, events: [...uitgaand] });
    else this.uitgaand.delete(ib);
    if (keten) {
      const verwerkt = keten.verwerkt ? { verwerkt: { ...keten.verwerkt } } : {};
      this.ketens.set(ib, { versie: staat.versie, kop: keten.kop, teLoggen: [...keten.teLoggen], ...verwerkt });
    } else this.ketens.delete(ib);
    return true;
  }
  async markeerVerzonden(ib: string, versie: number, sleutels: readonly string[] = []) {
    const open = this.uitgaand.get(ib);
    if (open?.versie === versie) this.uitgaand.delete(ib);
    else if (open) this.uitgaand.set(ib, { ...open, events: open.events.filter((e) => !sleutels.includes(e.sleutel)) });
    const keten = this.ketens.get(ib);
    if (keten?.versie === versie) this.ketens.set(ib, { ...keten, teLoggen: [] });
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
    const perSeq = new Map(this.log(ib));
    for (const e of this.ketens.get(ib)?.teLoggen ?? []) perSeq.set(e.seq, e);
    return [...perSeq.values()];
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
