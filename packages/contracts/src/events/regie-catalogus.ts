import { CATEGORIEEN } from '../categorieen';
import {
  AFRONDINGSSOORTEN,
  BEGELEIDER_ROLLEN,
  CONTACTVORMEN,
  DIENSTVERBANDEN,
  DOELGROEPEN,
  FASEN,
  VERWIJZING_PARTNERS,
} from '../codes';
import type { DimensieSleutel, Indicatorset, Telling } from './regie';

/*
 * The catalogue of the regie monitor: what producers emit and what regie answers. Imported directly
 * (`@wegwijs/contracts/events/regie-catalogus`), not through the index, so it stays out of bundles that do not count.
 */

/**
 * `stand`: the value at a month's end is the sum of the deltas of all months up to it. `stroom`: the deltas of the
 * month. `verdeling`: the deltas of the month, each with a number of days (median and p90 of the doorlooptijden).
 */
export const INDICATOR_SOORTEN = ['stand', 'stroom', 'verdeling'] as const;
export type IndicatorSoort = (typeof INDICATOR_SOORTEN)[number];

/** The outcomes of a verwijzing regie counts (the step after `verstuurd`). */
export const VERWIJZING_UITKOMSTEN = ['geaccepteerd', 'teruggewezen', 'afgerond'] as const;

/**
 * How a traject ended, as regie counts it: a recorded afronding per its soort, or `einde-looptijd` where the traject
 * closed by itself the day after its einddatum (issue 22: automatic ends count too).
 */
export const REGIE_AFRONDINGSSOORTEN = [...AFRONDINGSSOORTEN, 'einde-looptijd'] as const;

/** The code list of every dimension: code-list values only, never an id, never free text. */
export const DIMENSIES = {
  fase: FASEN,
  doelgroep: DOELGROEPEN,
  vorm: CONTACTVORMEN,
  dienstverband: DIENSTVERBANDEN,
  rol: BEGELEIDER_ROLLEN,
  soort: REGIE_AFRONDINGSSOORTEN,
  partner: VERWIJZING_PARTNERS,
  uitkomst: VERWIJZING_UITKOMSTEN,
  categorie: CATEGORIEEN,
} as const satisfies Record<DimensieSleutel, readonly string[]>;
export type Dimensies = { [K in DimensieSleutel]?: (typeof DIMENSIES)[K][number] };

export interface IndicatorDefinitie {
  readonly indicator: string;
  readonly soort: IndicatorSoort;
  /** The dimension keys every telling of this indicator carries, exactly these (a cell is one value of each). */
  readonly dimensies: readonly DimensieSleutel[];
}

/** The milestones of the doorlooptijden, in order; each consecutive pair is one indicator `<van>--<naar>`. */
export const DOORLOOP_MIJLPALEN = [
  'koppeling',
  'woningtoewijzing',
  'brp-inschrijving',
  'regeldag',
  'opstartfase-afgerond',
  'brede-intake',
  'pip-vastgesteld',
  'eerste-taalles',
] as const;
export type DoorloopMijlpaal = (typeof DOORLOOP_MIJLPALEN)[number];
/** The interval from the start of MB (per the profile's startmoment) to the first language lesson. */
export const START_MB_NAAR_TAALLES = 'start-mb--eerste-taalles';
export const doorlooptijdCode = (van: DoorloopMijlpaal, naar: DoorloopMijlpaal) => `${van}--${naar}`;

const def = (indicator: string, soort: IndicatorSoort, dimensies: readonly DimensieSleutel[] = []) => ({
  indicator,
  soort,
  dimensies,
});

/** The catalogue: what producers emit and what regie answers, per indicator set. */
export const INDICATOREN: Readonly<Record<Indicatorset, readonly IndicatorDefinitie[]>> = {
  fasen: [
    def('inburgeraars', 'stand', ['fase', 'doelgroep']),
    def('aanmeldingen', 'stroom', ['doelgroep']),
    // Issue 23: moves out of and into the gemeente in the month of the move (no person: a code list and a count).
    def('verhuisd-uit', 'stroom', ['doelgroep']),
    def('verhuisd-in', 'stroom', ['doelgroep']),
  ],
  doorlooptijden: [
    ...DOORLOOP_MIJLPALEN.slice(1).map((naar, i) =>
      def(doorlooptijdCode(DOORLOOP_MIJLPALEN[i] as DoorloopMijlpaal, naar), 'verdeling'),
    ),
    def(START_MB_NAAR_TAALLES, 'verdeling'),
  ],
  afspraken: ['gepland', 'verschenen', 'niet-verschenen', 'afgezegd'].map((a) => def(a, 'stroom', ['fase'])),
  // `uren`: the hours of begeleiding, counted as minutes (each telling's delta is a contact's duurMinuten), shown in hours.
  contacten: [def('contactmomenten', 'stroom', ['fase', 'vorm']), def('uren', 'stroom', ['fase', 'vorm'])],
  capaciteit: [
    def('toewijzingen', 'stand', ['dienstverband', 'rol']),
    def('wacht-op-maatje', 'stand'),
    def('begeleiders', 'stand', ['dienstverband']),
  ],
  // Only granted: begeleiding records a verlenging when it is granted; a request is not a fact of its domain.
  verlengingen: [def('toegekend', 'stroom')],
  afrondingen: [def('afgerond', 'stroom', ['soort'])],
  verwijzingen: [def('verstuurd', 'stroom', ['partner']), def('uitkomst', 'stroom', ['partner', 'uitkomst'])],
  toestemmingen: [def('gegeven', 'stroom', ['categorie']), def('ingetrokken', 'stroom', ['categorie'])],
};

/** The definition of an indicator of a set, or undefined when the catalogue has no such indicator. */
export const indicatorVan = (set: Indicatorset, indicator: string): IndicatorDefinitie | undefined =>
  INDICATOREN[set].find((d) => d.indicator === indicator);

/**
 * Whether a telling fits the catalogue: an indicator of its set, with exactly its dimension keys, each value from that
 * dimension's code list, and days if and only if the indicator is a verdeling.
 */
export function pastInCatalogus(t: Telling): boolean {
  const d = indicatorVan(t.indicatorset, t.indicator);
  if (!d) return false;
  const sleutels = Object.keys(t.dimensies) as DimensieSleutel[];
  const zelfde = sleutels.length === d.dimensies.length && d.dimensies.every((k) => sleutels.includes(k));
  const codes = sleutels.every((k) => (DIMENSIES[k] as readonly string[]).includes(t.dimensies[k] ?? ''));
  return zelfde && codes && (d.soort === 'verdeling') === (t.dagen !== undefined);
}
