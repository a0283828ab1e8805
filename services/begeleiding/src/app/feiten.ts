import {
  AanmeldingGeregistreerd,
  BrpIngeschreven,
  type Envelope,
  OpstartfaseAfgerond,
  RegeldagGepland,
  UitvoeringsorganisatieGewijzigd,
  WoningToegewezen,
} from '@wegwijs/contracts';
import { type Feit, pasFeitToe } from '../domain/traject';
import type { BegeleidingDeps } from './deps';
import { leegTraject, metFase, profielVoor, wijzigTraject } from './traject-werk';

type Vertaling = (data: never) => Feit;

/** Each consumed event as the fact it tells the traject. */
export const FEITEN: Record<string, Vertaling> = {
  [AanmeldingGeregistreerd.detailType]: (d: Envelope<typeof AanmeldingGeregistreerd>['data']) => ({
    soort: 'aanmelding',
    ...d,
  }),
  [WoningToegewezen.detailType]: (d: Envelope<typeof WoningToegewezen>['data']) => ({
    soort: 'woningtoewijzing',
    ...d,
  }),
  [BrpIngeschreven.detailType]: (d: Envelope<typeof BrpIngeschreven>['data']) => ({ soort: 'brp-inschrijving', ...d }),
  [RegeldagGepland.detailType]: (d: Envelope<typeof RegeldagGepland>['data']) => ({ soort: 'regeldag', ...d }),
  [OpstartfaseAfgerond.detailType]: (d: Envelope<typeof OpstartfaseAfgerond>['data']) => ({
    soort: 'opstartfase-afgerond',
    datum: d.datum,
  }),
  [UitvoeringsorganisatieGewijzigd.detailType]: (d: Envelope<typeof UitvoeringsorganisatieGewijzigd>['data']) => ({
    soort: 'organisatie-gewijzigd',
    naar: d.naar,
    datum: d.datum,
  }),
};

/**
 * Applies one event to the traject (idempotent and order-independent: see pasFeitToe) and stores the fase it now has,
 * on the one write path (what a failed publish leaves pending, the relay publishes).
 */
export async function verwerkEvent(deps: BegeleidingDeps, envelope: Envelope, detailType: string): Promise<void> {
  const vertaal = FEITEN[detailType];
  if (!vertaal) return;
  const { meta } = envelope;
  profielVoor(meta.gemeente);
  const feit = vertaal(envelope.data as never);
  const oorzaak = { correlationId: meta.correlationId, causationId: meta.id };
  await wijzigTraject(deps, meta, oorzaak, (huidig) => {
    const bestaand = leegTraject(huidig, meta.inburgeraarId, meta.gemeente);
    const traject = pasFeitToe(bestaand, feit, meta.occurredAt);
    return metFase(deps, { traject, events: [] }, oorzaak);
  });
}
