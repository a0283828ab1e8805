import { isAanbod } from './aanbod';
import { type Afspraak, gesorteerd, opstartAfspraken } from './afspraken';
import { type ProfielVoorFase, tijdlijnVan } from './fase';
import type { Traject } from './traject';

/**
 * Plans the opstartfase afspraken from the profile once the traject has started (its startdatum is known): on the
 * write that makes the start known, whichever fact brings it. Planned once; the begeleider moves or adds afspraken.
 */
export function metOpstartAfspraken(profiel: ProfielVoorFase, t: Traject): Traject {
  if (t.opstartGepland || !t.aanmelding) return t;
  const start = tijdlijnVan(profiel, t)?.startdatum;
  if (!start) return t;
  // An offer instead of the traject (Rotterdam's gezinsmigranten, 4.4) has no opstartfase and so none of its afspraken.
  if (isAanbod(profiel, t.aanmelding.doelgroep)) return { ...t, opstartGepland: start };
  const bestaand: Afspraak[] = t.afspraken ?? [];
  return { ...t, opstartGepland: start, afspraken: gesorteerd([...bestaand, ...opstartAfspraken(profiel, start)]) };
}
