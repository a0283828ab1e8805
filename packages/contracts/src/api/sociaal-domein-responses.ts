import * as z from 'zod/mini';
import { GRONDSLAGEN } from '../categorieen';
import { TERUGWIJZING_REDENCODES, VERWIJZING_PARTNERS, VERWIJZING_STATUSSEN, VRAAG_ONDERWERPEN } from '../codes';
import { datum, tijdstip } from '../primitives';
import { beschrijft, pagina, volgende } from './lijst-responses';
import { CASUISTIEK_VERVOLGEN, type VraagWeergave } from './sociaal-domein';

export const signaalResponse = z.object({ signaalId: z.string() });
export const verwijzingAangemaaktResponse = z.object({ verwijzingId: z.string() });

/** One referral as `GET /v1/inburgeraars/{id}/verwijzingen` lists it; the fields after `redenCode` are the organisation's. */
export const verwijzingWeergave = z.object({
  verwijzingId: z.string(),
  naar: z.enum(VERWIJZING_PARTNERS),
  status: z.enum(VERWIJZING_STATUSSEN),
  datum: datum(),
  grondslag: z.enum(GRONDSLAGEN),
  bijgewerktOp: tijdstip(),
  redenCode: z.optional(z.enum(TERUGWIJZING_REDENCODES)),
  toelichting: z.optional(z.string()),
  signaalId: z.optional(z.string()),
  toestemmingId: z.optional(z.string()),
  reden: z.optional(z.string()),
  uitOverdracht: z.optional(z.string()),
  overgedragenIn: z.optional(z.string()),
});
export type VerwijzingWeergave = z.infer<typeof verwijzingWeergave>;
export const verwijzingenResponse = pagina(verwijzingWeergave);

/** Acceptatie, terugwijzing and afronding of a referral. */
export const verwijzingStapResponse = z.object({ verwijzingId: z.string(), status: z.enum(VERWIJZING_STATUSSEN) });

const overdrachtSoort = z.enum(['signaal', 'verwijzing']);
export const warmeOverdrachtResponse = z.object({
  overdrachtId: z.string(),
  naar: z.enum(VERWIJZING_PARTNERS),
  datum: datum(),
  overgedragen: z.array(z.object({ soort: overdrachtSoort, id: z.string(), verwijzingId: z.string() })),
  nietOvergedragen: z.array(
    z.object({
      soort: overdrachtSoort,
      id: z.string(),
      reden: z.enum(['toestemming-vereist', 'beslispunt-onbereikbaar']),
    }),
  ),
});
export type WarmeOverdrachtResponse = z.infer<typeof warmeOverdrachtResponse>;

export const agendapuntResponse = z.object({ agendapuntId: z.string(), inburgeraarId: z.string(), datum: datum() });

/** One case on the agenda: the vraag only where consent allows it, `afgeschermd` where it does not. */
export const agendapuntWeergave = z.object({
  agendapuntId: z.string(),
  inburgeraarId: z.string(),
  datum: datum(),
  vraag: z.optional(z.string()),
  afgeschermd: z.boolean(),
  uitkomst: z.optional(
    z.object({
      vervolg: z.enum(CASUISTIEK_VERVOLGEN),
      opgeschaaldNaar: z.optional(z.enum(VERWIJZING_PARTNERS)),
      vastgelegdOp: tijdstip(),
    }),
  ),
});

/** `GET /v1/casuistiekoverleg/{cbs}/agenda`. */
export const agendaResponse = z.object({ gemeente: z.string(), items: z.array(agendapuntWeergave), volgende });
export type AgendaResponse = z.infer<typeof agendaResponse>;

/**
 * One question of the consulent to the begeleider. `antwoord.tekst` is for the assigned organisation only: the
 * gemeente sees that an answer exists (`antwoordId`, `beantwoordOp`) and reads its content in `GET .../voortgang`
 * (bronId = antwoordId, categorie vraag-antwoord) where the broker shared it under the inburgeraar's consent.
 */
export const vraagWeergave = beschrijft<VraagWeergave>()(
  z.object({
    vraagId: z.string(),
    onderwerp: z.enum(VRAAG_ONDERWERPEN),
    vraag: z.string(),
    gesteldOp: tijdstip(),
    gesteldDoor: z.string(),
    status: z.enum(['open', 'beantwoord']),
    antwoord: z.optional(
      z.object({
        antwoordId: z.string(),
        beantwoordOp: tijdstip(),
        beantwoordDoor: z.optional(z.string()),
        tekst: z.optional(z.string()),
      }),
    ),
  }),
);
export const vragenResponse = pagina(vraagWeergave);
