import type { GemeenteRol, Grondslag, Rol, VerwijzingPartner, VerwijzingStatus } from '@wegwijs/contracts';
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

/** Gemeente roles that act for the partners of the social domain (Wmo, schuldhulp, inkomen, ...). */
export const PARTNER_ROLLEN: readonly GemeenteRol[] = ['inburgeringsconsulent', 'inkomensconsulent', 'wmo-consulent'];

export const isPartnerRol = (rol: Rol) => (PARTNER_ROLLEN as readonly Rol[]).includes(rol);

/** The partner answers (acceptatie, terugwijzing); the begeleider or the partner closes the referral. */
export function magStap(relatie: Relatie, rol: Rol, stap: Stap): boolean {
  if (relatie === 'gemeente') return isPartnerRol(rol);
  return relatie === 'uitvoering' && stap === 'afronding';
}

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
export function weergave(v: Verwijzing, relatie: Relatie) {
  const lijn = {
    verwijzingId: v.verwijzingId,
    naar: v.naar,
    status: v.status,
    datum: v.datum,
    grondslag: v.grondslag,
    bijgewerktOp: v.bijgewerktOp,
    ...(v.redenCode ? { redenCode: v.redenCode } : {}),
  };
  if (relatie !== 'uitvoering') return lijn;
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
