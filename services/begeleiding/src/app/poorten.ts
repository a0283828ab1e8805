import type { AggregaatOpslag, PaginaVraag } from '@wegwijs/lambda-kit';
import type { RecordSoort, Werklijst } from '../adapters/keys';
import type { Groepsactiviteit } from '../domain/groepen';
import type { Traject } from '../domain/traject';

/**
 * The ports of begeleiding besides the traject aggregate (kit `AggregaatOpslag<Traject>`), as the use cases need them;
 * the DynamoDB implementations are in adapters/ (store.ts, migratie.ts). No DynamoDB type crosses them.
 */

export interface NieuwRecord {
  inburgeraarId: string;
  soort: RecordSoort;
  recordId: string;
  gegevens: Record<string, unknown>;
}

/** The port over the begeleiding table besides the traject aggregate (kit `AggregaatOpslag<Traject>`). */
export interface BegeleidingStore {
  /** The record of a meetmoment, contactmoment, rapportage or overdracht (idempotent: keyed by its id). */
  bewaarRecord(record: NieuwRecord): Promise<void>;
  /**
   * One page of a worklist's index: the trajecten of the organisation in the gemeente that are on the list by `tot`
   * (exclusive; one Query). `volgende` is the opaque cursor of the next page; absent on the last.
   */
  werklijstPagina(lijst: Werklijst, vraag: WerklijstVraag): Promise<{ trajecten: Traject[]; volgende?: string }>;
  /** The trajecten of a gemeente whose fase change is due before `tot` (exclusive), in pages (the planner). */
  faseWisselDue(gemeente: string, tot: string): AsyncIterable<Traject>;
}

export interface WerklijstVraag extends PaginaVraag {
  org: string;
  gemeente: string;
  /** The first day the list no longer includes (tomorrow); absent for caseload (its sort key is no date). */
  tot?: string;
}

/** One stored traject item as the migration sees it: its key, version, the traject and its index attributes now. */
export interface OpgeslagenTraject {
  sleutel: { pk: string; sk: string };
  versie: number;
  /** The index attributes the item carries now. */
  huidig: Record<string, string>;
  /** The index attributes the current code writes for this traject. */
  gewenst: Record<string, string>;
}

export interface MigratieStand {
  klaar: boolean;
  /** Where the next page starts (opaque: the adapter's own cursor); absent at the start. */
  start?: string;
  bijgewerkt: number;
}

/** The port of a data migration over the begeleiding table: a checkpoint, pages of trajecten, and one item's fix. */
export interface TrajectMigratieOpslag {
  stand(migratie: string): Promise<MigratieStand | undefined>;
  bewaarStand(migratie: string, stand: MigratieStand): Promise<void>;
  /** One page of traject items (a paginated Scan: a one-off migration is no request path). */
  pagina(start: string | undefined): Promise<{ trajecten: OpgeslagenTraject[]; volgende?: string }>;
  /** Sets and removes index attributes, only while the item is still at `versie`; false when it was written since. */
  zetIndexen(t: OpgeslagenTraject, zet: Record<string, string>, weg: readonly string[]): Promise<boolean>;
}

/** Issue 22 item 5: the group activities of the gemeenten (adapters/groepsactiviteiten.ts). */
export interface GroepsactiviteitenPoort {
  /** One activity, keyed by its gemeente and id (`groepsactiviteitSleutel`), on the one write path. */
  opslag: AggregaatOpslag<Groepsactiviteit>;
  /** One page of a gemeente's activities (one Query); `volgende` absent on the last page. */
  pagina(gemeente: string, vraag: PaginaVraag): Promise<{ activiteiten: Groepsactiviteit[]; volgende?: string }>;
}
