import {
  AFRONDINGSSOORTEN,
  CHECKLIST_CATEGORIEEN,
  cbsCode,
  code,
  DOELGROEPEN,
  FASEN,
  id,
  STARTMOMENTEN,
} from '@wegwijs/contracts';
import * as z from 'zod/mini';

export const LEEFGEBIEDEN_MODELLEN = ['vwn', 'vwn-woerden', 'inova'] as const;

const nummer = () => z.number().check(z.gte(0));
const geheel = () => z.int().check(z.gte(0));

/** One case of the report as stored in data/cases/*.json: a gemeente, or a samenwerkingsverband sharing one profile. */
export const caseSchema = z.strictObject({
  samenwerkingsverband: z.optional(z.string()),
  gemeenten: z.array(z.strictObject({ cbs: cbsCode(), naam: z.string() })).check(z.minLength(1)),
  uitvoering: z.enum(['uitbesteed', 'gemeente']),
  doelgroepen: z
    .array(
      z.strictObject({ doelgroep: z.enum(DOELGROEPEN), uitvoeringsorganisatie: id(), aanbod: z.optional(z.string()) }),
    )
    .check(z.minLength(1)),
  looptijdMaanden: z.int().check(z.gte(1), z.lte(60)),
  startmoment: z.enum(STARTMOMENTEN),
  opstartfase: z.strictObject({
    duurMaanden: z.tuple([nummer(), nummer()]),
    afspraakIntervalDagen: z.int().check(z.gte(1)),
    frequentie: z.string(),
    uitvoerder: z.string(),
  }),
  fasen: z.array(z.enum(FASEN)).check(z.minLength(3)),
  begeleidingsplan: z.boolean(),
  leefgebiedenModel: z.nullable(z.enum(LEEFGEBIEDEN_MODELLEN)),
  meetmomentenNaMaanden: z.array(z.int().check(z.gte(1))),
  checklist: z.strictObject({
    extra: z.array(code()),
    nareizigerVariant: z.boolean(),
    inhuizingsdag: z.array(code()),
  }),
  verlenging: z.nullable(z.strictObject({ maanden: z.int().check(z.gte(1)), maxAantal: z.int().check(z.gte(1)) })),
  spreekuur: z.string(),
  bellijst: z.nullable(z.strictObject({ intervalMaanden: z.int().check(z.gte(1)) })),
  maxDagenZonderContact: z.nullable(z.int().check(z.gte(1))),
  afronding: z.strictObject({
    soorten: z.array(z.enum(AFRONDINGSSOORTEN)).check(z.minLength(1)),
    schriftelijkeOverdracht: z.boolean(),
    omschrijving: z.string(),
  }),
  casuistiekoverleg: z.nullable(z.strictObject({ frequentie: z.string(), deelnemers: z.array(z.string()) })),
  capaciteit: z.strictObject({ betaaldeKrachten: z.nullable(geheel()), vrijwilligers: z.nullable(geheel()) }),
});
export type Case = z.infer<typeof caseSchema>;

export const checklistItemSchema = z.object({ item: code(), categorie: z.enum(CHECKLIST_CATEGORIEEN) });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** The resolved MB profile of one gemeente, as `GET /v1/gemeenten/{cbs}/profiel` answers it. */
export type Profiel = Omit<Case, 'gemeenten' | 'checklist' | 'samenwerkingsverband'> & {
  cbs: string;
  naam: string;
  samenwerkingsverband: string | null;
  /** The default uitvoeringsorganisatie (that of asielstatushouders). */
  uitvoeringsorganisatie: string;
  leefgebieden: string[];
  checklist: {
    standaard: ChecklistItem[];
    nareiziger: ChecklistItem[] | null;
    inhuizingsdag: string[];
  };
};
