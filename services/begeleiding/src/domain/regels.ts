import type { Afrondingssoort, Fase, ResultatenBereikt } from '@wegwijs/contracts';
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

/**
 * Scores of a meetmoment: only where the gemeente works with a begeleidingsplan, on the leefgebieden of its model. A
 * closed model (VWN's six, the seven of Woerden and Roermond) allows only its own; an open one (INOVA's example list,
 * Heerenveen's own tool: 4.2) any leefgebied code.
 */
export function controleerScores(
  profiel: Pick<Profiel, 'begeleidingsplan' | 'leefgebieden' | 'leefgebiedenGesloten'>,
  scores: object,
): void {
  if (!profiel.begeleidingsplan) {
    throw new Regelfout('regel', 'geen-begeleidingsplan', 'This gemeente works without a begeleidingsplan.');
  }
  const gebieden = Object.keys(scores);
  if (gebieden.length === 0) {
    throw new Regelfout('regel', 'leefgebied-vereist', 'A meetmoment scores at least one leefgebied.', [
      { path: 'scores', message: 'must score at least one leefgebied' },
    ]);
  }
  if (!profiel.leefgebiedenGesloten) return;
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

export interface VerlengingVerzoek {
  maanden: number;
  verzoekVanInburgeraar?: { datum: string } | undefined;
}

/**
 * A verlenging: only where the profile allows one, of exactly its length, at most maxAantal times, before the end, and
 * where the profile says so only on the inburgeraar's explicit request (report 3.3.4), made before today.
 */
export function controleerVerlenging(
  profiel: Pick<Profiel, 'verlenging' | 'naam'>,
  fase: Fase,
  eerdere: number,
  verzoek: VerlengingVerzoek,
  vandaag: string,
): void {
  const regel = profiel.verlenging;
  if (!regel) {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', `${profiel.naam} has no verlenging of MB.`);
  }
  if (fase === 'aangemeld') throw new Regelfout('conflict', 'traject-niet-gestart', 'The traject has not started.');
  if (fase === 'afgerond') {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', 'An afgerond traject cannot be extended.');
  }
  if (eerdere >= regel.maxAantal) {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', `At most ${regel.maxAantal} verlenging(en) allowed.`);
  }
  if (verzoek.maanden !== regel.maanden) {
    throw new Regelfout('regel', 'verlenging-niet-toegestaan', `A verlenging is ${regel.maanden} months here.`, [
      { path: 'maanden', message: `must be ${regel.maanden}` },
    ]);
  }
  if (regel.opVerzoekVanInburgeraar && !verzoek.verzoekVanInburgeraar) {
    throw new Regelfout(
      'regel',
      'verzoek-inburgeraar-vereist',
      `${profiel.naam} extends MB only when the inburgeraar explicitly asks for it (report 3.3.4): record the day of that request.`,
      [{ path: 'verzoekVanInburgeraar', message: 'is required: the day the inburgeraar asked for the verlenging' }],
    );
  }
  if (verzoek.verzoekVanInburgeraar)
    vereisNietInToekomst(verzoek.verzoekVanInburgeraar.datum, vandaag, 'verzoekVanInburgeraar.datum');
}

export interface AfrondingVerzoek {
  datum: string;
  soort: Afrondingssoort;
  overdracht?: string | undefined;
  eindgesprekOp?: string | undefined;
  afgewezenDoorInburgeraar?: boolean | undefined;
  resultatenBereikt?: ResultatenBereikt | undefined;
  warmeOverdracht?: { datum: string } | undefined;
}

/** What the traject already holds that an afronding may rely on: the plan's evaluation at afronding (3.3.4). */
export interface AfrondingContext {
  startdatum: string | undefined;
  /** "Of de beoogde resultaten zijn bereikt", where the plan was evaluated at afronding. */
  eindevaluatie?: ResultatenBereikt | undefined;
}

/**
 * An afronding: once, after the start, and also after the einddatum where the traject waits for its steps. Any soort
 * is allowed (the profile's `gebruikelijk` describes practice, it does not forbid the others); the steps the profile
 * requires are enforced: Roermond and Rotterdam close MB with an eindgesprek and a written overdracht to the
 * inburgeringsconsulent (report 4.3), Rotterdam's third phase evaluates "of de beoogde resultaten zijn bereikt"
 * (3.3.4). Someone who declines MB has no eindgesprek and no evaluation, but the consulent still gets the written
 * overdracht. A warme overdracht of the person belongs to an afronding of that soort (4.3), not before the start and not
 * after the afronding's day.
 */
export function controleerAfronding(
  profiel: Pick<Profiel, 'afronding' | 'naam' | 'afrondingsfase'>,
  fase: Fase,
  context: AfrondingContext,
  afronding: AfrondingVerzoek,
  vandaag: string,
): void {
  const { startdatum } = context;
  vereisNietAfgerond(fase);
  if (fase === 'aangemeld' || !startdatum) {
    throw new Regelfout('conflict', 'traject-niet-gestart', 'The traject has not started.');
  }
  if (afronding.datum < startdatum) {
    throw new Regelfout('regel', 'datum-voor-start', 'The afronding lies before the start of the traject.', [
      { path: 'datum', message: `must not be before ${startdatum}` },
    ]);
  }
  if (afronding.eindgesprekOp && (afronding.eindgesprekOp < startdatum || afronding.eindgesprekOp > afronding.datum)) {
    throw new Regelfout('regel', 'eindgesprek-buiten-traject', 'The eindgesprek lies outside the traject.', [
      { path: 'eindgesprekOp', message: `must lie from ${startdatum} up to the afronding` },
    ]);
  }
  vereisNietInToekomst(afronding.datum, vandaag);
  controleerWarmeOverdracht(afronding, startdatum);
  const { vereist } = profiel.afronding;
  const ontbreekt: { path: string; message: string }[] = [];
  const evaluatie = afronding.resultatenBereikt ?? context.eindevaluatie;
  if (profiel.afrondingsfase && !evaluatie && !afronding.afgewezenDoorInburgeraar) {
    ontbreekt.push({
      path: 'resultatenBereikt',
      message: 'is required: were the intended results reached (the evaluation of the afrondingsfase, report 3.3.4)',
    });
  }
  const eindgesprek = afronding.soort === 'eindgesprek' || afronding.eindgesprekOp !== undefined;
  if (vereist.eindgesprek && !eindgesprek && !afronding.afgewezenDoorInburgeraar) {
    ontbreekt.push({ path: 'eindgesprekOp', message: "is required unless soort is 'eindgesprek'" });
  }
  if (vereist.schriftelijkeOverdracht && !afronding.overdracht) {
    ontbreekt.push({ path: 'overdracht', message: 'is required: the written overdracht to the inburgeringsconsulent' });
  }
  if (ontbreekt.length > 0) {
    throw new Regelfout(
      'regel',
      'afronding-onvolledig',
      `${profiel.naam} closes MB with the steps its profile requires (report 4.3, 3.3.4); missing: ${ontbreekt.map((o) => o.path).join(', ')}.`,
      ontbreekt,
    );
  }
}

function controleerWarmeOverdracht(afronding: AfrondingVerzoek, startdatum: string): void {
  const w = afronding.warmeOverdracht;
  if (!w) return;
  if (afronding.soort !== 'warme-overdracht') {
    throw new Regelfout('regel', 'warme-overdracht-soort', 'A warme overdracht of the person closes MB as such.', [
      { path: 'soort', message: "must be 'warme-overdracht' with a warmeOverdracht" },
    ]);
  }
  if (w.datum < startdatum || w.datum > afronding.datum) {
    throw new Regelfout('regel', 'warme-overdracht-buiten-traject', 'The warme overdracht lies outside the traject.', [
      { path: 'warmeOverdracht.datum', message: `must lie from ${startdatum} up to the afronding` },
    ]);
  }
}
