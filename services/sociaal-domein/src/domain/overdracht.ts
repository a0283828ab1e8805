import type { Signaal, Verwijzing } from './typen';

/** Signalen not yet handed over. */
export const openSignalen = (signalen: readonly Signaal[]) => signalen.filter((s) => s.status === 'open');

/**
 * Referrals still running that the begeleider has not handed over before. Referrals an overdracht created are the
 * hand-over itself and are not handed over again.
 */
export const openVerwijzingen = (verwijzingen: readonly Verwijzing[]) =>
  verwijzingen.filter((v) => v.status !== 'afgerond' && !v.overgedragenIn && !v.uitOverdracht);

/** The neutral toelichting of a referral created for a signaal: the signaal's content goes only via the broker. */
export const OVERDRACHT_TOELICHTING_SIGNAAL =
  'Warme overdracht bij afronding van de maatschappelijke begeleiding, naar aanleiding van een signaal.';
