import { type Categorie, GEMEENTE_ROLLEN, type GemeenteRol, TOESTEMMING_CATEGORIEEN } from '@wegwijs/contracts';
import fc from 'fast-check';
import { INHOUD_EVENTS } from './voorbeelden';

/** One step of a random history. Deliveries of an event happen `vertragingen[k]` steps after it was sent. */
export type Stap =
  | {
      soort: 'geef';
      categorieen: Categorie[];
      rol: GemeenteRol | undefined;
      totDagen: number | undefined;
      expliciet: boolean;
    }
  | { soort: 'trekIn'; index: number }
  | { soort: 'event'; contract: number; vanToegewezen: boolean; veiligThuis: boolean; vertragingen: number[] }
  | { soort: 'afronding'; vanToegewezen: boolean; dagenTerug: number; vertragingen: number[] }
  | { soort: 'wissel' }
  | { soort: 'tijd'; uren: number };

const vertragingen = fc.array(fc.nat(4), { minLength: 1, maxLength: 3 });
const meestal = fc.integer({ min: 0, max: 4 }).map((n) => n > 0);

/** A step; a grant names categories of `categorieen` (by default those every doelgroep consents to). */
export const stapUit = (categorieen: readonly Categorie[] = TOESTEMMING_CATEGORIEEN): fc.Arbitrary<Stap> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        soort: fc.constant('geef' as const),
        categorieen: fc.subarray([...categorieen], { minLength: 1 }),
        rol: fc.option(fc.constantFrom(...GEMEENTE_ROLLEN), { nil: undefined, freq: 2 }),
        totDagen: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
        expliciet: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ soort: fc.constant('trekIn' as const), index: fc.nat() }) },
    {
      weight: 7,
      arbitrary: fc.record({
        soort: fc.constant('event' as const),
        contract: fc.nat(INHOUD_EVENTS.length - 1),
        vanToegewezen: meestal,
        veiligThuis: fc.boolean(),
        vertragingen,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        soort: fc.constant('afronding' as const),
        vanToegewezen: meestal,
        dagenTerug: fc.nat(2),
        vertragingen,
      }),
    },
    { weight: 1, arbitrary: fc.constant({ soort: 'wissel' as const }) },
    { weight: 2, arbitrary: fc.record({ soort: fc.constant('tijd' as const), uren: fc.integer({ min: 1, max: 60 }) }) },
  );

export const stap: fc.Arbitrary<Stap> = stapUit();

export const historie = (maxLength: number, categorieen?: readonly Categorie[]) =>
  fc.array(categorieen ? stapUit(categorieen) : stap, { maxLength });

export const plusDagen = (datum: string, dagen: number) =>
  new Date(Date.parse(`${datum}T00:00:00.000Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
