import type { Doelgroep } from '@wegwijs/contracts';
import { historieVan, voegToewijzingToe } from './toewijzing';
import type { Staat } from './typen';

/** A fact about the assignment of a traject: AanmeldingGeregistreerd or UitvoeringsorganisatieGewijzigd (`van`). */
export interface Toewijzing {
  inburgeraarId: string;
  gemeente: string;
  uitvoeringsorganisatie: string;
  occurredAt: string;
  /** The organisation a change took the traject over from (absent for the aanmelding). */
  van?: string | undefined;
  /** The doelgroep (the aanmelding carries it; a change of organisation does not). */
  doelgroep?: Doelgroep | undefined;
}

/**
 * Applies an assignment to the projection: adds it to the assignment history, and the fact with the latest occurredAt
 * is the organisation assigned now. Commutative and idempotent, whatever order EventBridge delivers the facts in.
 * Returns undefined when nothing changes.
 */
export function pasToewijzingToe(staat: Staat | undefined, feit: Toewijzing): Staat | undefined {
  const nieuw = { org: feit.uitvoeringsorganisatie, sinds: feit.occurredAt, ...(feit.van ? { van: feit.van } : {}) };
  if (!staat) {
    return {
      inburgeraarId: feit.inburgeraarId,
      gemeente: feit.gemeente,
      ...(feit.doelgroep ? { doelgroep: feit.doelgroep } : {}),
      uitvoeringsorganisatie: nieuw.org,
      orgSinds: nieuw.sinds,
      toewijzingen: [nieuw],
      versie: 1,
      toestemmingen: [],
    };
  }
  const toewijzingen = voegToewijzingToe(historieVan(staat), nieuw);
  const doelgroepNieuw = feit.doelgroep !== undefined && staat.doelgroep !== feit.doelgroep;
  if (!toewijzingen) {
    // The aanmelding delivered after a change of organisation: the history knows it, the doelgroep may not.
    return doelgroepNieuw ? { ...staat, doelgroep: feit.doelgroep, versie: staat.versie + 1 } : undefined;
  }
  const laatste = toewijzingen[toewijzingen.length - 1] ?? nieuw;
  return {
    ...staat,
    ...(doelgroepNieuw ? { doelgroep: feit.doelgroep } : {}),
    uitvoeringsorganisatie: laatste.org,
    orgSinds: laatste.sinds,
    toewijzingen,
    versie: staat.versie + 1,
  };
}

/** Records the afronding date (the earliest one reported wins). Returns undefined when nothing changes. */
export function pasAfrondingToe(staat: Staat, datum: string): Staat | undefined {
  if (staat.afgerondOp !== undefined && staat.afgerondOp <= datum) return undefined;
  return { ...staat, afgerondOp: datum, versie: staat.versie + 1 };
}
