import type { Staat } from './typen';

/** A fact about the assignment of a traject: AanmeldingGeregistreerd or UitvoeringsorganisatieGewijzigd. */
export interface Toewijzing {
  inburgeraarId: string;
  gemeente: string;
  uitvoeringsorganisatie: string;
  occurredAt: string;
}

/**
 * Applies an assignment to the projection. Commutative and idempotent: the fact with the latest occurredAt decides the
 * organisation, whatever order EventBridge delivers them in. Returns undefined when nothing changes.
 */
export function pasToewijzingToe(staat: Staat | undefined, feit: Toewijzing): Staat | undefined {
  if (!staat) {
    return {
      inburgeraarId: feit.inburgeraarId,
      gemeente: feit.gemeente,
      uitvoeringsorganisatie: feit.uitvoeringsorganisatie,
      orgSinds: feit.occurredAt,
      versie: 1,
      toestemmingen: [],
    };
  }
  if (feit.occurredAt <= staat.orgSinds) return undefined;
  if (feit.uitvoeringsorganisatie === staat.uitvoeringsorganisatie) {
    return { ...staat, orgSinds: feit.occurredAt, versie: staat.versie + 1 };
  }
  return {
    ...staat,
    uitvoeringsorganisatie: feit.uitvoeringsorganisatie,
    orgSinds: feit.occurredAt,
    versie: staat.versie + 1,
  };
}

/** Records the afronding date (the earliest one reported wins). Returns undefined when nothing changes. */
export function pasAfrondingToe(staat: Staat, datum: string): Staat | undefined {
  if (staat.afgerondOp !== undefined && staat.afgerondOp <= datum) return undefined;
  return { ...staat, afgerondOp: datum, versie: staat.versie + 1 };
}
