import type { MeetmomentStatus } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { dagenTussen, plusDagen, plusMaanden } from './datum';

/** A meetmoment recorded up to this many months before its planned date still counts for it. */
export const MEETMOMENT_MARGE_MAANDEN = 1;

export interface GeplandMeetmoment {
  naMaanden: number;
  datum: string;
  status: MeetmomentStatus;
}

/**
 * The fixed meetmomenten of the profile (Den Haag: after 3, 8 and 12 months). A planned meetmoment is uitgevoerd when
 * a meetmoment was recorded in its window: from one month before its date up to one month before the next one (the
 * last window has no end). Otherwise it is gepland until its date, and achterstallig from then on.
 */
export function geplandeMeetmomenten(
  profiel: Pick<Profiel, 'meetmomentenNaMaanden'>,
  startdatum: string | undefined,
  vastgelegd: readonly string[],
  vandaag: string,
): GeplandMeetmoment[] {
  if (!startdatum) return [];
  const maanden = [...profiel.meetmomentenNaMaanden].sort((a, b) => a - b);
  return maanden.map((naMaanden, i) => {
    const datum = plusMaanden(startdatum, naMaanden);
    const van = plusMaanden(startdatum, naMaanden - MEETMOMENT_MARGE_MAANDEN);
    const volgende = maanden[i + 1];
    const tot = volgende === undefined ? undefined : plusMaanden(startdatum, volgende - MEETMOMENT_MARGE_MAANDEN);
    const gedaan = vastgelegd.some((d) => d >= van && (tot === undefined || d < tot));
    const status: MeetmomentStatus = gedaan ? 'uitgevoerd' : vandaag < datum ? 'gepland' : 'achterstallig';
    return { naMaanden, datum, status };
  });
}

/**
 * The fixed appointments about the begeleidingsplan in the begeleidingsfase: every intervalMaanden from the end of the
 * opstartfase up to the einddatum (Roermond: monthly), or a minimum number spread evenly over it (Woerden: at least
 * three; staalkaart 4.2). Dates only: what happened at them is recorded as contactmomenten.
 */
export function geplandePlanafspraken(
  profiel: Pick<Profiel, 'planafspraken'>,
  tijdlijn: { opstartEinde: string; einddatum: string | undefined } | undefined,
): { datum: string }[] {
  const regel = profiel.planafspraken;
  if (!regel || !tijdlijn?.einddatum) return [];
  const { opstartEinde, einddatum } = tijdlijn;
  const datums: string[] = [];
  if (regel.intervalMaanden) {
    for (let d = opstartEinde; d <= einddatum; d = plusMaanden(d, regel.intervalMaanden)) datums.push(d);
  } else if (regel.minimaal) {
    const span = dagenTussen(opstartEinde, einddatum);
    for (let i = 1; i <= regel.minimaal; i++) {
      datums.push(plusDagen(opstartEinde, Math.round((span * i) / (regel.minimaal + 1))));
    }
  }
  return datums.map((datum) => ({ datum }));
}
