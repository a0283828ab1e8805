import type { InburgeraarResponse, Rol } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import type { Inburgeraar } from './inburgeraar';
import { statusVan, tijdigheid, trajectVan } from './traject';

export type Relatie = 'gemeente' | 'uitvoering' | 'inburgeraar';

/** Gemeente roles that see no persoon details (data minimisation: policy and privacy officers need no names). */
const ZONDER_PERSOON: readonly Rol[] = ['beleidsmedewerker', 'functionaris-gegevensbescherming'];

export const magPersoonZien = (relatie: Relatie, rol: Rol) => !(relatie === 'gemeente' && ZONDER_PERSOON.includes(rol));

/** The inburgeraar as `GET /v1/inburgeraars/{id}` answers it; persoon only when asked for. */
export function weergave(
  profiel: Profiel,
  inburgeraar: Inburgeraar,
  vandaag: string,
  metPersoon: boolean,
): InburgeraarResponse {
  const traject = trajectVan(profiel, inburgeraar);
  return {
    inburgeraarId: inburgeraar.inburgeraarId,
    gemeente: inburgeraar.gemeente,
    doelgroep: inburgeraar.doelgroep,
    status: statusVan(inburgeraar),
    uitvoeringsorganisatie: inburgeraar.uitvoeringsorganisatie,
    ...(traject ? { traject } : {}),
    koppelingsdatum: inburgeraar.koppelingsdatum,
    ...(inburgeraar.woningtoewijzingsdatum ? { woningtoewijzingsdatum: inburgeraar.woningtoewijzingsdatum } : {}),
    ...(inburgeraar.brpInschrijvingsdatum ? { brpInschrijvingsdatum: inburgeraar.brpInschrijvingsdatum } : {}),
    ...tijdigheid(profiel, inburgeraar, vandaag),
    ...(metPersoon ? { persoon: { ...inburgeraar.persoon, talen: [...inburgeraar.persoon.talen] } } : {}),
  };
}
