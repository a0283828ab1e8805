import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  type BeslissingAntwoord,
  type BeslissingVerzoek,
  beslissingAntwoord,
  beslissingVerzoek,
} from '@wegwijs/contracts';
import { HttpError, logger } from '@wegwijs/lambda-kit';

/** The consent broker's synchronous decision point, as this context needs it. */
export interface Beslispunt {
  beslis(verzoek: BeslissingVerzoek): Promise<BeslissingAntwoord>;
}

/** The decision could not be obtained (function error, network, malformed answer): nothing may be shared. */
export class BeslispuntOnbereikbaar extends HttpError {
  constructor() {
    super(
      503,
      'beslispunt-onbereikbaar',
      'Service unavailable',
      'The consent decision could not be obtained, so nothing was stored or sent. Try again later.',
    );
  }
}

let sharedClient: LambdaClient | undefined;
/** The one Lambda client of this process (exported so that fault-injection tests can mock it). */
export const lambdaClient = () => {
  sharedClient ??= new LambdaClient({ maxAttempts: 2 });
  return sharedClient;
};

/** Lambda Invoke (RequestResponse) of the broker's decision function named by WEGWIJS_BESLISSING_FUNCTIE. */
export function lambdaBeslispunt(options: { functie: string; client?: LambdaClient }): Beslispunt {
  return {
    async beslis(verzoek) {
      const payload = beslissingVerzoek.parse(verzoek);
      const client = options.client ?? lambdaClient();
      let antwoord: unknown;
      try {
        const res = await client.send(
          new InvokeCommand({
            FunctionName: options.functie,
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(payload)),
          }),
        );
        if (res.FunctionError) throw new Error(`function error ${res.FunctionError}`);
        antwoord = JSON.parse(new TextDecoder().decode(res.Payload ?? new Uint8Array()));
      } catch (e) {
        logger.error('decision point failed', {
          bronId: verzoek.bronId,
          categorie: verzoek.categorie,
          errorName: e instanceof Error ? e.name : typeof e,
        });
        throw new BeslispuntOnbereikbaar();
      }
      const parsed = beslissingAntwoord.safeParse(antwoord);
      if (!parsed.success) {
        logger.error('decision point answered outside its contract', { bronId: verzoek.bronId });
        throw new BeslispuntOnbereikbaar();
      }
      logger.info('decision', { bronId: verzoek.bronId, categorie: verzoek.categorie, besluit: parsed.data.besluit });
      return parsed.data;
    },
  };
}
