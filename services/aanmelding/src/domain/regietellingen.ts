import type { TijdlijnMijlpaal } from '@wegwijs/contracts';
import { feit, type Telling, verschil } from '@wegwijs/contracts/tellingen-verschil';
import type { Profiel } from '@wegwijs/profielen';
import { dagenTussen } from './datum';
import type { Inburgeraar } from './inburgeraar';
import { tijdlijn } from './tijdlijn';
import { startdatumVolgensProfiel } from './traject';

/**
 * The milestones whose consecutive pairs are regie's doorlooptijden (issue 13, report 6.1: tijdige start), in the
 * order of the process. The leerroute is a decision without a place in that order; it is no step of a doorlooptijd.
 */
export const DOORLOOP_MIJLPALEN = [
  'koppeling',
  'woningtoewijzing',
  'brp-inschrijving',
  'regeldag',
  'opstartfase-afgerond',
  'brede-intake',
  'pip-vastgesteld',
  'eerste-taalles',
] as const satisfies readonly TijdlijnMijlpaal[];

type Paar = readonly [van: string, naar: string];

/** `koppeling--woningtoewijzing`, ... `pip-vastgesteld--eerste-taalles`. */
export const DOORLOOPTIJD_PAREN: readonly Paar[] = DOORLOOP_MIJLPALEN.slice(1).map(
  (naar, i) => [DOORLOOP_MIJLPALEN[i] ?? '', naar] as const,
);

/** From the start of MB by the profile's startmoment to the first language lesson (the report's main bottleneck). */
export const START_MB = 'start-mb';

/** The known date of each milestone (the gemeente's full timeline). */
function datums(inburgeraar: Inburgeraar, profiel: Profiel): Map<string, string> {
  const kaart = new Map<string, string>(
    tijdlijn(inburgeraar, { soort: 'volledig' }).items.map((item) => [item.mijlpaal, item.datum]),
  );
  const start = startdatumVolgensProfiel(profiel, inburgeraar);
  if (start) kaart.set(START_MB, start);
  return kaart;
}

/**
 * Every counted fact of one inburgeraar (pure): the aanmelding (fasen/aanmeldingen, per doelgroep, in the month of the
 * koppeling) and each doorlooptijd whose two dates are known, with its days, in the month of the later milestone. A
 * pair whose later milestone lies before the earlier one (a date the process did not follow) is no doorlooptijd and
 * is not counted.
 */
export function tellingenVan(profiel: Profiel, inburgeraar: Inburgeraar | undefined): Telling[] {
  if (!inburgeraar) return [];
  const bekend = datums(inburgeraar, profiel);
  const uit: Telling[] = [
    feit('fasen', 'aanmeldingen', inburgeraar.koppelingsdatum, { doelgroep: inburgeraar.doelgroep }),
  ];
  for (const [van, naar] of [...DOORLOOPTIJD_PAREN, [START_MB, 'eerste-taalles'] as const]) {
    const begin = bekend.get(van);
    const eind = bekend.get(naar);
    if (!begin || !eind) continue;
    const dagen = dagenTussen(begin, eind);
    if (dagen < 0) continue;
    uit.push(feit('doorlooptijden', `${van}--${naar}`, eind, {}, { dagen }));
  }
  return uit;
}

/** What one write of the inburgeraar adds to regie's tellingen: after minus before (empty for a replay). */
export const regietellingen = (
  profiel: Profiel,
  voor: Inburgeraar | undefined,
  na: Inburgeraar | undefined,
): Telling[] => verschil(tellingenVan(profiel, voor), tellingenVan(profiel, na));
