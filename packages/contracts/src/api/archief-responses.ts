import * as z from 'zod/mini';
import { datum, id, tijdstip } from '../primitives';
import { VERSLAGREDENEN } from './archief';
import { pagina } from './lijst-responses';

const bron = z.object({ soort: z.string(), selectielijst: z.optional(z.string()), aanname: z.optional(z.string()) });

export const vernietigingslijstItem = z.object({
  inburgeraarId: id(),
  einddatum: datum(),
  vernietigenVanaf: datum(),
  bron,
});
export const vernietigingslijstResponse = pagina(vernietigingslijstItem);
export const verslagIdResponse = z.object({ verslagId: id() });
export const uitstelResponse = z.object({ inburgeraarId: id(), tot: datum(), reden: z.string() });
export const vernietigingsverslag = z.object({
  verslagId: id(),
  inburgeraarId: id(),
  reden: z.enum(VERSLAGREDENEN),
  goedgekeurdDoor: z.optional(z.string()),
  aangevraagdOp: tijdstip(),
  contexten: z.array(z.object({ context: z.string(), vernietigdOp: z.optional(tijdstip()) })),
  voltooidOp: z.optional(tijdstip()),
});
export const vernietigingsverslagenResponse = pagina(vernietigingsverslag);
