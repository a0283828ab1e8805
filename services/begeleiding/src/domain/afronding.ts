import type {
  AfrondingOpenResponse,
  AfrondingStap,
  EventData,
  ResultatenBereikt,
  TrajectAfgerond,
  TrajectResponse,
} from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { dagenTussen, plusDagen } from './datum';
import { eindigtMetStappen, type ProfielVoorFase, tijdlijnVan } from './fase';
import type { Afronding, Traject } from './traject';

/** The newest evaluation of the plan at afronding: "of de beoogde resultaten zijn bereikt" (3.3.4). */
export const eindevaluatie = (t: Pick<Traject, 'plan'>): ResultatenBereikt | undefined =>
  t.plan?.evaluaties.filter((e) => e.moment === 'afronding' && e.resultatenBereikt).at(-1)?.resultatenBereikt;

/**
 * The steps the profile requires before MB closes that the traject does not hold yet: the eindgesprek and the written
 * overdracht to the inburgeringsconsulent (Roermond, Rotterdam: 4.3), the evaluation of the results (Rotterdam's third
 * phase, 3.3.4; it counts once the plan was evaluated at afronding).
 */
export function ontbrekendeStappen(
  profiel: Pick<Profiel, 'afronding' | 'afrondingsfase'>,
  t: Traject,
): AfrondingStap[] {
  const { vereist } = profiel.afronding;
  return [
    ...(vereist.eindgesprek ? (['eindgesprek'] as const) : []),
    ...(vereist.schriftelijkeOverdracht ? (['schriftelijke-overdracht'] as const) : []),
    ...(profiel.afrondingsfase && !eindevaluatie(t) ? (['resultaten-bereikt'] as const) : []),
  ];
}

/**
 * A traject past its einddatum that waits for the steps its profile requires (it does not close by itself): since the
 * day after the einddatum, and what is missing. Undefined for every other traject.
 */
export function afrondingOpen(
  profiel: ProfielVoorFase,
  t: Traject,
  vandaag: string,
): { sinds: string; einddatum: string; ontbreekt: AfrondingStap[] } | undefined {
  if (t.afronding && t.afronding.datum <= vandaag) return undefined;
  if (!profiel.einde.formeel || !eindigtMetStappen(profiel)) return undefined;
  const tijdlijn = tijdlijnVan(profiel, t);
  if (!tijdlijn?.einddatum || vandaag <= tijdlijn.einddatum) return undefined;
  return {
    sinds: plusDagen(tijdlijn.einddatum, 1),
    einddatum: tijdlijn.einddatum,
    ontbreekt: ontbrekendeStappen(profiel, t),
  };
}

/**
 * The worklist of endings that wait (4.3): trajecten past their einddatum whose afronding needs recorded steps, the
 * longest waiting first.
 */
export function afrondingOpenLijst(
  profiel: ProfielVoorFase & Pick<Profiel, 'cbs'>,
  trajecten: readonly Traject[],
  vandaag: string,
): AfrondingOpenResponse {
  const items = trajecten
    .flatMap((t) => {
      const open = afrondingOpen(profiel, t, vandaag);
      if (!open) return [];
      const { einddatum, ontbreekt } = open;
      return [
        { inburgeraarId: t.inburgeraarId, einddatum, dagenNaEinddatum: dagenTussen(einddatum, vandaag), ontbreekt },
      ];
    })
    .sort((a, b) => a.einddatum.localeCompare(b.einddatum) || a.inburgeraarId.localeCompare(b.inburgeraarId));
  return { gemeente: profiel.cbs, items };
}

/**
 * The afronding as the traject answer shows it: what was recorded, and THAT a written overdracht went, and when. The
 * gemeente (`volledig` false) sees of a warme overdracht what TrajectAfgerond carries: the partner and the day.
 */
export const afrondingWeergave = (a: Afronding, volledig: boolean): NonNullable<TrajectResponse['afronding']> => ({
  datum: a.datum,
  soort: a.soort,
  ...(a.eindgesprekOp ? { eindgesprekOp: a.eindgesprekOp } : {}),
  ...(a.afgewezenDoorInburgeraar ? { afgewezenDoorInburgeraar: true } : {}),
  ...(a.resultatenBereikt ? { resultatenBereikt: a.resultatenBereikt } : {}),
  ...(a.overdrachtId ? { schriftelijkeOverdrachtOp: a.datum } : {}),
  ...(a.warmeOverdracht
    ? {
        warmeOverdracht: volledig
          ? a.warmeOverdracht
          : { naar: a.warmeOverdracht.naar, datum: a.warmeOverdracht.datum },
      }
    : {}),
});

/**
 * What TrajectAfgerond carries (categorie trajectstatus, the gemeente's task): the soort and day, the eindgesprek's
 * day, THAT a written overdracht went to the inburgeringsconsulent and when, the partner and day of a warme overdracht,
 * and Rotterdam's evaluation code. Never the overdracht's content: that is EindoverdrachtOpgesteld's, with consent.
 */
export function afgerondData(a: Afronding): EventData<typeof TrajectAfgerond> {
  const w = a.warmeOverdracht;
  return {
    datum: a.datum,
    soort: a.soort,
    ...(a.eindgesprekOp ? { eindgesprekOp: a.eindgesprekOp } : {}),
    ...(a.overdrachtId
      ? {
          schriftelijkeOverdracht: {
            overdrachtId: a.overdrachtId,
            datum: a.datum,
            aan: 'inburgeringsconsulent' as const,
          },
        }
      : {}),
    ...(w ? { warmeOverdracht: { naar: w.naar, datum: w.datum } } : {}),
    ...(a.resultatenBereikt ? { resultatenBereikt: a.resultatenBereikt } : {}),
  };
}
