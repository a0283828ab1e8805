import type { EventContract } from '../envelope';
import * as aanmelding from './aanmelding';
import * as begeleiding from './begeleiding';
import * as regeldag from './regeldag';
import * as regie from './regie';
import * as sociaalDomein from './sociaal-domein';
import * as toegangslog from './toegangslog';
import * as toestemming from './toestemming';

export * from './aanmelding';
export * from './begeleiding';
export * from './regeldag';
export * from './regie';
export * from './sociaal-domein';
export * from './toegangslog';
export * from './toestemming';

/** Every event contract of Wegwijs, keyed by detail-type. */
export const ALLE_EVENTS: readonly EventContract[] = [
  aanmelding,
  regeldag,
  begeleiding,
  sociaalDomein,
  toestemming,
  regie,
  toegangslog,
]
  .flatMap((module) => Object.values(module) as unknown[])
  .filter(isEventContract);

function isEventContract(e: unknown): e is EventContract {
  return typeof e === 'object' && e !== null && 'detailType' in e && 'envelope' in e;
}

export const EVENTS_BY_DETAIL_TYPE: ReadonlyMap<string, EventContract> = new Map(
  ALLE_EVENTS.map((e) => [e.detailType, e]),
);

/** Events that carry voortgangsinformatie (tagged with a categorie): the consent broker is their only consumer. */
export const VOORTGANG_EVENTS = ALLE_EVENTS.filter((e) => e.categorie !== undefined);
