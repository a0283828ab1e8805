import type { AggregaatOpslag, BasisPoorten, PersoonDeps, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import type { AgendaStore } from '../adapters/agenda-store';
import type { Beslispunt } from '../adapters/beslispunt';
import type { DossierStore } from '../adapters/dossier-store';
import type { SociaalStore } from '../adapters/sociaal-store';
import type { VragenLijst } from '../adapters/vragen-store';
import type { Agendapunt, OpgeslagenDossier, Overdracht, Signaal, Verwijzing } from '../domain/typen';
import type { Vraag } from '../domain/vraag';

/** The ports of the sociaal-domein use cases (real defaults in handlers/deps.ts). */
export interface SociaalDeps extends BasisPoorten, SchrijfpadDeps, PersoonDeps {
  dossiers: DossierStore;
  /** The dossier projection as an aggregate of the one write path (app/dossiers.ts). */
  dossierOpslag: AggregaatOpslag<OpgeslagenDossier>;
  store: SociaalStore;
  /** Signalen and verwijzingen as aggregates of the one write path (one item each, with their events). */
  signalen: AggregaatOpslag<Signaal>;
  verwijzingen: AggregaatOpslag<Verwijzing>;
  /** The warme overdrachten: one aggregate each (written when it starts and when it is recorded). */
  overdrachten: AggregaatOpslag<Overdracht>;
  /** Reads of the casuistiekoverleg's agenda; its lines are aggregates of the write path (`agendapunten`). */
  agenda: AgendaStore;
  agendapunten: AggregaatOpslag<Agendapunt>;
  /** The consulent's questions (issue 12): one aggregate each, and their list. */
  vragen: AggregaatOpslag<Vraag>;
  vragenLijst: VragenLijst;
  beslispunt: Beslispunt;
  config: DeploymentConfig;
}
