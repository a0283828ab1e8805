import type { EventData, Fase, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import { faseOp, type ProfielVoorFase, tijdlijnVan } from './fase';
import type { Traject } from './traject';

export type FaseWijziging = EventData<typeof TrajectFaseGewijzigd>;

/**
 * Compares the computed fase with the stored one. When they differ, returns the traject with the new fase stored and
 * the data of the TrajectFaseGewijzigd to announce; otherwise undefined. A traject that is not yet known (no
 * aanmelding) announces nothing.
 */
export function faseWijziging(
  profiel: ProfielVoorFase,
  t: Traject,
  vandaag: string,
): { traject: Traject; wijziging: FaseWijziging } | undefined {
  if (!t.aanmelding) return undefined;
  const { fase, sinds } = faseOp(profiel, t, vandaag);
  if (fase === t.fase) return undefined;
  const tijdlijn = tijdlijnVan(profiel, t);
  const vorigeFase: Fase | undefined = t.fase;
  return {
    traject: { ...t, fase, faseSinds: sinds ?? vandaag },
    wijziging: {
      fase,
      ...(vorigeFase ? { vorigeFase } : {}),
      datum: sinds ?? vandaag,
      ...(tijdlijn ? { startdatum: tijdlijn.startdatum } : {}),
      ...(tijdlijn?.einddatum ? { einddatum: tijdlijn.einddatum } : {}),
    },
  };
}
