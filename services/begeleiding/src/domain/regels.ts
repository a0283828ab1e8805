import type { Afrondingssoort, Fase } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';

/**
 * A broken rule. `conflict`: the state of the traject does not allow the action (409); `regel`: valid input that
 * breaks a rule of the gemeente's profile (422). The handler maps it to problem+json; `slug` ends the problem type.
 */
export class Regelfout extends Error {
  constructor(
    readonly soort: 'conflict' | 'regel',
    readonly slug: string,
    readonly detail: string,
    readonly velden: { path: string; message: string }[] = [],
  ) {
    super(detail);
    this.name = 'Regelfout';
  }
}

/** Nothing is written to a traject after its afronding or the end of its looptijd. */
export function vereisNietAfgerond(fase: Fase): void {
  if (fase === 'afgerond') throw new Regelfout('conflict', 'traject-afgerond', 'The traject is afgerond.');
}

export function vereisNietInToekomst(datum: string, vandaag: string, veld = 'datum'): void {
  if (datum > vandaag) {
    throw new Regelfout('regel', 'datum-in-toekomst', `${veld} lies in the future.`, [
      { path: veld, message: 'must not be after today' },
    ]);
  }
}

/** Scores of a meetmoment: only where the gemeente works with a begeleidingsplan, on the leefgebieden of its model. */
export function controleerScores(profiel: Pick<Profiel, 'begeleidingsplan' | 'leefgebieden'>, scores: object): void {
  if (!profiel.begeleidingsplan) {
    throw new Regelfout('regel', 'geen-begeleidingsplan', 'This gemeente works without a begeleidingsplan.');
  }
  const gebieden = Object.keys(scores);
  if (gebieden.length === 0) {
    throw new Regelfout('regel', 'leefgebied-vereist', 'A meetmoment scores at least one leefgebied.', [
      { path: 'scores', message: 'must score at least one leefgebied' },
    ]);
  }
  const onbekend = gebieden.filter((g) => !profiel.leefgebieden.includes(g));
  if (onbekend.length > 0) {
    throw new Regelfout(
      'regel',
      'leefgebied-onbekend',
      `Not a leefgebied of this gemeente's model: ${onbekend.join(', ')}. Allowed: ${profiel.leefgebieden.join(', ')}.`,
      onbekend.map((g) => ({ path: `scores.${g}`, message: 'is not a leefgebied of this gemeente' })),
    );
  }
}

/** A verlenging: only where the profile allows one, of exactly its length, at most maxAantal times, before the end. */
export function controleerVerlenging(
  profiel: Pick<Profiel, 'verlenging'>,
  fase: Fase,
  eerdere: number,
  maanden: number,
): void {
  const regel = profiel.verlenging;
  if (!regel) throw new Regelfout('regel', 'verlenging-niet-toegestaan', 'This gemeente allows no verlenging.');
  if (fase === 'aangemeld') throw new Regelfout('conflict', 'traject-niet-gestart', 'The traject has not started.');
  if (fase === 'afgerond') {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', 'An afgerond traject cannot be extended.');
  }
  if (eerdere >= regel.maxAantal) {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', `At most ${regel.maxAantal} verlenging(en) allowed.`);
  }
  if (maanden !== regel.maanden) {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', `A verlenging is ${regel.maanden} months here.`, [
      { path: 'maanden', message: `must be ${regel.maanden}` },
    ]);
  }
}

/** An afronding: once, after the start, of a soort the profile allows, with written overdracht where it requires. */
export function controleerAfronding(
  profiel: Pick<Profiel, 'afronding'>,
  fase: Fase,
  startdatum: string | undefined,
  afronding: { datum: string; soort: Afrondingssoort; overdracht?: string | undefined },
): void {
  vereisNietAfgerond(fase);
  if (fase === 'aangemeld' || !startdatum) {
    throw new Regelfout('conflict', 'traject-niet-gestart', 'The traject has not started.');
  }
  if (afronding.datum < startdatum) {
    throw new Regelfout('regel', 'datum-voor-start', 'The afronding lies before the start of the traject.', [
      { path: 'datum', message: `must not be before ${startdatum}` },
    ]);
  }
  if (!profiel.afronding.soorten.includes(afronding.soort)) {
    throw new Regelfout(
      'regel',
      'afrondingssoort-niet-toegestaan',
      `This gemeente closes a traject by: ${profiel.afronding.soorten.join(', ')}.`,
      [{ path: 'soort', message: `must be one of: ${profiel.afronding.soorten.join(', ')}` }],
    );
  }
  if (profiel.afronding.schriftelijkeOverdracht && afronding.soort === 'eindgesprek' && !afronding.overdracht) {
    throw new Regelfout('regel', 'overdracht-vereist', 'An eindgesprek here needs a written overdracht.', [
      { path: 'overdracht', message: 'is required' },
    ]);
  }
}
