import type { MeetmomentStatus } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { plusMaanden } from './datum';

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
