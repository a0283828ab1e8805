import type { ChecklistCategorie, Doelgroep } from '@wegwijs/contracts';
import denHaag from '../data/cases/den-haag.json' with { type: 'json' };
import groningen from '../data/cases/groningen.json' with { type: 'json' };
import heerenveen from '../data/cases/heerenveen.json' with { type: 'json' };
import roermond from '../data/cases/roermond.json' with { type: 'json' };
import rotterdam from '../data/cases/rotterdam.json' with { type: 'json' };
import tholen from '../data/cases/tholen.json' with { type: 'json' };
import woerden from '../data/cases/woerden.json' with { type: 'json' };
import zaffier from '../data/cases/zaffier.json' with { type: 'json' };
import catalogus from '../data/checklist.json' with { type: 'json' };
import modellen from '../data/leefgebieden.json' with { type: 'json' };
import { type Case, type ChecklistItem, caseSchema, type LEEFGEBIEDEN_MODELLEN, type Profiel } from './schema';

/** Items every gemeente has only when its profile names them (report 4.1.3: not every gemeente offers these). */
const OPTIONELE_ITEMS = new Set(['voedselbank', 'groepsvoorlichting', 'sociale-kaart']);

const CATALOGUS: ChecklistItem[] = (['HV', 'FIN', 'INS', 'VL'] as const).flatMap((categorie: ChecklistCategorie) =>
  catalogus[categorie].map((item) => ({ item, categorie })),
);

export class ProfielFout extends Error {}

/** Resolves and validates one case of the report into the profiles of its gemeenten. Throws on invalid data. */
export function resolveCase(raw: unknown): Profiel[] {
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProfielFout(`invalid gemeente profile: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  const c: Case = parsed.data;
  const onbekend = [...c.checklist.extra, ...c.checklist.inhuizingsdag].filter(
    (item) => !CATALOGUS.some((k) => k.item === item),
  );
  if (onbekend.length > 0) throw new ProfielFout(`unknown checklist items: ${onbekend.join(', ')}`);
  if (c.begeleidingsplan && c.leefgebiedenModel === null) {
    throw new ProfielFout('a begeleidingsplan needs a leefgebieden model');
  }
  const standaard = CATALOGUS.filter((k) => !OPTIONELE_ITEMS.has(k.item) || c.checklist.extra.includes(k.item));
  const standaardDoelgroep = c.doelgroepen.find((d) => d.doelgroep === 'asielstatushouder') ?? c.doelgroepen[0];
  const { gemeenten, checklist, samenwerkingsverband, ...rest } = c;
  return gemeenten.map((g) => ({
    cbs: g.cbs,
    naam: g.naam,
    samenwerkingsverband: samenwerkingsverband ?? null,
    ...rest,
    uitvoeringsorganisatie: standaardDoelgroep?.uitvoeringsorganisatie ?? '',
    leefgebieden: c.leefgebiedenModel ? [...modellen[c.leefgebiedenModel]] : [],
    checklist: {
      standaard,
      nareiziger: checklist.nareizigerVariant ? standaard.filter((k) => k.categorie !== 'HV') : null,
      inhuizingsdag: checklist.inhuizingsdag,
    },
  }));
}

const CASES: readonly unknown[] = [denHaag, groningen, heerenveen, roermond, rotterdam, tholen, woerden, zaffier];

/** The MB profiles of the thirteen gemeenten of the report's eight cases, validated at load time. */
export const PROFIELEN: ReadonlyMap<string, Profiel> = new Map(
  CASES.flatMap(resolveCase).map((p) => [p.cbs, p] as const),
);

export const profielVan = (cbs: string): Profiel | undefined => PROFIELEN.get(cbs);

/** The checklist of the opstartfase for a doelgroep: a nareiziger variant where the profile keeps one. */
export function checklistVoor(profiel: Profiel, doelgroep: Doelgroep): ChecklistItem[] {
  if (doelgroep === 'nareiziger' && profiel.checklist.nareiziger) return profiel.checklist.nareiziger;
  return profiel.checklist.standaard;
}

/** The uitvoeringsorganisatie that the profile assigns to a doelgroep, or undefined where the gemeente does not serve it. */
export const uitvoeringsorganisatieVoor = (profiel: Profiel, doelgroep: Doelgroep): string | undefined =>
  profiel.doelgroepen.find((d) => d.doelgroep === doelgroep)?.uitvoeringsorganisatie;

export const leefgebiedenModel = (naam: (typeof LEEFGEBIEDEN_MODELLEN)[number]): readonly string[] => modellen[naam];
