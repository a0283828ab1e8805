import {
  GEMEENTE_PARTNER_ROLLEN,
  type Grondslag,
  partnerRolVoor,
  type Rol,
  type VerwijzingPartner,
  type VerwijzingStatus,
} from '@wegwijs/contracts';
import type { Relatie } from '@wegwijs/lambda-kit';
import type { Verwijzing } from './typen';

export type Stap = 'acceptatie' | 'terugwijzing' | 'afronding';

/** The lifecycle of a referral. Anything not listed here is a conflict (409). */
const OVERGANGEN: Readonly<Record<Stap, { van: readonly VerwijzingStatus[]; naar: VerwijzingStatus }>> = {
  acceptatie: { van: ['verstuurd'], naar: 'geaccepteerd' },
  // The partner may send it back on receipt or after a first contact (language, culture).
  terugwijzing: { van: ['verstuurd', 'geaccepteerd'], naar: 'teruggewezen' },
  afronding: { van: ['verstuurd', 'geaccepteerd', 'teruggewezen'], naar: 'afgerond' },
};

/** The status after the step, or undefined when the current status does not allow it. */
export function volgendeStatus(huidig: VerwijzingStatus, stap: Stap): VerwijzingStatus | undefined {
  const overgang = OVERGANGEN[stap];
  return overgang.van.includes(huidig) ? overgang.naar : undefined;
}

/**
 * The partner a referral went to answers it (acceptatie, terugwijzing) and may close it; the begeleider may close it
 * too (issue 22 item 10: "A referral is accepted or returned by the partner it went to ..., not by any consulent of
 * the gemeente"). The partner is the role `partner-<naar>` (`relatie` undefined: a partner has no relation to the
 * dossier, only to the referrals sent to it), or the gemeente's own consulent where the gemeente is the partner (its
 * Wmo consulent for `wmo`, its inkomensconsulent for `inkomen`).
 */
export function magStap(relatie: Relatie | undefined, rol: Rol, stap: Stap, naar: VerwijzingPartner): boolean {
  if (isPartnerVan(rol, naar)) return relatie === undefined || relatie === 'gemeente';
  return relatie === 'uitvoering' && stap === 'afronding';
}

/** Whether `rol` is the partner of a referral to `naar`. */
export const isPartnerVan = (rol: Rol, naar: VerwijzingPartner): boolean =>
  rol === partnerRolVoor(naar) || GEMEENTE_PARTNER_ROLLEN[naar] === rol;

/** Veilig Thuis under the Meldcode is a statutory duty: no consent needed, logged as wettelijke-plicht. */
export const isWettelijkePlicht = (naar: VerwijzingPartner) => naar === 'veilig-thuis';

/** The grondslag to record when the broker's permit does not name one. */
export const standaardGrondslag = (naar: VerwijzingPartner): Grondslag =>
  isWettelijkePlicht(naar) ? 'wettelijke-plicht' : 'toestemming';

/**
 * What a caller sees of a referral. The uitvoeringsorganisatie sees its own record. Gemeente roles see the line of the
 * referral and its status, never the begeleider's toelichting nor the link to a signaal: the content reaches the
 * gemeente only through the consent broker (GET /voortgang), where a consent allows it.
 */
/**
 * What a reader sees of a referral: its line and status for the gemeente, and in full (toelichting, signaal, consent)
 * for the organisation that sent it. Another organisation that took the traject over later sees the line only: the
 * old organisation's text is not handed over without a ground or consent (issue 19 item 7).
 */
export function weergave(v: Verwijzing, relatie: Relatie, org?: string) {
  const lijn = {
    verwijzingId: v.verwijzingId,
    naar: v.naar,
    status: v.status,
    datum: v.datum,
    grondslag: v.grondslag,
    bijgewerktOp: v.bijgewerktOp,
    ...(v.redenCode ? { redenCode: v.redenCode } : {}),
  };
  if (relatie !== 'uitvoering' || (v.verstuurdDoor !== '' && v.verstuurdDoor !== org)) return lijn;
  return {
    ...lijn,
    toelichting: v.toelichting,
    ...(v.signaalId ? { signaalId: v.signaalId } : {}),
    ...(v.toestemmingId ? { toestemmingId: v.toestemmingId } : {}),
    ...(v.reden ? { reden: v.reden } : {}),
    ...(v.uitOverdracht ? { uitOverdracht: v.uitOverdracht } : {}),
    ...(v.overgedragenIn ? { overgedragenIn: v.overgedragenIn } : {}),
  };
}
