import { anoniemeMetaVoor, type UitgaandEvent } from '@wegwijs/lambda-kit';
import { regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { regietellingen } from '../domain/regietellingen';
import type { Staat } from '../domain/typen';

/**
 * Regie's tellingen of one write of the staat (consents given and withdrawn per categorie), as anonymous
 * RegietellingenBijgewerkt events of the same write. A consent changes only with its ToestemmingGegeven or
 * ToestemmingIngetrokken in that write: its actor (rol and org, no sub) and correlation are the tellingen's.
 */
export function tellingenEvents(voor: Staat | undefined, na: Staat, events: readonly UitgaandEvent[]): UitgaandEvent[] {
  const tellingen = regietellingen(voor, na);
  if (tellingen.length === 0) return [];
  const oorzaak = events[0]?.meta;
  if (!oorzaak) throw new Error('a consent changed without its event');
  const meta = anoniemeMetaVoor(oorzaak.actor, na.gemeente, oorzaak.correlationId, oorzaak.causationId);
  return regietellingenEvents('wegwijs.toestemming', meta, tellingen);
}
