import type { Doelgroep, Startmoment } from '@wegwijs/contracts';
import type { Profiel } from './schema';

/** The dates MB can start from, where known. */
export interface StartFeiten {
  koppelingsdatum?: string | undefined;
  woningtoewijzingsdatum?: string | undefined;
  brpInschrijvingsdatum?: string | undefined;
}

const datumVan = (moment: Startmoment, f: StartFeiten): string | undefined =>
  moment === 'koppeling'
    ? f.koppelingsdatum
    : moment === 'woningtoewijzing'
      ? f.woningtoewijzingsdatum
      : f.brpInschrijvingsdatum;

/** The startmomenten of a doelgroep: the doelgroep's own, else the gemeente's startmoment. */
export const startmomentenVoor = (profiel: Pick<Profiel, 'doelgroepen' | 'startmoment'>, doelgroep: Doelgroep) =>
  profiel.doelgroepen.find((d) => d.doelgroep === doelgroep)?.startmomenten ?? [profiel.startmoment];

/**
 * The day MB starts for a doelgroep: the earliest known date among its startmomenten. Where the gemeente starts at the
 * woningtoewijzing (report 4.1.2), a nareiziger or gezinsmigrant who only gets a BRP-inschrijving starts on that day:
 * MB legally starts at the BRP-inschrijving (Wi2021 art. 13(3)) and a nareiziger joining a housed household has no
 * woningtoewijzing of their own.
 */
export function startdatumVoor(
  profiel: Pick<Profiel, 'doelgroepen' | 'startmoment'>,
  doelgroep: Doelgroep,
  feiten: StartFeiten,
): string | undefined {
  return startmomentenVoor(profiel, doelgroep)
    .map((m) => datumVan(m, feiten))
    .filter((d): d is string => d !== undefined)
    .sort()[0];
}
