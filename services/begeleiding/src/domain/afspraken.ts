import type {
  AanwezigheidBody,
  AfspraakGebeurtenis,
  AfspraakWeergave,
  Contactvorm,
  VerplaatsingBody,
} from '@wegwijs/contracts';
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
 * The fixed appointments of the opstartfase: "twee tot vier vaste afspraken om praktische zaken te regelen" (3.3;
 * Groningen's 4 à 5, 3.3 table), the profile's number of them every afspraakIntervalDagen from the day they count from
 * (the start of MB, or Groningen's woningtoewijzing). The begeleider takes the initiative (4.2.2): nobody has to ask for
 * them. Their ids are derived from their place, so planning twice gives the same afspraken.
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
    const { geschiedenis: _g, ...zonder } = nieuw;
    const { geschiedenis: _h, ...oud } = a;
    if (JSON.stringify(oud) === JSON.stringify(zonder)) return undefined;
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
  if (body.status !== 'afgezegd') return nieuw;
  const door = body.afgezegdDoor;
  return metGebeurtenis(nieuw, { op: vandaag, actie: 'afgezegd', ...(door ? { door } : {}) });
}

const metGebeurtenis = (a: Afspraak, g: AfspraakGebeurtenis): Afspraak => ({
  ...a,
  geschiedenis: [...(a.geschiedenis ?? []), g],
});

/**
 * Moves a planned afspraak to another day (and form): not to a day in the past; the old day stays in its
 * geschiedenis. Only a planned one moves: a cancelled or missed afspraak stays what it was and is re-planned as a new
 * one (`herplan`). The same day and form again changes nothing.
 */
export function verplaats(a: Afspraak, body: VerplaatsingBody, vandaag: string): Afspraak | undefined {
  const vorm = body.vorm ?? a.vorm;
  if (a.status !== 'gepland') {
    throw new Regelfout(
      'conflict',
      'afspraak-niet-gepland',
      `This afspraak was recorded as ${a.status}: plan a new one that replaces it (vervangt).`,
    );
  }
  if (body.datum === a.datum && vorm === a.vorm) return undefined;
  if (body.datum < vandaag) {
    throw new Regelfout('regel', 'datum-in-verleden', 'An afspraak is moved to today or a later day.', [
      { path: 'datum', message: 'must not be before today' },
    ]);
  }
  const reden = body.reden;
  return metGebeurtenis(
    { ...a, datum: body.datum, vorm },
    { op: vandaag, actie: 'verplaatst', van: a.datum, naar: body.datum, ...(reden ? { reden } : {}) },
  );
}

/**
 * Re-plans a cancelled or missed afspraak as a new one: the old keeps its status (the regie counts what happened) and
 * points to its successor, with an entry in its geschiedenis; the new one keeps the herkomst (an opstartfase afspraak
 * stays one of the fixed afspraken) and names what it replaces. Once only.
 */
export function herplan(
  afspraken: readonly Afspraak[],
  vervangtId: string,
  nieuw: Afspraak,
  vandaag: string,
): Afspraak[] {
  const oud = afspraken.find((a) => a.afspraakId === vervangtId);
  if (!oud) {
    throw new Regelfout('regel', 'afspraak-onbekend', 'The afspraak to replace is not an afspraak of this traject.', [
      { path: 'vervangt', message: 'is not an afspraak of this traject' },
    ]);
  }
  if (oud.status === 'gepland' || oud.status === 'verschenen') {
    throw new Regelfout(
      'conflict',
      'afspraak-niet-te-vervangen',
      `Only a cancelled or missed afspraak is re-planned; this one is ${oud.status} (move a planned one instead).`,
    );
  }
  if (oud.vervangenDoor) {
    throw new Regelfout('conflict', 'afspraak-al-vervangen', `This afspraak was re-planned as ${oud.vervangenDoor}.`);
  }
  const opvolger: Afspraak = { ...nieuw, herkomst: oud.herkomst, vervangt: vervangtId };
  const vervangen = metGebeurtenis(
    { ...oud, vervangenDoor: nieuw.afspraakId },
    { op: vandaag, actie: 'opnieuw-gepland', naar: nieuw.datum, afspraakId: nieuw.afspraakId },
  );
  return gesorteerd([...afspraken.map((a) => (a.afspraakId === vervangtId ? vervangen : a)), opvolger]);
}

/** The next planned afspraak from a day on, if any. */
export const volgendeAfspraak = (afspraken: readonly Afspraak[], vandaag: string): Afspraak | undefined =>
  gesorteerd(afspraken).find((a) => a.status === 'gepland' && a.datum >= vandaag);

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
