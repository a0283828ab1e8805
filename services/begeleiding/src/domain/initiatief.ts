import type { ZonderAfspraakResponse } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { gesorteerd, volgendeAfspraak } from './afspraken';
import { heeftActieveRol } from './begeleiders';
import { faseOp, isActief, type ProfielVoorFase } from './fase';
import type { Traject } from './traject';

type InitiatiefProfiel = ProfielVoorFase & Pick<Profiel, 'cbs' | 'bellijst'>;

/**
 * Whoever the bellijst covers is phoned from that list instead (Groningen, 4.2.2: past the opstartfase without a
 * maatje, "de contactfrequentie is voor het merendeel de facto nul", 3.3).
 */
const opBellijst = (profiel: InitiatiefProfiel, t: Traject, fase: string) =>
  profiel.bellijst !== null && fase !== 'opstartfase' && !heeftActieveRol(t, 'maatje');

/**
 * "De begeleider neemt het initiatief" (4.2.2; Den Haag: "Een cliënt zou nooit om een afspraak moeten vragen, want ze
 * weten niet wat ze niet weten"): every active traject with no planned afspraak from today on, so the begeleider
 * plans the next one. Longest without contact first (never contacted before anyone else).
 */
export function zonderAfspraak(
  profiel: InitiatiefProfiel,
  trajecten: readonly Traject[],
  vandaag: string,
): ZonderAfspraakResponse {
  const items = trajecten
    .flatMap((t) => {
      const { fase } = faseOp(profiel, t, vandaag);
      if (!isActief(fase) || opBellijst(profiel, t, fase)) return [];
      const afspraken = t.afspraken ?? [];
      if (volgendeAfspraak(afspraken, vandaag)) return [];
      const eerdere = gesorteerd(afspraken).filter((a) => a.datum < vandaag);
      return [
        {
          inburgeraarId: t.inburgeraarId,
          fase,
          laatsteAfspraak: eerdere.at(-1)?.datum ?? null,
          laatsteContact: t.laatsteContact ?? null,
        },
      ];
    })
    .sort(
      (a, b) =>
        (a.laatsteContact ?? '').localeCompare(b.laatsteContact ?? '') ||
        a.inburgeraarId.localeCompare(b.inburgeraarId),
    );
  return { gemeente: profiel.cbs, items };
}
