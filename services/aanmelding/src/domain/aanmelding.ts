import { type AanmeldingBody, heeftKoppeling } from '@wegwijs/contracts';
import { type Profiel, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { isVoor } from './datum';
import type { Inburgeraar } from './inburgeraar';

export type AanmeldingUitkomst =
  | { kind: 'aangemeld'; inburgeraar: Inburgeraar }
  | {
      kind: 'geweigerd';
      slug:
        | 'doelgroep-niet-bediend'
        | 'geen-uitvoeringsorganisatie'
        | 'geboortedatum-na-koppeling'
        | 'koppelingsdatum-vereist'
        | 'koppelingsdatum-zonder-koppeling';
      detail: string;
      /** The body field the refusal is about. */
      veld?: 'koppelingsdatum';
    };

/**
 * A doelgroep with a COA koppeling needs its koppelingsdatum; one without a koppeling (gezinsmigrant, oudere,
 * ex-Nidos-jongere: report 4.4) may not send one, since any date there would be a made-up one that the timeline and the
 * doorlooptijden would then count from.
 */
function koppelingWeigering(body: AanmeldingBody): AanmeldingUitkomst | undefined {
  if (heeftKoppeling(body.doelgroep) && !body.koppelingsdatum) {
    return {
      kind: 'geweigerd',
      slug: 'koppelingsdatum-vereist',
      detail: `Een ${body.doelgroep} is door het COA aan de gemeente gekoppeld: de koppelingsdatum is verplicht.`,
      veld: 'koppelingsdatum',
    };
  }
  if (!heeftKoppeling(body.doelgroep) && body.koppelingsdatum) {
    return {
      kind: 'geweigerd',
      slug: 'koppelingsdatum-zonder-koppeling',
      detail: `Een ${body.doelgroep} wordt niet door het COA aan een gemeente gekoppeld (rapport 4.4): laat de koppelingsdatum weg.`,
      veld: 'koppelingsdatum',
    };
  }
  return undefined;
}

/**
 * Registers an inburgeraar for a gemeente. The uitvoeringsorganisatie comes from the profile per doelgroep; a doelgroep
 * the profile does not serve (gezinsmigrant outside Rotterdam) is refused.
 */
export function meldAan(
  profiel: Profiel,
  body: AanmeldingBody,
  inburgeraarId: string,
  aangemeldOp: string,
): AanmeldingUitkomst {
  const uitvoeringsorganisatie = uitvoeringsorganisatieVoor(profiel, body.doelgroep);
  if (uitvoeringsorganisatie === null) {
    return {
      kind: 'geweigerd',
      slug: 'geen-uitvoeringsorganisatie',
      detail: `Gemeente ${profiel.naam} guides doelgroep ${body.doelgroep} through an organisation the report does not name; this deployment has not configured it (profile field doelgroepen).`,
    };
  }
  if (!uitvoeringsorganisatie) {
    return {
      kind: 'geweigerd',
      slug: 'doelgroep-niet-bediend',
      detail: `Gemeente ${profiel.naam} offers no maatschappelijke begeleiding to doelgroep ${body.doelgroep}.`,
    };
  }
  const weigering = koppelingWeigering(body);
  if (weigering) return weigering;
  if (isVoor(body.koppelingsdatum, body.persoon.geboortedatum)) {
    return {
      kind: 'geweigerd',
      slug: 'geboortedatum-na-koppeling',
      detail: 'The geboortedatum lies after the koppelingsdatum.',
    };
  }
  return {
    kind: 'aangemeld',
    inburgeraar: {
      inburgeraarId,
      gemeente: profiel.cbs,
      doelgroep: body.doelgroep,
      uitvoeringsorganisatie,
      ...(body.koppelingsdatum ? { koppelingsdatum: body.koppelingsdatum } : {}),
      persoon: { ...body.persoon, talen: [...body.persoon.talen] },
      aangemeldOp,
    },
  };
}

/** Whether a repeated aanmelding (same id, from an Idempotency-Key retry) asks for the same thing. */
export const zelfdeAanmelding = (bestaand: Inburgeraar, body: AanmeldingBody) =>
  bestaand.gemeente === body.gemeente &&
  bestaand.doelgroep === body.doelgroep &&
  bestaand.koppelingsdatum === body.koppelingsdatum &&
  JSON.stringify(bestaand.persoon) === JSON.stringify(body.persoon);
