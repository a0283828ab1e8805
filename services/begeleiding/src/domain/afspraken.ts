import type { AanwezigheidBody, AfspraakWeergave, Contactvorm } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { plusDagen } from './datum';
import { Regelfout, vereisNietInToekomst } from './regels';

/** One afspraak of the traject: planned from the profile or by the begeleider, and what happened at it. */
export interface Afspraak extends AfspraakWeergave {
  /** The contactmoment a verschenen afspraak became (its id towards the broker). */
  contactmomentId?: string;
}

/** The forms of contact in person; a telephone or WhatsApp contact is contact, but not "seen". */
export const IN_PERSOON: ReadonlySet<Contactvorm> = new Set(['huisbezoek', 'kantoor', 'spreekuur', 'groep']);

/** Follow-ups usually take place at the office of the uitvoeringsorganisatie (report 4.1). */
export const STANDAARD_VORM: Contactvorm = 'kantoor';

/**
 * The fixed appointments of the opstartfase, planned when the traject starts: the profile's number of them, every
 * afspraakIntervalDagen from the startdatum (Den Haag every two weeks for four months, Roermond weekly, Tholen weekly
 * for six weeks; report 3.3). The begeleider takes the initiative (4.2.2): nobody has to ask for them. Their ids are
 * derived from their place, so planning twice gives the same afspraken.
 */
export function opstartAfspraken(profiel: Pick<Profiel, 'opstartfase'>, startdatum: string): Afspraak[] {
  const { aantalAfspraken, afspraakIntervalDagen } = profiel.opstartfase;
  return Array.from({ length: aantalAfspraken }, (_, i) => ({
    afspraakId: `opstart-${i + 1}`,
    datum: plusDagen(startdatum, i * afspraakIntervalDagen),
    herkomst: 'opstartfase' as const,
    vorm: STANDAARD_VORM,
    status: 'gepland' as const,
  }));
}

/** The afspraken in order of date (then id), as listed. */
export const gesorteerd = (afspraken: readonly Afspraak[]) =>
  [...afspraken].sort((a, b) => a.datum.localeCompare(b.datum) || a.afspraakId.localeCompare(b.afspraakId));

/**
 * Records what happened at an afspraak. Once recorded it stays (a repeat of the same answer changes nothing; another
 * answer is 409). Verschenen and niet-verschenen lie in the past; verschenen needs the duration (it becomes a
 * contactmoment); a tolk is recorded for an afspraak that took place or was missed, not for a cancelled one.
 */
export function legAanwezigheidVast(
  a: Afspraak,
  body: AanwezigheidBody,
  vandaag: string,
  contactmomentId: string,
): Afspraak | undefined {
  const nieuw: Afspraak = {
    ...a,
    ...(body.status === 'verschenen' ? { contactmomentId: a.contactmomentId ?? contactmomentId } : {}),
    status: body.status,
    ...(body.tolk ? { tolk: body.tolk } : {}),
    ...(body.duurMinuten ? { duurMinuten: body.duurMinuten } : {}),
    ...(body.afgezegdDoor ? { afgezegdDoor: body.afgezegdDoor } : {}),
  };
  if (a.status !== 'gepland') {
    if (JSON.stringify(a) === JSON.stringify(nieuw)) return undefined;
    throw new Regelfout('conflict', 'aanwezigheid-al-vastgelegd', `This afspraak was recorded as ${a.status} already.`);
  }
  if (body.status !== 'afgezegd') vereisNietInToekomst(a.datum, vandaag, 'datum van de afspraak');
  const fouten: { path: string; message: string }[] = [];
  if (body.status === 'verschenen' && !body.duurMinuten) {
    fouten.push({ path: 'duurMinuten', message: 'is required when verschenen' });
  }
  if (body.status !== 'verschenen' && body.duurMinuten) {
    fouten.push({ path: 'duurMinuten', message: 'only when verschenen' });
  }
  if (body.status === 'afgezegd' && body.tolk) fouten.push({ path: 'tolk', message: 'not for a cancelled afspraak' });
  if (body.status !== 'afgezegd' && body.afgezegdDoor) {
    fouten.push({ path: 'afgezegdDoor', message: 'only when afgezegd' });
  }
  if (fouten.length > 0) {
    throw new Regelfout('regel', 'aanwezigheid-onvolledig', 'The attendance does not fit its status.', fouten);
  }
  return nieuw;
}

/**
 * "Niet gezien" (issue 12): missed appointments with no contact since. The first niet-verschenen afspraak after the
 * last contact of any form, and how many were missed since; undefined when there is none.
 */
export function gemistSindsContact(
  afspraken: readonly Afspraak[],
  laatsteContact: string | undefined,
): { sinds: string; aantal: number } | undefined {
  const gemist = gesorteerd(afspraken).filter(
    (a) => a.status === 'niet-verschenen' && (laatsteContact === undefined || a.datum > laatsteContact),
  );
  const eerste = gemist[0];
  return eerste ? { sinds: eerste.datum, aantal: gemist.length } : undefined;
}

export function afspraakWeergave(a: Afspraak): AfspraakWeergave {
  const { contactmomentId: _, ...weergave } = a;
  return weergave;
}
