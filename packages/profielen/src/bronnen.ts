import denHaag from '../data/bronnen/den-haag.json' with { type: 'json' };
import groningen from '../data/bronnen/groningen.json' with { type: 'json' };
import heerenveen from '../data/bronnen/heerenveen.json' with { type: 'json' };
import roermond from '../data/bronnen/roermond.json' with { type: 'json' };
import rotterdam from '../data/bronnen/rotterdam.json' with { type: 'json' };
import tholen from '../data/bronnen/tholen.json' with { type: 'json' };
import woerden from '../data/bronnen/woerden.json' with { type: 'json' };
import zaffier from '../data/bronnen/zaffier.json' with { type: 'json' };
import { grondslagenVan } from './grondslag';
import { PROFIELEN, ProfielFout, type ProfielInstellingen, profielVan } from './profielen';
import { type Bron, PROFIEL_VELDEN, type ProfielMetBronnen, type ProfielVeld, profielSchemas } from './schema';

/**
 * Where each field of the shipped profiles comes from (data/bronnen/*.json, one file per case). Kept apart from the
 * profile data so that only the profile service and the tests carry the text of the sources.
 */
const BESTANDEN: readonly unknown[] = [denHaag, groningen, heerenveen, roermond, rotterdam, tholen, woerden, zaffier];

const bronVan = (invoer: string | { aanname: string }): Bron =>
  typeof invoer === 'string' ? { soort: 'rapport', sectie: invoer } : { soort: 'aanname', reden: invoer.aanname };

/** Validates the sources of one case: every profile field has one, and no source names an unknown field. */
export function leesBronnen(raw: unknown): { gemeenten: string[]; bronnen: Record<ProfielVeld, Bron> } {
  const parsed = profielSchemas().caseBronnen.safeParse(raw);
  if (!parsed.success) throw new ProfielFout(`invalid sources: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const { gemeenten, bronnen } = parsed.data;
  const zonderBron = PROFIEL_VELDEN.filter((v) => bronnen[v] === undefined);
  if (zonderBron.length > 0) throw new ProfielFout(`fields without a source: ${zonderBron.join(', ')}`);
  const overbodig = Object.keys(bronnen).filter((v) => !(PROFIEL_VELDEN as readonly string[]).includes(v));
  if (overbodig.length > 0) throw new ProfielFout(`sources of unknown fields: ${overbodig.join(', ')}`);
  const perVeld = Object.fromEntries(
    PROFIEL_VELDEN.map((v) => [v, bronVan(bronnen[v] as string | { aanname: string })]),
  ) as Record<ProfielVeld, Bron>;
  return { gemeenten, bronnen: perVeld };
}

/** The sources per CBS code; every gemeente with a profile has exactly one set. */
export const BRONNEN: ReadonlyMap<string, Record<ProfielVeld, Bron>> = (() => {
  const result = new Map<string, Record<ProfielVeld, Bron>>();
  for (const raw of BESTANDEN) {
    const { gemeenten, bronnen } = leesBronnen(raw);
    for (const cbs of gemeenten) {
      if (result.has(cbs)) throw new ProfielFout(`two sets of sources for ${cbs}`);
      result.set(cbs, bronnen);
    }
  }
  const zonder = [...PROFIELEN.keys()].filter((cbs) => !result.has(cbs));
  if (zonder.length > 0 || result.size !== PROFIELEN.size) {
    throw new ProfielFout(`sources do not match the profiles: ${zonder.join(', ')}`);
  }
  return result;
})();

const RAPPORT_CASES: Bron = { soort: 'rapport', sectie: '1.2.4' };

/**
 * The profile of a gemeente with the source of every field: the report's section, our assumption with its reason, or
 * the deployment that set it. Derived fields carry the source of the field they come from.
 */
export function profielMetBronnen(cbs: string, instellingen?: ProfielInstellingen): ProfielMetBronnen | undefined {
  const profiel = profielVan(cbs, instellingen);
  const bronnen = BRONNEN.get(cbs);
  if (!profiel || !bronnen) return undefined;
  const deployment = Object.fromEntries(
    Object.keys(instellingen?.profielen?.[cbs] ?? {}).map((veld) => [
      veld,
      { soort: 'deployment', deployment: instellingen?.naam ?? '' } satisfies Bron,
    ]),
  ) as Partial<Record<ProfielVeld, Bron>>;
  const alle = { ...bronnen, ...deployment };
  return {
    ...profiel,
    grondslagen: grondslagenVan(profiel),
    bronnen: {
      cbs: RAPPORT_CASES,
      naam: RAPPORT_CASES,
      samenwerkingsverband: RAPPORT_CASES,
      ...alle,
      uitvoeringsorganisatie: alle.doelgroepen,
      leefgebieden: alle.leefgebiedenModel,
      leefgebiedenGesloten: alle.leefgebiedenModel,
      planLeefgebieden: alle.planLeefgebiedenModel,
      planLeefgebiedenGesloten: alle.planLeefgebiedenModel,
      // Each ground names its own source (the Wi2021, the AVG, or the deployment's regeling); which doelgroep is
      // under art. 13 comes from the doelgroepen field.
      grondslagen: alle.doelgroepen,
    },
  };
}
