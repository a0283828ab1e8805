import * as z from 'zod/mini';
import { CATEGORIEEN } from '../categorieen';
import { cbsCode, id, padId, tijdstip } from '../primitives';
import { pagina, paginaQuerySchema } from './lijst-responses';

/** The channels a partner system can subscribe to (API.md "Abonnementen"). */
export const KANALEN = ['aanmeldingen', 'traject', 'voortgang', 'verwijzingen', 'toestemmingen', 'vragen'] as const;
export type Kanaal = (typeof KANALEN)[number];

export const abonnementFilters = z.strictObject({
  gemeente: z.optional(cbsCode()),
  categorie: z.optional(z.enum(CATEGORIEEN)),
});
export type AbonnementFilters = z.infer<typeof abonnementFilters>;

/** `POST /v1/abonnementen`. The secret signs every notification; it is never returned. */
export const abonnementBody = z.strictObject({
  callbackUrl: z.string().check(z.minLength(1), z.maxLength(2000)),
  kanalen: z.array(z.enum(KANALEN)).check(z.minLength(1), z.maxLength(KANALEN.length)),
  filters: z.optional(abonnementFilters),
  geheim: z.string().check(z.minLength(16, 'must be at least 16 characters'), z.maxLength(512)),
});
export type AbonnementBody = z.infer<typeof abonnementBody>;

export const abonnementParams = z.strictObject({ id: padId() });
export const afleveringParams = z.strictObject({ id: padId(), notificatieId: padId() });
export const abonnementenQuery = paginaQuerySchema;

export const abonnementWeergave = z.strictObject({
  abonnementId: id(),
  callbackUrl: z.string(),
  kanalen: z.array(z.enum(KANALEN)),
  filters: abonnementFilters,
  aangemaaktOp: tijdstip(),
});
export type AbonnementWeergave = z.infer<typeof abonnementWeergave>;
export const abonnementenResponse = pagina(abonnementWeergave);

export const AFLEVERING_STATUSSEN = ['afgeleverd', 'bezig', 'mislukt'] as const;
export type AfleveringStatus = (typeof AFLEVERING_STATUSSEN)[number];

export const afleveringWeergave = z.strictObject({
  notificatieId: id(),
  kanaal: z.enum(KANALEN),
  aangemaaktOp: tijdstip(),
  status: z.enum(AFLEVERING_STATUSSEN),
  pogingen: z.number().check(z.int()),
  laatstePoging: z.optional(tijdstip()),
});
export const afleveringenResponse = pagina(afleveringWeergave);
export const opnieuwResponse = z.strictObject({ notificatieId: id(), status: z.enum(AFLEVERING_STATUSSEN) });

/** The body POSTed to a callback: names the resource, never personal data. */
export const notificatieSchema = z.strictObject({
  notificatieId: id(),
  kanaal: z.enum(KANALEN),
  actie: z.string(),
  resourceUrl: z.string(),
  hoofdObject: z.string(),
  aangemaaktOp: tijdstip(),
  kenmerken: z.strictObject({ gemeente: cbsCode(), categorie: z.optional(z.enum(CATEGORIEEN)) }),
});
export type Notificatie = z.infer<typeof notificatieSchema>;
