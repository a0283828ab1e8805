import type { InburgeringBody } from '@wegwijs/contracts';
import { isVoor } from './datum';
import type { Inburgeraar, InburgeringsFeit } from './inburgeraar';

export type InburgeringUitkomst =
  | { kind: 'vastleggen'; feit: InburgeringsFeit }
  | { kind: 'ongewijzigd' }
  | { kind: 'conflict'; detail: string }
  | {
      kind: 'geweigerd';
      slug:
        | 'datum-voor-koppeling'
        | 'datum-in-toekomst'
        | 'toestemming-vereist'
        | 'wijziging-voor-besluit'
        | 'geen-besluit-om-te-wijzigen';
      detail: string;
    };

const NAAM: Record<InburgeringBody['soort'], string> = {
  'brede-intake': 'brede intake',
  'pip-vastgesteld': 'PIP',
  leerroute: 'leerroute',
  'eerste-taalles': 'first language lesson',
};

/** What the body says beside its kind, as a fact (no ids, no sharing state). */
function inhoud(
  body: InburgeringBody,
): Omit<InburgeringsFeit, 'mijlpaalId' | 'gedeeldMet' | 'uitnodigingGedeeldMet' | 'eerder'> {
  const { soort: _soort, ...rest } = body;
  return rest;
}

const zelfde = (feit: InburgeringsFeit, body: InburgeringBody) => {
  const nieuw = inhoud(body);
  const { mijlpaalId: _id, gedeeldMet: _g, uitnodigingGedeeldMet: _u, eerder: _e, ...oud } = feit;
  const sleutels = new Set([...Object.keys(oud), ...Object.keys(nieuw)]);
  const waarde = (o: object, k: string) => JSON.stringify((o as Record<string, unknown>)[k]);
  return [...sleutels].every((k) => waarde(oud, k) === waarde(nieuw, k));
};

type Besluit = Extract<InburgeringBody, { soort: 'leerroute' | 'pip-vastgesteld' }>;

/**
 * A change of the leerroute or the PIP after the decision recorded before (issue 22 item 8): "inburgeraars [maken]
 * soms bezwaar tegen de gekozen leerroute. In zulke gevallen gaan de consulent, de inburgeraar en de maatschappelijk
 * begeleider hierover in gesprek" (report 3.4.1, Heerenveen). Recorded with its date, after the decision it changes
 * (the conversation not in the future); the earlier decisions stay, oldest first.
 */
function wijzigBesluit(
  huidig: InburgeringsFeit | undefined,
  body: Besluit,
  vandaag: string,
  mijlpaalId: string,
): InburgeringUitkomst {
  if (!huidig) {
    return {
      kind: 'geweigerd',
      slug: 'geen-besluit-om-te-wijzigen',
      detail: `There is no ${NAAM[body.soort]} recorded yet to change: record it without wijziging.`,
    };
  }
  if (body.datum <= huidig.datum) {
    return {
      kind: 'geweigerd',
      slug: 'wijziging-voor-besluit',
      detail: `A change of the ${NAAM[body.soort]} lies after the decision it changes (${huidig.datum}).`,
    };
  }
  if (body.wijziging?.gesprekOp && body.wijziging.gesprekOp > vandaag) {
    return { kind: 'geweigerd', slug: 'datum-in-toekomst', detail: 'The conversation about the bezwaar took place.' };
  }
  const { eerder, ...vorige } = huidig;
  return { kind: 'vastleggen', feit: { mijlpaalId, ...inhoud(body), eerder: [...(eerder ?? []), vorige] } };
}

/**
 * The brede intake is planned first (its date, the begeleider invited or not) and recorded once it took place
 * (`begeleiderAanwezig`). Until then it can be planned again; attendance needs an invitation that the broker shared
 * with the organisation assigned now (the inburgeraar's consent for brede-intake), on the planned date.
 */
function bredeIntake(
  inburgeraar: Inburgeraar,
  body: Extract<InburgeringBody, { soort: 'brede-intake' }>,
  vandaag: string,
  mijlpaalId: string,
): InburgeringUitkomst {
  const huidig = inburgeraar.inburgering?.['brede-intake'];
  if (huidig?.begeleiderAanwezig !== undefined) {
    return huidig.datum === body.datum && body.begeleiderAanwezig === huidig.begeleiderAanwezig
      ? { kind: 'ongewijzigd' }
      : { kind: 'conflict', detail: `The brede intake of ${huidig.datum} is already recorded as held.` };
  }
  if (body.begeleiderAanwezig === undefined) {
    if (huidig && zelfde(huidig, body)) return { kind: 'ongewijzigd' };
    return { kind: 'vastleggen', feit: { mijlpaalId, ...inhoud(body) } };
  }
  if (body.datum > vandaag) {
    return {
      kind: 'geweigerd',
      slug: 'datum-in-toekomst',
      detail: 'Attendance is recorded once the intake took place.',
    };
  }
  const gedeeld = huidig?.datum === body.datum && huidig.uitnodigingGedeeldMet === inburgeraar.uitvoeringsorganisatie;
  if (body.begeleiderAanwezig && !gedeeld) {
    return {
      kind: 'geweigerd',
      slug: 'toestemming-vereist',
      detail:
        'The begeleider attends the brede intake only when the invitation on that date was shared with the assigned organisation, which needs the consent of the inburgeraar (categorie brede-intake).',
    };
  }
  const feit: InburgeringsFeit = {
    mijlpaalId,
    datum: body.datum,
    ...(huidig?.begeleiderUitgenodigd !== undefined ? { begeleiderUitgenodigd: huidig.begeleiderUitgenodigd } : {}),
    begeleiderAanwezig: body.begeleiderAanwezig,
    ...(gedeeld && huidig?.uitnodigingGedeeldMet ? { uitnodigingGedeeldMet: huidig.uitnodigingGedeeldMet } : {}),
  };
  return { kind: 'vastleggen', feit };
}

/**
 * Decides one fact of the inburgering (pure). Not before the koppeling; the PIP and the leerroute are decisions taken,
 * so not in the future (the brede intake and the first lesson may be planned ahead). The PIP, the leerroute and the
 * first lesson are recorded once: the same again changes nothing, another value is a conflict, unless it is a change
 * of the leerroute or the PIP (`wijziging`, after a bezwaar: report 3.4.1), which keeps the earlier decision.
 */
export function beslisInburgering(
  inburgeraar: Inburgeraar,
  body: InburgeringBody,
  vandaag: string,
  mijlpaalId: string,
): InburgeringUitkomst {
  if (isVoor(body.datum, inburgeraar.koppelingsdatum)) {
    return {
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
      detail: `The ${NAAM[body.soort]} cannot lie before the koppelingsdatum ${inburgeraar.koppelingsdatum}.`,
    };
  }
  if (body.soort === 'brede-intake') return bredeIntake(inburgeraar, body, vandaag, mijlpaalId);
  if ((body.soort === 'pip-vastgesteld' || body.soort === 'leerroute') && body.datum > vandaag) {
    return { kind: 'geweigerd', slug: 'datum-in-toekomst', detail: `The ${NAAM[body.soort]} is a decision taken.` };
  }
  const huidig = inburgeraar.inburgering?.[body.soort];
  if (huidig && zelfde(huidig, body)) return { kind: 'ongewijzigd' };
  if ((body.soort === 'leerroute' || body.soort === 'pip-vastgesteld') && body.wijziging) {
    return wijzigBesluit(huidig, body, vandaag, mijlpaalId);
  }
  if (huidig) {
    const hoe = body.soort === 'eerste-taalles' ? '' : ' (a change after a bezwaar carries `wijziging`)';
    return { kind: 'conflict', detail: `The ${NAAM[body.soort]} is already recorded (${huidig.datum})${hoe}.` };
  }
  return { kind: 'vastleggen', feit: { mijlpaalId, ...inhoud(body) } };
}
