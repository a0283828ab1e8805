import {
  type AanmeldingGeregistreerd,
  type AnoniemEnvelope,
  type BegeleidersGewijzigd,
  type Envelope,
  type InburgeraarVerhuisd,
  type Rol,
  type SignaleringSoort,
  type ToegangGelogd,
  ToegangSignalering,
} from '@wegwijs/contracts';
import { OPERATIES } from '@wegwijs/contracts/openapi/operaties';
import { anoniemEvent, logger } from '@wegwijs/lambda-kit';
import {
  buitenCaseload,
  CASELOAD_ROLLEN,
  DREMPEL_BUITEN_CASELOAD,
  opentDossier,
  overschrijdt,
  type Signalering,
  type Toegang,
  vensterBegin,
} from '../domain/toegang';
import type { ToegangslogDeps } from './deps';

const DAG_S = 86_400;

/** The operationId of a route key (the access log's `actie`); the route key itself for one the document lacks. */
export const actieVan = (route: string) => OPERATIES[route]?.operationId ?? route;

/**
 * Files one request of the kit's HTTP chain in the access log, under the dossier's gemeente (from the request, or
 * from what the aanmelding told this context), and watches the user's requests for two misuse signals (issue 20):
 * more distinct dossiers opened within an hour than the deployment's threshold, and a request about a dossier outside
 * the user's own caseload (a begeleider or vrijwilliger; begeleiding's toewijzingen tell it). Each raises at most one
 * signalering an hour per user, stored for the FG and published for the alarm topic.
 */
export async function legToegangVast(deps: ToegangslogDeps, e: AnoniemEnvelope<typeof ToegangGelogd>): Promise<void> {
  const d = e.data;
  const metCaseload = d.object !== undefined && CASELOAD_ROLLEN.includes(d.actor.rol as Rol);
  const dossier = d.object && (metCaseload || !d.gemeente) ? await deps.store.dossier(d.object) : {};
  const gemeente = d.gemeente ?? dossier.gemeente;
  const toegang: Toegang = {
    id: e.meta.id,
    tijdstip: d.tijdstip,
    actor: { sub: d.actor.sub, rol: d.actor.rol as Rol, ...(d.actor.org ? { org: d.actor.org } : {}) },
    actie: actieVan(d.route),
    ...(d.object ? { object: d.object } : {}),
    resultaat: d.resultaat,
    oorsprong: d.oorsprong,
    traceId: d.traceId,
    ...(gemeente ? { gemeente } : {}),
  };
  const verlooptOp = Math.floor(Date.parse(d.tijdstip) / 1000) + deps.instellingen.bewaarDagen * DAG_S;
  await deps.store.legVast(toegang, verlooptOp);
  // A dossier destroyed meanwhile (its tombstone): the entry keeps the verslag's id instead, as the destruction
  // rewrote the others (app/persoon.ts). Looked for after the write: a destruction that started before it finds
  // the entry, one that starts after is seen here.
  // The person is the object, or the user when an inburgeraar acts on their own dossier.
  const persoon = toegang.object ?? (toegang.actor.rol === 'inburgeraar' ? toegang.actor.sub : undefined);
  const steen = persoon ? await deps.persoonOpslag.grafsteen(persoon) : undefined;
  const object = steen && toegang.object ? steen.verslagId : toegang.object;
  if (steen && persoon) {
    const vervang = (s: string) => (s === persoon ? steen.verslagId : s);
    await deps.store.legVast(
      {
        ...toegang,
        ...(toegang.object ? { object: vervang(toegang.object) } : {}),
        actor: { ...toegang.actor, sub: vervang(toegang.actor.sub) },
      },
      verlooptOp,
    );
  }
  logger.info('access logged', { toegangId: toegang.id, resultaat: toegang.resultaat });
  if (!object) return;
  // Counted under the id the entry keeps (the verslag's, for a dossier destroyed meanwhile).
  const signaal = { deps, e, toegang, verlooptOp, object };
  if (buitenCaseload(toegang, dossier.begeleiders)) {
    await signaleer(signaal, 'buiten-caseload', DREMPEL_BUITEN_CASELOAD);
  }
  if (opentDossier(toegang)) await signaleer(signaal, 'veel-dossiers', deps.instellingen.drempelDossiersPerUur);
}

/** Counts the dossier in the user's window of this kind; past the threshold, one signalering an hour per user. */
async function signaleer(
  s: {
    deps: ToegangslogDeps;
    e: AnoniemEnvelope<typeof ToegangGelogd>;
    toegang: Toegang;
    verlooptOp: number;
    object: string;
  },
  soort: SignaleringSoort,
  drempel: number,
): Promise<void> {
  const { deps, e, toegang, verlooptOp } = s;
  const { tijdstip } = toegang;
  const aantal = await deps.store.opening(toegang.actor.sub, s.object, tijdstip, vensterBegin(tijdstip), soort);
  if (!overschrijdt(aantal, drempel)) return;
  if (!(await deps.store.claimSignalering(toegang.actor.sub, e.meta.id, tijdstip, soort))) return;
  const signalering: Signalering = {
    signaleringId: soort === 'veel-dossiers' ? `sig-${e.meta.id}` : `sig-${soort}-${e.meta.id}`,
    tijdstip,
    actor: toegang.actor,
    soort,
    aantal,
    drempel,
    ...(toegang.gemeente ? { gemeente: toegang.gemeente } : {}),
  };
  await deps.store.bewaarSignalering(signalering, verlooptOp);
  logger.warn('access signalering', { signaleringId: signalering.signaleringId, soort, aantal, drempel });
  // For the deployment's alarm topic: the operations side routes this event there (and locally to /dev/alarmen).
  await deps.publisher.publish(
    anoniemEvent(
      ToegangSignalering,
      'wegwijs.toegangslog',
      {
        gemeente: toegang.gemeente ?? e.meta.gemeente,
        actor: { rol: toegang.actor.rol, ...(toegang.actor.org ? { org: toegang.actor.org } : {}) },
        correlationId: e.meta.correlationId,
        causationId: e.meta.id,
      },
      {
        signaleringId: signalering.signaleringId,
        tijdstip: signalering.tijdstip,
        actor: signalering.actor,
        soort,
        aantal,
        drempel,
      },
    ),
  );
}

/** The gemeente of each dossier, from its aanmelding: the FG of another gemeente gets 404 for it. */
export async function dossierAangemeld(deps: ToegangslogDeps, e: Envelope<typeof AanmeldingGeregistreerd>) {
  // A late delivery for a destroyed dossier creates nothing.
  if (await deps.persoonOpslag.grafsteen(e.meta.inburgeraarId)) return;
  await deps.store.zetDossier(e.meta.inburgeraarId, e.meta.gemeente);
}

/**
 * Issue 23: the dossier's gemeente follows the move, so a query by inburgeraarId is the new gemeente's FG's (the old
 * one's is 404 from then on). Entries made before the move keep the gemeente they were filed under.
 */
export async function dossierVerhuisd(deps: ToegangslogDeps, e: Envelope<typeof InburgeraarVerhuisd>) {
  if (await deps.persoonOpslag.grafsteen(e.meta.inburgeraarId)) return;
  await deps.store.zetDossier(e.meta.inburgeraarId, e.data.naar);
}

/** Who is assigned to each dossier (begeleiding's BegeleidersGewijzigd): the caseloads the access log watches. */
export async function begeleidersGewijzigd(deps: ToegangslogDeps, e: Envelope<typeof BegeleidersGewijzigd>) {
  // A late delivery for a destroyed dossier creates nothing.
  if (await deps.persoonOpslag.grafsteen(e.meta.inburgeraarId)) return;
  await deps.store.zetBegeleiders(e.meta.inburgeraarId, e.data);
}
