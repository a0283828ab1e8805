import type {
  BegeleiderRol,
  BegeleiderSoort,
  Dienstverband,
  Fase,
  ToewijzingReden,
  ToewijzingWeergave,
} from '@wegwijs/contracts';
import { Regelfout } from './regels';

/** One assignment of a begeleider to a traject, in a rol (report 4.1, 4.2). Active while it has no `tot`. */
export type Toewijzing = ToewijzingWeergave;

/** What the toewijzingen are read from: the history, or the single begeleider of trajecten stored before it. */
export interface MetBegeleiders {
  begeleiders?: Toewijzing[];
  begeleider?: { begeleiderId: string; soort: BegeleiderSoort; sinds: string };
}

/** The rollen that carry the begeleiding after the opstartfase; the others belong to the first weeks. */
export const VASTE_ROLLEN: readonly BegeleiderRol[] = ['vast', 'maatje', 'buitendienst'];

/** The legacy `soort` of `PUT .../begeleider` as a rol and dienstverband (a maatje is a volunteer). */
export const uitSoort = (soort: BegeleiderSoort): { rol: BegeleiderRol; dienstverband: Dienstverband } =>
  soort === 'maatje'
    ? { rol: 'maatje', dienstverband: 'vrijwilliger' }
    : { rol: 'vast', dienstverband: soort === 'betaald' ? 'betaald' : 'vrijwilliger' };

/** A toewijzing as the legacy `soort`: maatje for a maatje, otherwise paid or volunteer. */
export const soortVan = (t: Pick<Toewijzing, 'rol' | 'dienstverband'>): BegeleiderSoort =>
  t.rol === 'maatje' ? 'maatje' : t.dienstverband;

/** Every toewijzing of a traject, oldest first; a traject stored before the history has its one begeleider. */
export function toewijzingenVan(t: MetBegeleiders): Toewijzing[] {
  if (t.begeleiders) return t.begeleiders;
  if (!t.begeleider) return [];
  const { begeleiderId, soort, sinds } = t.begeleider;
  return [{ toewijzingId: `${begeleiderId}-${sinds}`, begeleiderId, ...uitSoort(soort), van: sinds }];
}

export const actieveToewijzingen = (t: MetBegeleiders) => toewijzingenVan(t).filter((w) => w.tot === undefined);

/**
 * Who is assigned now: the `begeleiderId` of every active toewijzing, which is the `sub` of that begeleider's token
 * (docs/API-EXTENSIONS.md), sorted. A `vrijwilliger` reads only the inburgeraars whose list holds their `sub`.
 */
export const begeleiderIds = (t: MetBegeleiders): string[] =>
  [...new Set(actieveToewijzingen(t).map((w) => w.begeleiderId))].sort();

export const heeftActieveRol = (t: MetBegeleiders, rol: BegeleiderRol) =>
  actieveToewijzingen(t).some((w) => w.rol === rol);

/**
 * The begeleider the traject shows (`begeleider` of `GET .../traject`): the newest active toewijzing of a vaste rol,
 * else the newest active one of the first weeks.
 */
export function huidigeBegeleider(t: MetBegeleiders): Toewijzing | undefined {
  const actief = actieveToewijzingen(t);
  const vast = actief.filter((w) => VASTE_ROLLEN.includes(w.rol));
  const kandidaten = vast.length > 0 ? vast : actief;
  return kandidaten.reduce<Toewijzing | undefined>((a, b) => (a && a.van > b.van ? a : b), undefined);
}

/**
 * Waiting for a begeleider (a maatje in Groningen): an active traject with nobody assigned, or past the opstartfase
 * with nobody in a vaste rol (the opstart begeleider alone does not carry the begeleidingsfase).
 */
export function wachtOpBegeleider(t: MetBegeleiders, fase: Fase): boolean {
  const actief = actieveToewijzingen(t);
  if (actief.length === 0) return true;
  return fase !== 'opstartfase' && fase !== 'aangemeld' && !actief.some((w) => VASTE_ROLLEN.includes(w.rol));
}

/** Since when a traject waits: the end of its last toewijzing, else `start`. */
export function wachtendSinds(t: MetBegeleiders, start: string | null): string | null {
  const einden = toewijzingenVan(t)
    .map((w) => w.tot)
    .filter((d): d is string => d !== undefined)
    .sort();
  return einden.at(-1) ?? start;
}

const sluit = (w: Toewijzing, tot: string, reden: ToewijzingReden): Toewijzing => ({
  ...w,
  tot: w.van > tot ? w.van : tot,
  eindReden: reden,
});

export interface NieuweToewijzing {
  toewijzingId: string;
  begeleiderId: string;
  rol: BegeleiderRol;
  dienstverband: Dienstverband;
  van: string;
  reden?: ToewijzingReden | undefined;
}

/**
 * A new toewijzing: the active one of the same rol ends on its first day with the reden of the change. The same
 * begeleider already active in that rol and dienstverband changes nothing (undefined).
 */
export function wijsToe(t: MetBegeleiders, nieuw: NieuweToewijzing): Toewijzing[] | undefined {
  const huidig = toewijzingenVan(t);
  const zelfde = huidig.find(
    (w) =>
      w.tot === undefined &&
      w.rol === nieuw.rol &&
      w.begeleiderId === nieuw.begeleiderId &&
      w.dienstverband === nieuw.dienstverband,
  );
  if (zelfde) return undefined;
  const vorige = huidig.filter((w) => w.tot === undefined && w.rol === nieuw.rol);
  if (vorige.some((w) => w.van > nieuw.van)) {
    throw new Regelfout('regel', 'datum-voor-vorige', 'The new toewijzing starts before the current one of this rol.', [
      { path: 'van', message: 'must not be before the start of the current toewijzing of this rol' },
    ]);
  }
  const reden = nieuw.reden ?? 'overig';
  const { reden: _, ...basis } = nieuw;
  return [
    ...huidig.map((w) => (w.tot === undefined && w.rol === nieuw.rol ? sluit(w, nieuw.van, reden) : w)),
    { ...basis, ...(nieuw.reden ? { reden: nieuw.reden } : {}) },
  ];
}

/**
 * `PUT .../begeleider` as before the history: the begeleider of the traject becomes this one. Every active toewijzing
 * of a vaste rol ends; the same begeleider with the same soort changes nothing (undefined).
 */
export function wijsToeVolgensSoort(
  t: MetBegeleiders,
  toewijzingId: string,
  begeleiderId: string,
  soort: BegeleiderSoort,
  dag: string,
): Toewijzing[] | undefined {
  const huidige = huidigeBegeleider(t);
  if (huidige && huidige.begeleiderId === begeleiderId && soortVan(huidige) === soort) return undefined;
  const { rol, dienstverband } = uitSoort(soort);
  const gesloten = toewijzingenVan(t).map((w) =>
    w.tot === undefined && VASTE_ROLLEN.includes(w.rol) ? sluit(w, dag, 'overig') : w,
  );
  return [...gesloten, { toewijzingId, begeleiderId, rol, dienstverband, van: dag }];
}

/** Ends one toewijzing without a successor (an opstart begeleider after the opstartfase; a volunteer who stopped). */
export function beeindig(
  t: MetBegeleiders,
  toewijzingId: string,
  datum: string,
  reden: ToewijzingReden,
): { begeleiders: Toewijzing[]; toewijzing: Toewijzing } | undefined {
  const huidig = toewijzingenVan(t);
  const doel = huidig.find((w) => w.toewijzingId === toewijzingId);
  if (!doel) return undefined;
  if (doel.tot !== undefined) {
    if (doel.tot === datum && doel.eindReden === reden) return { begeleiders: huidig, toewijzing: doel };
    throw new Regelfout('conflict', 'toewijzing-beeindigd', 'This toewijzing has ended already.');
  }
  if (datum < doel.van) {
    throw new Regelfout('regel', 'datum-voor-start', 'The end lies before the start of the toewijzing.', [
      { path: 'datum', message: `must not be before ${doel.van}` },
    ]);
  }
  const gesloten = sluit(doel, datum, reden);
  return { begeleiders: huidig.map((w) => (w.toewijzingId === toewijzingId ? gesloten : w)), toewijzing: gesloten };
}

/** Every active toewijzing ends (the traject moved to another uitvoeringsorganisatie). */
export const sluitAlles = (t: MetBegeleiders, datum: string): Toewijzing[] =>
  toewijzingenVan(t).map((w) => (w.tot === undefined ? sluit(w, datum, 'organisatie-gewijzigd') : w));

export const toewijzingWeergave = (w: Toewijzing): ToewijzingWeergave => ({ ...w });

/** The traject with this history; a begeleider stored before the history is now part of it. */
export function metToewijzingen<T extends MetBegeleiders>(t: T, begeleiders: Toewijzing[]): T {
  const { begeleider: _, ...zonder } = t;
  return { ...zonder, begeleiders } as T;
}
