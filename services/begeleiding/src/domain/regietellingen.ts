import { ContactmomentenVastgelegd, ContactmomentVastgelegd, type EventData, type Fase } from '@wegwijs/contracts';
import { feit, stand, type Telling, verschil } from '@wegwijs/contracts/tellingen-verschil';
import type { Profiel } from '@wegwijs/profielen';
import { type Toewijzing, toewijzingenVan, VASTE_ROLLEN } from './begeleiders';
import { laatste, plusDagen, vroegste } from './datum';
import { faseOp, isActief, type ProfielVoorFase, tijdlijnVan } from './fase';
import type { Traject } from './traject';

/** What the tellingen read of the profile: the fase rules and whether MB works with maatjes and a bellijst. */
export type RegieProfiel = ProfielVoorFase & Pick<Profiel, 'bellijst'>;

/** One fase the traject went through, from its first day up to the first day of the next (absent for the current). */
export interface FaseInterval {
  fase: Fase;
  van: string;
  tot?: string;
}

/**
 * The fasen a known traject went through, up to the one stored last (pure): aangemeld from the koppeling, then each
 * fase the profile's rules give at the days a fase can change (start, end of the opstartfase, start of the
 * afrondingsfase, the day after the einddatum, the afronding), up to the day the stored fase began. A corrected fact
 * (a later opstartfase-afgerond, a verlenging) moves these days, so the history is corrected with it.
 */
export function faseGeschiedenis(profiel: ProfielVoorFase, t: Traject): FaseInterval[] {
  if (!t.aanmelding || !t.fase) return [];
  // Aangemeld from the koppeling; a doelgroep without one (report 4.4) from the day of its aanmelding.
  const aangemeld = t.aanmelding.koppelingsdatum ?? t.aanmelding.occurredAt.slice(0, 10);
  const reeks: FaseInterval[] = [{ fase: 'aangemeld', van: aangemeld }];
  const horizon = t.fase === 'aangemeld' ? undefined : t.faseSinds;
  const tl = tijdlijnVan(profiel, t);
  const wissels = [tl?.startdatum, tl?.opstartEinde, tl?.afrondingStart, tl?.einddatum && plusDagen(tl.einddatum, 1)]
    .concat(t.afronding?.datum)
    .filter((d): d is string => d !== undefined && horizon !== undefined && d <= horizon);
  for (const dag of [...new Set(wissels)].sort()) {
    const { fase, sinds } = faseOp(profiel, t, dag);
    voegToe(reeks, fase, sinds ?? dag);
  }
  if (horizon !== undefined) voegToe(reeks, t.fase, horizon);
  return reeks;
}

function voegToe(reeks: FaseInterval[], fase: Fase, van: string): void {
  const vorige = reeks.at(-1);
  if (vorige?.fase === fase) return;
  const begin = laatste(vorige?.van, van) ?? van;
  if (vorige) vorige.tot = begin;
  reeks.push({ fase, van: begin });
}

/** The fase on a day by the history (undefined before the koppeling). */
const faseIn = (reeks: readonly FaseInterval[], dag: string) =>
  reeks.filter((f) => f.van <= dag && (f.tot === undefined || dag < f.tot)).at(-1)?.fase;

const actiefOp = (toewijzingen: readonly Toewijzing[], dag: string) =>
  toewijzingen.filter((w) => w.van <= dag && (w.tot === undefined || dag < w.tot));

/**
 * Waiting for a begeleider on a day, by the profile's maatje rule. Where MB works with maatjes and a bellijst
 * (Groningen, report 4.2): past the opstartfase without an active maatje. Elsewhere as the caseload worklist: an active
 * traject with nobody assigned, or past the opstartfase with nobody in a vaste rol.
 */
export function wachtOp(profiel: Pick<Profiel, 'bellijst'>, fase: Fase | undefined, actief: readonly Toewijzing[]) {
  if (fase === undefined || !isActief(fase)) return false;
  if (profiel.bellijst) return fase !== 'opstartfase' && !actief.some((w) => w.rol === 'maatje');
  if (actief.length === 0) return true;
  return fase !== 'opstartfase' && !actief.some((w) => VASTE_ROLLEN.includes(w.rol));
}

/** The intervals a traject waited for a begeleider (a maatje), evaluated at every day the answer can change. */
function wachtIntervallen(profiel: RegieProfiel, reeks: readonly FaseInterval[], toewijzingen: readonly Toewijzing[]) {
  const dagen = [...reeks.flatMap((f) => [f.van, f.tot]), ...toewijzingen.flatMap((w) => [w.van, w.tot])].filter(
    (d): d is string => d !== undefined,
  );
  const intervallen: { van: string; tot?: string }[] = [];
  let open: string | undefined;
  for (const dag of [...new Set(dagen)].sort()) {
    const wacht = wachtOp(profiel, faseIn(reeks, dag), actiefOp(toewijzingen, dag));
    if (wacht && open === undefined) open = dag;
    if (!wacht && open !== undefined) {
      intervallen.push({ van: open, tot: dag });
      open = undefined;
    }
  }
  if (open !== undefined) intervallen.push({ van: open });
  return intervallen;
}

/**
 * Every counted fact a traject holds (pure; ids stay here, only code-list values leave):
 * - fasen/inburgeraars (stand per fase and doelgroep) over the fase history;
 * - afspraken: each planned one (gepland) and what happened at it, per fase on its day, in the month of its day;
 * - capaciteit/toewijzingen (stand per dienstverband and rol) from van to tot, or to the afronding;
 * - capaciteit/wacht-op-maatje (stand) per the profile's maatje rule;
 * - verlengingen/toegekend in the month of the verlenging; afrondingen/afgerond per soort in the month of its day,
 *   and `einde-looptijd` in the month the traject closed by itself.
 */
export function tellingenVan(profiel: RegieProfiel, t: Traject | undefined): Telling[] {
  if (!t?.aanmelding || !t.fase) return [];
  const { doelgroep } = t.aanmelding;
  const reeks = faseGeschiedenis(profiel, t);
  const einde = reeks.find((f) => f.fase === 'afgerond')?.van;
  const toewijzingen = toewijzingenVan(t).map((w) => {
    const tot = vroegste(w.tot, einde);
    return tot === undefined ? w : { ...w, tot: laatste(w.van, tot) };
  });
  return [
    ...reeks.flatMap((f) => stand('fasen', 'inburgeraars', f.van, f.tot, { fase: f.fase, doelgroep })),
    ...(t.afspraken ?? []).flatMap((a) => {
      const fase = faseOp(profiel, t, a.datum).fase;
      return [
        feit('afspraken', 'gepland', a.datum, { fase }),
        ...(a.status === 'gepland' ? [] : [feit('afspraken', a.status, a.datum, { fase })]),
      ];
    }),
    ...toewijzingen.flatMap((w) =>
      stand('capaciteit', 'toewijzingen', w.van, w.tot, { dienstverband: w.dienstverband, rol: w.rol }),
    ),
    ...wachtIntervallen(profiel, reeks, toewijzingen).flatMap((w) =>
      stand('capaciteit', 'wacht-op-maatje', w.van, w.tot),
    ),
    ...t.verlengingen.map((v) => feit('verlengingen', 'toegekend', v.datum)),
    ...(t.afronding ? [feit('afrondingen', 'afgerond', t.afronding.datum, { soort: t.afronding.soort })] : []),
    // A traject that closed by itself the day after its einddatum is an ending too (issue 22).
    ...(!t.afronding && einde ? [feit('afrondingen', 'afgerond', einde, { soort: 'einde-looptijd' })] : []),
  ];
}

/**
 * What a write's events count by themselves: each contactmoment (the traject keeps only the newest), per fase and
 * vorm, and its duration as hours of begeleiding (`contacten/uren`, a delta in MINUTES: regie shows the sum in hours;
 * report 1.2.2, "hoeveel uren begeleiding").
 */
export function contactTellingen(
  profiel: RegieProfiel,
  t: Traject,
  events: readonly { detailType: string; data: unknown }[],
): Telling[] {
  const contactmomenten = events.flatMap((e) => {
    if (e.detailType === ContactmomentVastgelegd.detailType)
      return [e.data as EventData<typeof ContactmomentVastgelegd>];
    // A migration's batch (POST .../historie): each of its contactmomenten counts as one.
    if (e.detailType === ContactmomentenVastgelegd.detailType) {
      return (e.data as EventData<typeof ContactmomentenVastgelegd>).contactmomenten;
    }
    return [];
  });
  return contactmomenten.flatMap(({ datum, vorm, duurMinuten }) => {
    const dims = { fase: faseOp(profiel, t, datum).fase, vorm };
    return [
      feit('contacten', 'contactmomenten', datum, dims),
      feit('contacten', 'uren', datum, dims, { delta: duurMinuten }),
    ];
  });
}

/**
 * What one write of a traject adds to regie's tellingen: the tellingen of the traject after it minus before it, plus
 * the contactmomenten its events record (each event is written once: the kit finishes a stored write by its events'
 * ids instead of deciding it again). A replayed write changes nothing and adds nothing.
 */
export const regietellingen = (
  profiel: RegieProfiel,
  voor: Traject | undefined,
  na: Traject,
  events: readonly { detailType: string; data: unknown }[],
): Telling[] =>
  verschil(tellingenVan(profiel, voor), [...tellingenVan(profiel, na), ...contactTellingen(profiel, na, events)]);
