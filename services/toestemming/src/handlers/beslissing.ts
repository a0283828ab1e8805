import { type BeslissingAntwoord, beslissingVerzoek } from '@wegwijs/contracts';
import { type DepsBron, logger, losOp } from '@wegwijs/lambda-kit';
import { beslisSynchroon } from '../app/beslissing';
import type { BrokerDeps } from '../app/deps';
import { defaultDeps } from './deps';

/** Invoked directly (Lambda Invoke) by sociaal-domein before it sends a verwijzing. Throws on a malformed request. */
export function createBeslissingHandler(bron: DepsBron<BrokerDeps>) {
  return async (payload: unknown): Promise<BeslissingAntwoord> => {
    const verzoek = beslissingVerzoek.parse(payload);
    logger.appendKeys({ correlationId: verzoek.correlationId });
    const antwoord = await beslisSynchroon(losOp(bron), verzoek);
    logger.info('decision', {
      inburgeraarId: verzoek.inburgeraarId,
      bronId: verzoek.bronId,
      categorie: verzoek.categorie,
      besluit: antwoord.besluit,
    });
    return antwoord;
  };
}

export const handler = createBeslissingHandler(defaultDeps());
