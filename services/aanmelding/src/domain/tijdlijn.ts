import {
  heeftKoppeling,
  INBURGERING_MIJLPALEN,
  type InburgeringMijlpaal,
  TIJDLIJN_MIJLPALEN,
  type TijdlijnItem,
  type TijdlijnMijlpaal,
  type TijdlijnResponse,
} from '@wegwijs/contracts';
import { dagenTussen } from './datum';
import type { Inburgeraar, InburgeringsFeit } from './inburgeraar';

/**
 * Who reads the timeline: the gemeente and the inburgeraar see all of it; an uitvoeringsorganisatie sees the
 * gemeente's facts of the inburgering only where the broker shared them with it (direction gemeente-naar-uitvoering).
 */
export type TijdlijnLezer = { soort: 'volledig' } | { soort: 'uitvoering'; organisatie: string };

const isInburgering = (m: TijdlijnMijlpaal): m is InburgeringMijlpaal =>
  (INBURGERING_MIJLPALEN as readonly string[]).includes(m);

/** One fact as this reader may see it, or undefined when the broker did not share it with them. */
function zichtbaar(feit: InburgeringsFeit, lezer: TijdlijnLezer): Omit<TijdlijnItem, 'mijlpaal'> | undefined {
  const { datum, leerroute, begeleiderUitgenodigd, begeleiderAanwezig, wijziging } = feit;
  if (lezer.soort === 'volledig') {
    return {
      datum,
      ...(leerroute ? { leerroute } : {}),
      ...(wijziging ? { wijziging } : {}),
      ...(begeleiderUitgenodigd !== undefined ? { begeleiderUitgenodigd } : {}),
      ...(begeleiderAanwezig !== undefined ? { begeleiderAanwezig } : {}),
    };
  }
  if (feit.gedeeldMet !== lezer.organisatie) return undefined;
  const uitgenodigd = feit.uitnodigingGedeeldMet === lezer.organisatie;
  return {
    datum,
    ...(leerroute ? { leerroute } : {}),
    ...(wijziging ? { wijziging: { aanleiding: wijziging.aanleiding } } : {}),
    ...(uitgenodigd ? { begeleiderUitgenodigd: true } : {}),
    ...(begeleiderAanwezig !== undefined ? { begeleiderAanwezig } : {}),
  };
}

type Bekend = [TijdlijnMijlpaal, Omit<TijdlijnItem, 'mijlpaal'>];

/**
 * The known date (and details) of every milestone for this reader; a changed leerroute or PIP with the decisions it
 * changed before it (each as this reader may see it), so the timeline shows both (issue 22 item 8).
 */
function bekend(inburgeraar: Inburgeraar, lezer: TijdlijnLezer): Bekend[] {
  const uit: Bekend[] = [];
  if (inburgeraar.koppelingsdatum) uit.push(['koppeling', { datum: inburgeraar.koppelingsdatum }]);
  if (inburgeraar.woningtoewijzingsdatum) uit.push(['woningtoewijzing', { datum: inburgeraar.woningtoewijzingsdatum }]);
  if (inburgeraar.brpInschrijvingsdatum) uit.push(['brp-inschrijving', { datum: inburgeraar.brpInschrijvingsdatum }]);
  for (const [soort, datum] of Object.entries(inburgeraar.mbMijlpalen ?? {})) {
    if (datum) uit.push([soort as TijdlijnMijlpaal, { datum }]);
  }
  for (const m of TIJDLIJN_MIJLPALEN.filter(isInburgering)) {
    const feit = inburgeraar.inburgering?.[m];
    if (!feit) continue;
    for (const versie of [...(feit.eerder ?? []), feit]) {
      const item = zichtbaar(versie, lezer);
      if (item) uit.push([m, item]);
    }
  }
  return uit;
}

/**
 * The timeline of one inburgeraar (report 6.1, "tijdige start"): koppeling, woningtoewijzing, BRP-inschrijving,
 * regeldag, end of the opstartfase, brede intake, PIP, leerroute and first language lesson, ordered by date (the order
 * of the process breaks ties), each with the days since the milestone before it. Pure.
 */
export function tijdlijn(inburgeraar: Inburgeraar, lezer: TijdlijnLezer): TijdlijnResponse {
  const lijst = bekend(inburgeraar, lezer);
  const gezien = new Set(lijst.map(([m]) => m));
  const volgorde = (m: TijdlijnMijlpaal) => TIJDLIJN_MIJLPALEN.indexOf(m);
  const geordend = [...lijst].sort(([a, x], [b, y]) => x.datum.localeCompare(y.datum) || volgorde(a) - volgorde(b));
  const items: TijdlijnItem[] = geordend.map(([mijlpaal, item], i) => {
    const vorige = geordend[i - 1];
    return { mijlpaal, ...item, ...(vorige ? { dagenSindsVorige: dagenTussen(vorige[1].datum, item.datum) } : {}) };
  });
  const laatste = items.at(-1);
  // A doelgroep without a COA koppeling (report 4.4) has no koppeling to wait for, and no total counted from it.
  const { koppelingsdatum } = inburgeraar;
  const metKoppeling = heeftKoppeling(inburgeraar.doelgroep);
  return {
    inburgeraarId: inburgeraar.inburgeraarId,
    items,
    nogNietBekend: TIJDLIJN_MIJLPALEN.filter((m) => !gezien.has(m) && (m !== 'koppeling' || metKoppeling)),
    ...(koppelingsdatum && laatste && items.length > 1
      ? { dagenTotaal: dagenTussen(koppelingsdatum, laatste.datum) }
      : {}),
  };
}
