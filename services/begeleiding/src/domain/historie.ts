import {
  type ContactmomentBody,
  contactmomentBody,
  type HistorieVerzoek,
  MAX_BATCH_EVENT_BYTES,
  MAX_HISTORIE_ITEMS,
  type MeetmomentBody,
  meetmomentBody,
} from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import type * as z from 'zod/mini';
import { IN_PERSOON } from './afspraken';
import { laatste } from './datum';
import { controleerScores, Regelfout, vereisNietInToekomst } from './regels';
import type { Traject } from './traject';

/**
 * The bulk path of a migration (`POST /v1/inburgeraars/{id}/historie`): a person's historic contactmomenten and
 * meetmomenten in one request, each item held to exactly the rules of its single POST, at most MAX_HISTORIE_ITEMS.
 */
export interface Historie {
  contactmomenten: ContactmomentBody[];
  meetmomenten: MeetmomentBody[];
}

/** How many items a request holds (the bound is checked before any item is looked at: 413 above it). */
export const aantalItems = (v: HistorieVerzoek) => (v.contactmomenten?.length ?? 0) + (v.meetmomenten?.length ?? 0);

export const teVeelItems = (v: HistorieVerzoek) => aantalItems(v) > MAX_HISTORIE_ITEMS;

/** A rule of one item broken: the same refusal as its single POST, its fields prefixed with the item's place. */
function opPlek<T>(plek: string, controleer: () => T): T {
  try {
    return controleer();
  } catch (e) {
    if (!(e instanceof Regelfout)) throw e;
    const velden = e.velden.length > 0 ? e.velden : [{ path: '', message: e.detail }];
    throw new Regelfout(
      e.soort,
      e.slug,
      `${plek}: ${e.detail}`,
      velden.map((v) => ({ path: v.path ? `${plek}.${v.path}` : plek, message: v.message })),
    );
  }
}

function parse<T>(schema: z.ZodMiniType<T>, item: unknown, plek: string): T {
  const r = schema.safeParse(item);
  if (r.success) return r.data;
  throw new Regelfout(
    'regel',
    'historie-item-ongeldig',
    `${plek} is not valid as the single POST of it would be.`,
    r.error.issues.map((i) => ({
      path: [plek, ...i.path.map(String)].join('.'),
      message: i.message,
    })),
  );
}

/**
 * Every item checked as its single POST checks it: the schema, the scores against the gemeente's leefgebieden, no
 * date in the future. The first broken item refuses the whole request (422, naming it as `contactmomenten[3]`), so a
 * migration stores all of a request or nothing. An empty request is 422 too.
 */
export function controleerHistorie(v: HistorieVerzoek, profiel: Profiel, vandaag: string): Historie {
  if (aantalItems(v) === 0) {
    throw new Regelfout('regel', 'historie-leeg', 'The request holds no contactmomenten and no meetmomenten.');
  }
  const contactmomenten = (v.contactmomenten ?? []).map((item, i) => {
    const plek = `contactmomenten[${i}]`;
    const c = parse<ContactmomentBody>(contactmomentBody, item, plek);
    opPlek(plek, () => vereisNietInToekomst(c.datum, vandaag));
    return c;
  });
  const meetmomenten = (v.meetmomenten ?? []).map((item, i) => {
    const plek = `meetmomenten[${i}]`;
    const m = parse<MeetmomentBody>(meetmomentBody, item, plek);
    opPlek(plek, () => controleerScores(profiel, m.scores));
    opPlek(plek, () => vereisNietInToekomst(m.datum, vandaag));
    return m;
  });
  return { contactmomenten, meetmomenten };
}

/** What the items change on the traject itself, as their single POSTs would: last contact, seen, meetmoment dates. */
export function metHistorie(t: Traject, h: Historie): Traject {
  let { laatsteContact, laatstGezien } = t;
  for (const c of h.contactmomenten) {
    laatsteContact = laatste(laatsteContact, c.datum);
    if (IN_PERSOON.has(c.vorm)) laatstGezien = laatste(laatstGezien, c.datum);
  }
  const meetmomentDatums = [...new Set([...t.meetmomentDatums, ...h.meetmomenten.map((m) => m.datum)])].sort();
  return {
    ...t,
    ...(laatsteContact ? { laatsteContact } : {}),
    ...(laatstGezien ? { laatstGezien } : {}),
    meetmomentDatums,
  };
}

/**
 * The items of one batch event, in parts of at most `maxBytes` of JSON each (EventBridge takes 256 KB per entry and
 * per PutEvents request; the parts leave room for the meta): usually one part, since a request body is at most 256 KB.
 */
export function inDelen<T>(items: readonly T[], maxBytes = MAX_BATCH_EVENT_BYTES): T[][] {
  const delen: T[][] = [];
  let huidig: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const grootte = new TextEncoder().encode(JSON.stringify(item)).length + 1;
    if (huidig.length > 0 && bytes + grootte > maxBytes) {
      delen.push(huidig);
      huidig = [];
      bytes = 0;
    }
    huidig.push(item);
    bytes += grootte;
  }
  if (huidig.length > 0) delen.push(huidig);
  return delen;
}
