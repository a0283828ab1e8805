import type { AanmeldingGeregistreerd, Envelope, TrajectBeeindigd } from '@wegwijs/contracts';
import { niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { persoonSleutel } from '../adapters/keys';
import { aangemeld, beeindigd } from '../domain/levensloop';
import { isVernietigd, type Persoon } from '../domain/persoon';
import type { ArchiefDeps } from './deps';

const dag = (tijdstip: string) => tijdstip.slice(0, 10);

/** AanmeldingGeregistreerd: the person exists from this day. A destroyed person (tombstone) is never re-created. */
export async function registreerAanmelding(deps: ArchiefDeps, e: Envelope<typeof AanmeldingGeregistreerd>) {
  const { inburgeraarId, gemeente, occurredAt } = e.meta;
  await voerUit(deps, deps.store.personen, persoonSleutel(inburgeraarId), (huidig) =>
    huidig ? niets(undefined) : schrijf(aangemeld(inburgeraarId, gemeente, dag(occurredAt)), [], undefined),
  );
}

/** TrajectBeeindigd: the day the bewaartermijnen start (or the aanmelding's, when it never started). */
export async function registreerEinde(deps: ArchiefDeps, e: Envelope<typeof TrajectBeeindigd>) {
  const { inburgeraarId, gemeente, occurredAt } = e.meta;
  const { einddatum, gestart } = e.data;
  await voerUit(deps, deps.store.personen, persoonSleutel(inburgeraarId), (huidig) => {
    if (isVernietigd(huidig?.staat)) return niets(undefined);
    // The aanmelding's event may come later: until then the person counts from this event's day.
    const p: Persoon = (huidig?.staat as Persoon | undefined) ?? aangemeld(inburgeraarId, gemeente, dag(occurredAt));
    const nieuw = beeindigd(p, einddatum, gestart);
    return nieuw === p && huidig ? niets(undefined) : schrijf(nieuw, [], undefined);
  });
}
