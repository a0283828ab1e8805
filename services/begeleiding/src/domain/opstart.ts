import { isAanbod } from './aanbod';
import { type Afspraak, gesorteerd, opstartAfspraken } from './afspraken';
import { afsprakenVanaf, type ProfielVoorFase, startdatumVan } from './fase';
import type { Traject } from './traject';

/**
 * Plans the opstartfase afspraken from the profile once the day they count from is known (the start, or Groningen's
 * woningtoewijzing: `afsprakenVanaf`), on the write that makes it known, whichever fact brings it. Planned once; the
 * begeleider moves, cancels or re-plans them.
 */
export function metOpstartAfspraken(profiel: ProfielVoorFase, t: Traject): Traject {
  if (t.opstartGepland || !t.aanmelding) return t;
  const start = startdatumVan(profiel, t);
  if (!start) return t;
  // An offer instead of the traject (Rotterdam's gezinsmigranten, 4.4) has no opstartfase and so none of its afspraken.
  if (isAanbod(profiel, t.aanmelding.doelgroep)) return { ...t, opstartGepland: start };
  const vanaf = afsprakenVanaf(profiel, t, start);
  if (!vanaf) return t;
  const bestaand: Afspraak[] = t.afspraken ?? [];
  return { ...t, opstartGepland: vanaf, afspraken: gesorteerd([...bestaand, ...opstartAfspraken(profiel, vanaf)]) };
}
