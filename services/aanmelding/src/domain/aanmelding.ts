import type { AanmeldingBody } from '@wegwijs/contracts';
import { type Profiel, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { isVoor } from './datum';
import type { Inburgeraar } from './inburgeraar';

export type AanmeldingUitkomst =
  | { kind: 'aangemeld'; inburgeraar: Inburgeraar }
  | {
      kind: 'geweigerd';
      slug: 'doelgroep-niet-bediend' | 'geen-uitvoeringsorganisatie' | 'geboortedatum-na-koppeling';
      detail: string;
    };

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
      koppelingsdatum: body.koppelingsdatum,
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
