import { CATEGORIE_REGELS, type ChecklistCategorie, type Doelgroep } from '@wegwijs/contracts';
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
import {
  type Case,
  type DoelgroepProfiel,
  type LeefgebiedenModelNaam,
  PROFIEL_VELDEN,
  type Profiel,
  type ProfielChecklistItem,
  type ProfielVelden,
  profielSchemas,
} from './schema';

/** Items a gemeente has only when its profile names them (report 4.1.3, 4.1.4: not every gemeente offers these). */
const EIGEN_ITEMS = new Set(catalogus.eigen);

const CATALOGUS = (['HV', 'FIN', 'INS', 'VL'] as const).flatMap((categorie: ChecklistCategorie) =>
  catalogus[categorie].map((item) => ({ item, categorie })),
);

export class ProfielFout extends Error {}

/** The facts of one gemeente before resolution: the profile fields (their sources live in data/bronnen). */
export interface GemeenteFeiten {
  cbs: string;
  naam: string;
  samenwerkingsverband: string | null;
  velden: ProfielVelden;
}

function controleer(velden: ProfielVelden): void {
  const { checklist } = velden;
  const onbekend = [...checklist.extra, ...checklist.inhuizingsdag, ...checklist.doorGemeente].filter(
    (item) => !CATALOGUS.some((k) => k.item === item),
  );
  if (onbekend.length > 0) throw new ProfielFout(`unknown checklist items: ${onbekend.join(', ')}`);
  if (velden.begeleidingsplan && (velden.leefgebiedenModel === null || velden.planLeefgebiedenModel === null)) {
    throw new ProfielFout('a begeleidingsplan needs a leefgebieden model for its scores and for the plan');
  }
  if (velden.fasen.includes('afrondingsfase') !== (velden.afrondingsfase !== null)) {
    throw new ProfielFout('an afrondingsfase in fasen needs its length, and only then');
  }
  for (const d of velden.doelgroepen) {
    if (!d.andereGrondslag) continue;
    if (d.mbPlichtWi2021) throw new ProfielFout(`${d.doelgroep}: andereGrondslag only for a doelgroep outside art. 13`);
    const nietWettelijk = d.andereGrondslag.categorieen.filter(
      (c) => CATEGORIE_REGELS[c].grondslag !== 'wettelijke-taak',
    );
    if (nietWettelijk.length > 0) {
      throw new ProfielFout(
        `${d.doelgroep}: andereGrondslag for categories shared on consent: ${nietWettelijk.join(', ')}`,
      );
    }
  }
  const codes = velden.groepsaanbod.map((g) => g.code);
  if (new Set(codes).size !== codes.length) throw new ProfielFout('groepsaanbod: every code once');
  for (const d of velden.doelgroepen) {
    const buiten = (d.aanbod?.workshopNaarKeuze ?? []).filter(
      (w) => !velden.groepsaanbod.some((g) => g.code === w && (!g.doelgroepen || g.doelgroepen.includes(d.doelgroep))),
    );
    if (buiten.length > 0) {
      throw new ProfielFout(`${d.doelgroep}: workshops of choice not in the groepsaanbod: ${buiten.join(', ')}`);
    }
  }
  if (!velden.doelgroepen.some((d) => d.doelgroep === 'asielstatushouder')) {
    throw new ProfielFout('every gemeente guides asielstatushouders (Wi2021 art. 13)');
  }
}

/** The facts of the gemeenten of one case (a samenwerkingsverband shares its fields). */
function feitenVan(c: Case): GemeenteFeiten[] {
  const { gemeenten, samenwerkingsverband, ...velden } = c;
  return gemeenten.map((g) => ({
    cbs: g.cbs,
    naam: g.naam,
    samenwerkingsverband: samenwerkingsverband ?? null,
    velden,
  }));
}

/** Validates one case of the report into the facts of its gemeenten. Throws on invalid data. */
export function leesCase(raw: unknown): GemeenteFeiten[] {
  const parsed = profielSchemas().case.safeParse(raw);
  if (!parsed.success) {
    throw new ProfielFout(`invalid gemeente profile: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  controleer(parsed.data);
  return feitenVan(parsed.data);
}

const zonderHuisvesting = (items: readonly ProfielChecklistItem[]) => items.filter((k) => k.categorie !== 'HV');

/** Builds the profile the services and the API use from the facts of one gemeente. */
export function bouwProfiel(f: GemeenteFeiten): Profiel {
  const { velden } = f;
  const doorGemeente = new Set(velden.checklist.doorGemeente);
  const standaard: ProfielChecklistItem[] = CATALOGUS.filter(
    (k) => !EIGEN_ITEMS.has(k.item) || velden.checklist.extra.includes(k.item),
  ).map((k) => ({ ...k, uitvoerder: doorGemeente.has(k.item) ? 'gemeente' : 'uitvoeringsorganisatie' }));
  const model = velden.leefgebiedenModel ? modellen[velden.leefgebiedenModel] : undefined;
  const planModel = velden.planLeefgebiedenModel ? modellen[velden.planLeefgebiedenModel] : undefined;
  const standaardDoelgroep = velden.doelgroepen.find((d) => d.doelgroep === 'asielstatushouder');
  return {
    cbs: f.cbs,
    naam: f.naam,
    samenwerkingsverband: f.samenwerkingsverband,
    ...velden,
    uitvoeringsorganisatie: standaardDoelgroep?.uitvoeringsorganisatie ?? '',
    leefgebieden: model ? [...model.leefgebieden] : [],
    leefgebiedenGesloten: model?.gesloten ?? true,
    planLeefgebieden: planModel ? [...planModel.leefgebieden] : [],
    planLeefgebiedenGesloten: planModel?.gesloten ?? true,
    checklist: {
      standaard,
      zonderHuisvesting: zonderHuisvesting(standaard),
      inhuizingsdag: [...velden.checklist.inhuizingsdag],
      doorGemeente: [...velden.checklist.doorGemeente],
    },
  };
}

/** The eight cases of the report as shipped. */
export const CASES: readonly unknown[] = [
  denHaag,
  groningen,
  heerenveen,
  roermond,
  rotterdam,
  tholen,
  woerden,
  zaffier,
];

/**
 * Validates every shipped case (schema and cross-field rules); throws on the first invalid one. This runs at build
 * time (the bundle step and the profielen tests), not at load: a function's cold start only reads the checked data.
 */
export const valideerCases = (): GemeenteFeiten[] => CASES.flatMap(leesCase);

/**
 * The facts of the thirteen gemeenten of the report's eight cases. The shipped JSON is validated at build time
 * (`valideerCases`), so loading it does not parse it again. The schema has no defaults or transforms, so the parsed
 * data is the JSON itself.
 */
export const FEITEN: ReadonlyMap<string, GemeenteFeiten> = new Map(
  (CASES as readonly Case[]).flatMap(feitenVan).map((f) => [f.cbs, f] as const),
);

/** The MB profiles of the thirteen gemeenten as shipped (without a deployment's overrides). */
export const PROFIELEN: ReadonlyMap<string, Profiel> = new Map(
  [...FEITEN.values()].map((f) => [f.cbs, bouwProfiel(f)] as const),
);

/** What a deployment overrides, per gemeente: any profile field, replaced as a whole. */
export type ProfielOverrides = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * The facts of a gemeente with a deployment's overrides applied: each overridden field is validated and replaced as a
 * whole (its source becomes the deployment, see bronnen.ts). Throws on an unknown field or an invalid value.
 */
export function metOverrides(
  f: GemeenteFeiten,
  overrides: Readonly<Record<string, unknown>>,
  deployment: string,
): GemeenteFeiten {
  const velden: Record<string, unknown> = { ...f.velden };
  for (const [veld, waarde] of Object.entries(overrides)) {
    if (!(PROFIEL_VELDEN as readonly string[]).includes(veld)) {
      throw new ProfielFout(`deployment ${deployment}: ${f.cbs} has no profile field ${veld}`);
    }
    velden[veld] = waarde;
  }
  const parsed = profielSchemas().profielVelden.safeParse(velden);
  if (!parsed.success) {
    throw new ProfielFout(
      `deployment ${deployment}: invalid override for ${f.cbs}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`,
    );
  }
  controleer(parsed.data);
  return { ...f, velden: parsed.data };
}

/** A deployment's profile settings: its name and its overrides per CBS code. */
export interface ProfielInstellingen {
  naam: string;
  profielen?: ProfielOverrides | undefined;
}

const cache = new WeakMap<object, Map<string, Profiel>>();

/**
 * The profiles of a deployment: the shipped ones with the deployment's overrides. Computed once per config object.
 */
export function profielenVan(instellingen: ProfielInstellingen): ReadonlyMap<string, Profiel> {
  const bekend = cache.get(instellingen);
  if (bekend) return bekend;
  const overrides = instellingen.profielen ?? {};
  const result = new Map(PROFIELEN);
  for (const [cbs, velden] of Object.entries(overrides)) {
    const feiten = FEITEN.get(cbs);
    if (!feiten) throw new ProfielFout(`deployment ${instellingen.naam}: no MB profile for gemeente ${cbs}`);
    result.set(cbs, bouwProfiel(metOverrides(feiten, velden, instellingen.naam)));
  }
  cache.set(instellingen, result);
  return result;
}

let uitOmgeving: { raw: string | undefined; instellingen: ProfielInstellingen | null } | undefined;

/**
 * The deployment's profile settings from `WEGWIJS_CONFIG` (every function of a stack, and every local worker, gets
 * it), parsed once per value; none where it is not set (domain tests).
 */
function instellingenUitOmgeving(): ProfielInstellingen | null {
  const raw = process.env.WEGWIJS_CONFIG;
  if (uitOmgeving && uitOmgeving.raw === raw) return uitOmgeving.instellingen;
  const config = raw ? (JSON.parse(raw) as Partial<ProfielInstellingen>) : undefined;
  const instellingen = config?.profielen ? { naam: config.naam ?? 'onbekend', profielen: config.profielen } : null;
  uitOmgeving = { raw, instellingen };
  return instellingen;
}

/**
 * The MB profile of a gemeente in this deployment: the shipped profile with the deployment's overrides (from the
 * given settings, else from the function's environment).
 */
export function profielVan(cbs: string, instellingen?: ProfielInstellingen): Profiel | undefined {
  const i = instellingen ?? instellingenUitOmgeving();
  return i ? profielenVan(i).get(cbs) : PROFIELEN.get(cbs);
}

/** The doelgroep as the profile guides it, or undefined where the gemeente does not. */
export const doelgroepVan = (profiel: Profiel, doelgroep: Doelgroep): DoelgroepProfiel | undefined =>
  profiel.doelgroepen.find((d) => d.doelgroep === doelgroep);

/** The checklist of the opstartfase for a doelgroep: without HV items where the profile says so. */
export function checklistVoor(profiel: Profiel, doelgroep: Doelgroep): ProfielChecklistItem[] {
  return doelgroepVan(profiel, doelgroep)?.checklist === 'zonder-huisvesting'
    ? profiel.checklist.zonderHuisvesting
    : profiel.checklist.standaard;
}

/**
 * The uitvoeringsorganisatie that the profile assigns to a doelgroep: undefined where the gemeente does not serve it,
 * null where the deployment has not configured the one the report leaves unnamed.
 */
export const uitvoeringsorganisatieVoor = (profiel: Profiel, doelgroep: Doelgroep): string | null | undefined =>
  doelgroepVan(profiel, doelgroep)?.uitvoeringsorganisatie;

export const leefgebiedenModel = (naam: LeefgebiedenModelNaam): readonly string[] => modellen[naam].leefgebieden;

/** An override that gives one doelgroep of a gemeente its uitvoeringsorganisatie (Rotterdam's gezinsmigranten). */
export function organisatieVoorDoelgroep(cbs: string, doelgroep: Doelgroep, organisatie: string) {
  const profiel = PROFIELEN.get(cbs);
  if (!profiel) throw new ProfielFout(`no MB profile for gemeente ${cbs}`);
  return {
    doelgroepen: profiel.doelgroepen.map((d) =>
      d.doelgroep === doelgroep ? { ...d, uitvoeringsorganisatie: organisatie } : d,
    ),
  };
}
