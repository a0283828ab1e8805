import type { Fase } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { gemistSindsContact } from './afspraken';
import { heeftActieveRol, huidigeBegeleider } from './begeleiders';
import { laatste, plusDagen, plusMaanden, vroegste } from './datum';
import { faseOp, type ProfielVoorFase, tijdlijnVan } from './fase';
import { nabellenVanaf } from './nabellen';
import type { Traject } from './traject';

type IndexProfiel = ProfielVoorFase & Pick<Profiel, 'bellijst' | 'cbs' | 'nabellen' | 'maxDagenZonderContact'>;

/**
 * Where a traject sits in each index that answers a question about it: a pure function of the profile and the
 * traject as stored, independent of today, so the one write that changes the traject also keeps its index entries
 * right. Each date is the first day the traject can be on that list (a superset: the list itself still applies the
 * domain rule of the day); absent where it can no longer be.
 */
export interface IndexPlaatsen {
  /** Caseload: `b#<begeleiderId>` for a traject with a begeleider, `w#<startdatum>` for one waiting for one. */
  caseload?: string;
  /** The first day on the bellijst. */
  bellijst?: string;
  /** The first missed afspraak since the last contact (niet gezien: missed appointments, no contact since). */
  nietGezien?: string;
  /** The first day due a call after staying away from the spreekuur (Tholen, Roermond: 4.2.2). */
  nabellen?: string;
  /** The next day the computed fase differs from the stored one (the planner's due date). */
  faseWissel?: string;
}

const VOLGORDE: readonly Fase[] = ['aangemeld', 'opstartfase', 'begeleidingsfase', 'afrondingsfase', 'afgerond'];
const rang = (fase: Fase | undefined) => (fase ? VOLGORDE.indexOf(fase) : -1);

/**
 * The fase only moves forward in time for the same facts, and every write stores the fase of its day; so the next
 * change is the first candidate day whose fase lies beyond the stored one.
 */
export function volgendeFaseWissel(profiel: ProfielVoorFase, t: Traject): string | undefined {
  if (!t.aanmelding) return undefined;
  const tijdlijn = tijdlijnVan(profiel, t);
  const kandidaten = [
    '0001-01-01',
    tijdlijn?.startdatum,
    tijdlijn?.opstartEinde,
    tijdlijn?.afrondingStart,
    tijdlijn?.einddatum && profiel.einde.formeel ? plusDagen(tijdlijn.einddatum, 1) : undefined,
    t.afronding?.datum,
  ]
    .filter((d): d is string => d !== undefined)
    .sort();
  return kandidaten.find((d) => rang(faseOp(profiel, t, d).fase) > rang(t.fase));
}

function bellijstVanaf(profiel: IndexProfiel, t: Traject): string | undefined {
  const regel = profiel.bellijst;
  if (!regel || heeftActieveRol(t, 'maatje')) return undefined;
  const blijftNaAfronding = regel.naAfwijzing && t.afronding?.afgewezenDoorInburgeraar === true;
  if (t.fase === 'afgerond' && !blijftNaAfronding) return undefined;
  const begin = vroegste(tijdlijnVan(profiel, t)?.opstartEinde, blijftNaAfronding ? t.afronding?.datum : undefined);
  if (!begin) return undefined;
  return t.laatsteContact ? laatste(plusMaanden(t.laatsteContact, regel.intervalMaanden), begin) : begin;
}

function nietGezienVanaf(t: Traject): string | undefined {
  if (t.fase === 'afgerond') return undefined;
  return gemistSindsContact(t.afspraken ?? [], t.laatsteContact)?.sinds;
}

function caseloadPlaats(profiel: IndexProfiel, t: Traject): string | undefined {
  if (t.fase === 'afgerond') return undefined;
  const begeleider = huidigeBegeleider(t);
  if (begeleider) return `b#${begeleider.begeleiderId}`;
  const start = tijdlijnVan(profiel, t)?.startdatum;
  return start ? `w#${start}` : undefined;
}

export function indexPlaatsen(profiel: IndexProfiel, t: Traject): IndexPlaatsen {
  if (!t.aanmelding) return {};
  const plaatsen = {
    caseload: caseloadPlaats(profiel, t),
    bellijst: bellijstVanaf(profiel, t),
    nietGezien: nietGezienVanaf(t),
    nabellen: nabellenVanaf(profiel, t),
    faseWissel: volgendeFaseWissel(profiel, t),
  };
  return Object.fromEntries(Object.entries(plaatsen).filter(([, v]) => v !== undefined));
}
