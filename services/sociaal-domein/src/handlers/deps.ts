import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoAgendaStore } from '../adapters/agenda-store';
import { lambdaBeslispunt } from '../adapters/beslispunt';
import { dynamoDossierStore } from '../adapters/dossier-store';
import { dynamoSociaalOpslag } from '../adapters/opslag';
import { dynamoSociaalStore } from '../adapters/sociaal-store';
import { dynamoVragenLijst } from '../adapters/vragen-store';
import type { SociaalDeps } from '../app/deps';
import type { Agendapunt, OpgeslagenDossier, Overdracht, Signaal, Verwijzing } from '../domain/typen';
import type { Vraag } from '../domain/vraag';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<SociaalDeps>): SociaalDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  const functie = o.beslissingFunctie;
  if (!functie) throw new Error('WEGWIJS_BESLISSING_FUNCTIE is not set');
  return {
    ...basis,
    dossiers: dynamoDossierStore(client, tabel),
    dossierOpslag: dynamoSociaalOpslag<OpgeslagenDossier>(client, tabel),
    store: dynamoSociaalStore(client, tabel),
    signalen: dynamoSociaalOpslag<Signaal>(client, tabel),
    verwijzingen: dynamoSociaalOpslag<Verwijzing>(client, tabel),
    overdrachten: dynamoSociaalOpslag<Overdracht>(client, tabel),
    agenda: dynamoAgendaStore(client, tabel),
    agendapunten: dynamoSociaalOpslag<Agendapunt>(client, tabel),
    vragen: dynamoSociaalOpslag<Vraag>(client, tabel),
    vragenLijst: dynamoVragenLijst(client, tabel),
    beslispunt: lambdaBeslispunt({ functie }),
    config: o.config,
  };
});
