import type { PersoonRecord } from '@wegwijs/contracts';
import { niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { persoonSleutel } from '../adapters/keys';
import { isVernietigd } from '../domain/persoon';
import type { ArchiefDeps } from './deps';

/**
 * The archief's record of a person, for their inzage (AVG art. 15(1)(d): how long their data is kept): the day of the
 * aanmelding and of the end of the traject, whether they are on the vernietigingslijst or postponed (and why). Dates
 * and codes only. A destroyed person has none (their tombstone names nobody).
 */
export async function persoonsItems(deps: ArchiefDeps, inburgeraarId: string): Promise<PersoonRecord[]> {
  const staat = (await deps.store.personen.laad(persoonSleutel(inburgeraarId)))?.staat;
  if (!staat || isVernietigd(staat)) return [];
  return [
    { context: 'archief', soort: 'bewaring', id: inburgeraarId, vastgelegdOp: staat.aangemeldOp, inhoud: { ...staat } },
  ];
}

/**
 * The archief's own record goes last in its destruction walk (app/vernietigen.ts, a tombstone under the hashed key);
 * asked directly it does the same step: idempotent, nothing personal left.
 */
export async function vernietigPersoon(
  deps: ArchiefDeps,
  inburgeraarId: string,
  opdracht: { verslagId: string },
): Promise<{ vernietigdOp: string }> {
  await voerUit(deps, deps.store.personen, persoonSleutel(inburgeraarId), (huidig) =>
    huidig && isVernietigd(huidig.staat)
      ? niets(undefined)
      : schrijf({ vernietigd: opdracht.verslagId }, [], undefined),
  );
  return { vernietigdOp: deps.clock.now().toISOString() };
}
