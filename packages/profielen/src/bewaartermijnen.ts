import { RECORDSOORTEN, type Recordsoort } from '@wegwijs/contracts';
import * as z from 'zod/mini';

/**
 * Bewaartermijnen (issue 19): how long each kind of record is kept, from when, and on which source. Gemeenten destroy
 * records by the Selectielijst gemeenten en intergemeentelijke organen (Archiefwet art. 5) and the AVG (art. 5(1)(e)).
 * Where this build could not confirm the Selectielijst's category, the term is an `aanname` with its reason: the
 * gemeente's record manager confirms or replaces it in the deployment's configuration (`bewaartermijnen`).
 */
export { RECORDSOORTEN, type Recordsoort };

/** From when a term counts: the end of the traject, or the aanmelding for a traject that never started. */
export const TERMIJN_VANAF = ['einde-traject', 'aanmelding'] as const;

const bronSchema = () =>
  z
    .strictObject({
      selectielijst: z.optional(z.string().check(z.minLength(1))),
      aanname: z.optional(z.string().check(z.minLength(1))),
    })
    .check(
      z.refine((b) => (b.selectielijst === undefined) !== (b.aanname === undefined), {
        message: 'a bewaartermijn names either its Selectielijst category or an aanname with a reason',
      }),
    );

export const bewaartermijnSchema = () =>
  z
    .strictObject({
      jaren: z.optional(z.int().check(z.gte(0), z.lte(120))),
      maanden: z.optional(z.int().check(z.gte(0), z.lte(1440))),
      /** Kept for ever (the vernietigingsverslag). */
      blijvend: z.optional(z.literal(true)),
      vanaf: z.enum(TERMIJN_VANAF),
      bron: bronSchema(),
    })
    .check(
      z.refine((t) => (t.blijvend === true) !== (t.jaren !== undefined || t.maanden !== undefined), {
        message: 'a bewaartermijn has jaren and/or maanden, or is blijvend',
      }),
    );
export type Bewaartermijn = z.infer<ReturnType<typeof bewaartermijnSchema>>;
export type Bewaartermijnen = Record<Recordsoort, Bewaartermijn>;

const AVG = 'AVG art. 5(1)(e): no longer than needed for the purpose';
const MB = (wat: string) =>
  `${wat} of maatschappelijke begeleiding (Wi2021 art. 13): 5 years after the traject ends, so a complaint, bezwaar or ` +
  `a renewed aanmelding can be answered (${AVG}); Selectielijst 2020 category to be confirmed by the record manager`;

/** The shipped terms; a deployment replaces any of them (`bewaartermijnen` in its configuration). */
export const STANDAARD_BEWAARTERMIJNEN: Bewaartermijnen = {
  dossier: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('The aanmelding and its dates') } },
  traject: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('The traject') } },
  plan: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('The begeleidingsplan') } },
  contactmoment: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('Contactmomenten') } },
  meetmoment: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('Meetmomenten') } },
  rapportage: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('Voortgangsrapportages') } },
  signaal: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('Signalen to the sociaal domein') } },
  verwijzing: { jaren: 5, vanaf: 'einde-traject', bron: { aanname: MB('Verwijzingen') } },
  toestemming: {
    jaren: 5,
    vanaf: 'einde-traject',
    bron: {
      aanname: `Consents prove the ground of what was shared: kept as long as the records shared on them (${AVG})`,
    },
  },
  verwerkingenlog: {
    jaren: 7,
    vanaf: 'einde-traject',
    bron: {
      aanname:
        'The verwerkingenlog outlives the records by two years, so the person and the Autoriteit Persoonsgegevens can ' +
        'still see what was shared and that it was destroyed (AVG art. 5(2), accountability)',
    },
  },
  toegangslog: {
    jaren: 1,
    vanaf: 'einde-traject',
    bron: { aanname: 'Access logs serve security monitoring; one year covers the review cycle (BIO 12.4)' },
  },
  vernietigingsverslag: {
    blijvend: true,
    vanaf: 'einde-traject',
    bron: {
      aanname: 'The proof of destruction (Archiefwet art. 3, Archiefbesluit art. 8): kept, it holds no personal data',
    },
  },
};

/** What a deployment sets: any record kind's term, replacing the shipped one as a whole. */
export const bewaartermijnenOverrideSchema = () => z.partialRecord(z.enum(RECORDSOORTEN), bewaartermijnSchema());

/** The terms of a deployment: the shipped ones with the deployment's own in their place. */
export function bewaartermijnenVan(config: {
  bewaartermijnen?: Partial<Bewaartermijnen> | undefined;
}): Bewaartermijnen {
  return { ...STANDAARD_BEWAARTERMIJNEN, ...config.bewaartermijnen };
}

/** The records destroyed with a person's data (fase `gegevens`); the logs and the verslag have their own terms. */
export const GEGEVENS_SOORTEN: readonly Recordsoort[] = [
  'dossier',
  'traject',
  'plan',
  'contactmoment',
  'meetmoment',
  'rapportage',
  'signaal',
  'verwijzing',
  'toestemming',
];
