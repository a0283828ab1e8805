import { TIJDLIJN_MIJLPALEN } from '@wegwijs/contracts';
import { feit, type Telling, verschil } from '@wegwijs/contracts/tellingen-verschil';
import type { Profiel } from '@wegwijs/profielen';
import { dagenTussen } from './datum';
import type { Inburgeraar } from './inburgeraar';
import { tijdlijn } from './tijdlijn';
import { startdatumVolgensProfiel } from './traject';

/**
 * The milestones of the doorlooptijden, in the order of the process: the timeline's but the leerroute, a decision
 * without a place in that order (the catalogue's DOORLOOP_MIJLPALEN, not imported: the aanmelding bundle would carry
 * the whole catalogue; a test holds them equal).
 */
export const DOORLOOP_MIJLPALEN = TIJDLIJN_MIJLPALEN.filter((m) => m !== 'leerroute');

/** The consecutive pairs: koppeling--woningtoewijzing ... pip-vastgesteld--eerste-taalles. */
const PAREN = DOORLOOP_MIJLPALEN.slice(1).map((naar, i) => [DOORLOOP_MIJLPALEN[i] ?? naar, naar] as const);

/** The start of MB by the profile's startmoment, the first step of start-mb--eerste-taalles. */
const START_MB = 'start-mb';

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
  const { herkomst, doelgroep } = inburgeraar;
  // A dossier handed over from another deployment was registered there: here it counts as a move in, and only the
  // doorlooptijden that end after the move are this gemeente's (issue 23).
  const uit: Telling[] = [
    herkomst
      ? feit('fasen', 'verhuisd-in', herkomst.datum, { doelgroep })
      : feit('fasen', 'aanmeldingen', inburgeraar.koppelingsdatum ?? inburgeraar.aangemeldOp.slice(0, 10), {
          doelgroep,
        }),
  ];
  for (const [van, naar] of [...PAREN, [START_MB, 'eerste-taalles'] as const]) {
    const begin = bekend.get(van);
    const eind = bekend.get(naar);
    if (!begin || !eind || (herkomst && eind < herkomst.datum)) continue;
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
