import type { TrajectResponse } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { aanbodVan } from './aanbod';
import { afrondingOpen, afrondingWeergave } from './afronding';
import { huidigeBegeleider, soortVan } from './begeleiders';
import { dagenTussen } from './datum';
import { afbouwOp, faseOp, tijdlijnVan } from './fase';
import { geplandeMeetmomenten, geplandePlanafspraken } from './meetmomenten';
import type { Traject } from './traject';

type WeergaveProfiel = Parameters<typeof faseOp>[0] & Pick<Profiel, 'meetmomentenNaMaanden' | 'planafspraken'>;

/**
 * The traject as `GET /v1/inburgeraars/{id}/traject` answers it. Gemeente staff see the trajectstatus only (fase,
 * dates, verlengingen: shared on the gemeente's statutory task); begeleider, meetmomenten and contact are for the
 * uitvoeringsorganisatie and the inburgeraar themself.
 */
export function trajectWeergave(
  profiel: WeergaveProfiel,
  t: Traject,
  vandaag: string,
  volledig: boolean,
): TrajectResponse {
  const { fase } = faseOp(profiel, t, vandaag);
  const tijdlijn = tijdlijnVan(profiel, t);
  const brp = t.brpInschrijving?.datum;
  const aanbod = aanbodVan(profiel, t.aanmelding?.doelgroep);
  const open = afrondingOpen(profiel, t, vandaag);
  const status: TrajectResponse = {
    inburgeraarId: t.inburgeraarId,
    gemeente: t.gemeente,
    fase,
    startdatum: tijdlijn?.startdatum ?? null,
    einddatum: tijdlijn?.einddatum ?? null,
    verlengingen: t.verlengingen.length,
    ...(brp ? { brpInschrijvingsdatum: brp } : {}),
    ...(brp && tijdlijn ? { verschilWettelijkeStartDagen: dagenTussen(tijdlijn.startdatum, brp) } : {}),
    ...(t.afronding ? { afronding: afrondingWeergave(t.afronding, volledig) } : {}),
    ...(open ? { afrondingOpen: { sinds: open.sinds, ontbreekt: open.ontbreekt } } : {}),
    ...(profiel.einde.formeel && !aanbod ? {} : { formeelEinde: false }),
    ...(aanbod
      ? {
          aanbod: {
            workshopNaarKeuze: [...aanbod.workshopNaarKeuze],
            individueleHulp: aanbod.individueleHulp,
            omschrijving: aanbod.omschrijving,
          },
        }
      : {}),
  };
  if (!volledig) return status;
  const gepland = geplandeMeetmomenten(profiel, tijdlijn?.startdatum, t.meetmomentDatums, vandaag);
  const planafspraken = geplandePlanafspraken(profiel, tijdlijn);
  const afbouw = fase === 'afgerond' ? undefined : afbouwOp(profiel, t, vandaag);
  return {
    ...status,
    ...(afbouw
      ? { afbouw: { intensiteit: afbouw.intensiteit, sinds: afbouw.sinds, omschrijving: afbouw.omschrijving } }
      : {}),
    ...(planafspraken.length ? { planafsprakenGepland: planafspraken } : {}),
    ...begeleiderWeergave(t),
    ...(gepland.length ? { meetmomentenGepland: gepland } : {}),
    ...(t.laatsteContact ? { laatsteContact: t.laatsteContact } : {}),
  };
}

/** The begeleider as `PUT .../begeleider` documents it: the current one, its soort, and since when. */
function begeleiderWeergave(t: Traject): Pick<TrajectResponse, 'begeleider'> {
  const huidig = huidigeBegeleider(t);
  if (!huidig) return {};
  return { begeleider: { begeleiderId: huidig.begeleiderId, soort: soortVan(huidig), sinds: huidig.van } };
}
