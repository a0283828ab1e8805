import type { Doelgroep, GroepsactiviteitSoort } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { aanbodVan } from './aanbod';
import { laatste } from './datum';
import { Regelfout, vereisNietInToekomst } from './regels';
import type { Traject } from './traject';

/**
 * A group activity of a gemeente (issue 22 item 5): one of the profile's `groepsaanbod` (groepsvoorlichting,
 * themabijeenkomsten, the Humanitascafé, taalcafés, Woerden's group for young people, Rotterdam's workshop of choice:
 * report 4.1.3, 4.4), organised by an organisation that does MB there, on one or more days.
 */
export interface Groepsactiviteit {
  activiteitId: string;
  gemeente: string;
  /** The code of the profile's groepsaanbod. */
  aanbod: string;
  soort: GroepsactiviteitSoort;
  titel: string;
  bijeenkomsten: string[];
  /** The organisation that organises it (the `org` of its staff). */
  organisatie: string;
  aangemaaktOp: string;
}

/** One inburgeraar's enrolment in a group activity, with attendance per bijeenkomst; kept on the traject. */
export interface Inschrijving {
  activiteitId: string;
  aanbod: string;
  ingeschrevenOp: string;
  aanwezigheid: { datum: string; aanwezig: boolean }[];
}

type GroepProfiel = Pick<Profiel, 'groepsaanbod' | 'doelgroepen' | 'naam'>;

/** A new activity: of the gemeente's groepsaanbod, with at least one bijeenkomst (each day once, in order). */
export function nieuweActiviteit(
  profiel: GroepProfiel,
  verzoek: { aanbod: string; titel?: string | undefined; bijeenkomsten: readonly string[] },
  ids: { activiteitId: string; gemeente: string; organisatie: string; nu: string },
): Groepsactiviteit {
  const aanbod = profiel.groepsaanbod.find((g) => g.code === verzoek.aanbod);
  if (!aanbod) {
    throw new Regelfout(
      'regel',
      'groepsaanbod-onbekend',
      `Geen groepsactiviteit van ${profiel.naam}: ${verzoek.aanbod}. Wel: ${profiel.groepsaanbod.map((g) => g.code).join(', ') || 'geen'}.`,
      [{ path: 'aanbod', message: 'is not in the groepsaanbod of this gemeente' }],
    );
  }
  return {
    activiteitId: ids.activiteitId,
    gemeente: ids.gemeente,
    organisatie: ids.organisatie,
    aanbod: aanbod.code,
    soort: aanbod.soort,
    titel: verzoek.titel ?? aanbod.omschrijving,
    bijeenkomsten: [...new Set(verzoek.bijeenkomsten)].sort(),
    aangemaaktOp: ids.nu,
  };
}

/** Whether an activity of this aanbod is meant for the doelgroep (Rotterdam's workshops only for gezinsmigranten). */
export function isVoorDoelgroep(profiel: GroepProfiel, aanbod: string, doelgroep: Doelgroep): boolean {
  const g = profiel.groepsaanbod.find((a) => a.code === aanbod);
  return g !== undefined && (g.doelgroepen === undefined || g.doelgroepen.includes(doelgroep));
}

/**
 * Enrols the inburgeraar of `t` in `activiteit`: an activity of the traject's gemeente, meant for its doelgroep, once.
 * Where the doelgroep's offer is a workshop of choice (Rotterdam's gezinsmigranten, 4.4: "een groepsworkshop naar
 * keuze"), one such workshop is chosen: a second is refused.
 */
export function schrijfIn(
  profiel: GroepProfiel,
  t: Traject & { aanmelding: NonNullable<Traject['aanmelding']> },
  activiteit: Groepsactiviteit,
  dag: string,
): Traject {
  const inschrijvingen = t.groepsactiviteiten ?? [];
  if (inschrijvingen.some((i) => i.activiteitId === activiteit.activiteitId)) {
    throw new Regelfout('conflict', 'al-ingeschreven', 'De inburgeraar is al ingeschreven voor deze groepsactiviteit.');
  }
  const { doelgroep } = t.aanmelding;
  if (!isVoorDoelgroep(profiel, activiteit.aanbod, doelgroep)) {
    throw new Regelfout(
      'regel',
      'groepsaanbod-niet-voor-doelgroep',
      `Deze groepsactiviteit is niet bedoeld voor de doelgroep ${doelgroep}.`,
      [{ path: 'activiteitId', message: 'is not meant for the doelgroep of this inburgeraar' }],
    );
  }
  const keuze = aanbodVan(profiel, doelgroep)?.workshopNaarKeuze ?? [];
  const gekozen = inschrijvingen.find((i) => keuze.includes(i.aanbod));
  if (keuze.includes(activiteit.aanbod) && gekozen) {
    throw new Regelfout(
      'conflict',
      'workshop-al-gekozen',
      `De inburgeraar koos al een workshop naar keuze (${gekozen.aanbod}); het aanbod is één groepsworkshop (rapport 4.4).`,
    );
  }
  const inschrijving: Inschrijving = {
    activiteitId: activiteit.activiteitId,
    aanbod: activiteit.aanbod,
    ingeschrevenOp: dag,
    aanwezigheid: [],
  };
  return { ...t, groepsactiviteiten: [...inschrijvingen, inschrijving] };
}

/**
 * Records whether the inburgeraar attended one bijeenkomst (again: the newest word counts). Attending is contact in
 * person (like a contactmoment of vorm `groep`), so it counts for the bellijst and the spreekuur worklist.
 */
export function legAanwezigheidVast(
  t: Traject,
  activiteit: Groepsactiviteit,
  verzoek: { datum: string; aanwezig: boolean },
  dag: string,
): Traject {
  const inschrijvingen = t.groepsactiviteiten ?? [];
  const inschrijving = inschrijvingen.find((i) => i.activiteitId === activiteit.activiteitId);
  if (!inschrijving) {
    throw new Regelfout(
      'conflict',
      'niet-ingeschreven',
      'De inburgeraar is niet ingeschreven voor deze groepsactiviteit.',
    );
  }
  if (!activiteit.bijeenkomsten.includes(verzoek.datum)) {
    throw new Regelfout('regel', 'geen-bijeenkomst', 'Op die datum is er geen bijeenkomst van deze groepsactiviteit.', [
      { path: 'datum', message: `must be one of ${activiteit.bijeenkomsten.join(', ')}` },
    ]);
  }
  vereisNietInToekomst(verzoek.datum, dag);
  const aanwezigheid = [...inschrijving.aanwezigheid.filter((a) => a.datum !== verzoek.datum), { ...verzoek }].sort(
    (a, b) => a.datum.localeCompare(b.datum),
  );
  const bijgewerkt = inschrijvingen.map((i) => (i === inschrijving ? { ...i, aanwezigheid } : i));
  return {
    ...t,
    groepsactiviteiten: bijgewerkt,
    ...(verzoek.aanwezig
      ? {
          laatsteContact: laatste(t.laatsteContact, verzoek.datum),
          laatstGezien: laatste(t.laatstGezien, verzoek.datum),
        }
      : {}),
  };
}
