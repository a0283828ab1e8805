import { PERSOON_CONTEXTEN, type Verslagreden } from '@wegwijs/contracts';
import type { Aanvraag } from './persoon';

/** The contexts a verslag records: every context with personal data, then the archief's own record of the person. */
export const VERSLAG_CONTEXTEN = [...PERSOON_CONTEXTEN, 'archief'] as const;
export type VerslagContext = (typeof VERSLAG_CONTEXTEN)[number];

/**
 * A vernietigingsverslag: what was destroyed, why, by whose approval, and per context when it finished. No personal
 * data beyond the opaque id (API.md). Kept for ever (bewaartermijn `vernietigingsverslag`).
 */
export interface Verslag {
  verslagId: string;
  inburgeraarId: string;
  gemeente: string;
  reden: Verslagreden;
  goedgekeurdDoor?: string;
  aangevraagdOp: string;
  contexten: { context: VerslagContext; vernietigdOp?: string }[];
  voltooidOp?: string;
  /** The day the retained verwerkingenlog goes (fase `logboek`), and when it went. */
  logboekVanaf: string;
  logboekVernietigdOp?: string;
}

export const nieuwVerslag = (
  inburgeraarId: string,
  gemeente: string,
  aanvraag: Aanvraag,
  logboekVanaf: string,
): Verslag => ({
  verslagId: aanvraag.verslagId,
  inburgeraarId,
  gemeente,
  reden: aanvraag.reden,
  ...(aanvraag.goedgekeurdDoor ? { goedgekeurdDoor: aanvraag.goedgekeurdDoor } : {}),
  aangevraagdOp: aanvraag.aangevraagdOp,
  contexten: VERSLAG_CONTEXTEN.map((context) => ({ context })),
  logboekVanaf,
});

/** The contexts still to do, in order. */
export const openContexten = (v: Verslag): VerslagContext[] =>
  v.contexten.filter((c) => c.vernietigdOp === undefined).map((c) => c.context);

/** Records that a context finished (idempotent: the first time is kept). */
export function contextKlaar(v: Verslag, context: VerslagContext, op: string): Verslag {
  return {
    ...v,
    contexten: v.contexten.map((c) =>
      c.context === context && c.vernietigdOp === undefined ? { ...c, vernietigdOp: op } : c,
    ),
  };
}

/** Every context finished: the verslag is complete (the retained log goes later, at `logboekVanaf`). */
export const voltooid = (v: Verslag, op: string): Verslag =>
  v.voltooidOp || openContexten(v).length > 0 ? v : { ...v, voltooidOp: op };

/** When the archief must act on a verslag next: now while unfinished, else on `logboekVanaf`; never once all is done. */
export function volgendeActie(v: Verslag): string | undefined {
  if (!v.voltooidOp) return v.aangevraagdOp.slice(0, 10);
  if (!v.logboekVernietigdOp) return v.logboekVanaf;
  return undefined;
}
