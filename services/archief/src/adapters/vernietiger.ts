import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  type PersoonContext,
  type PersoonVernietigVerzoek,
  persoonVernietigAntwoord,
  persoonVerzoek,
} from '@wegwijs/contracts';
import { logger } from '@wegwijs/lambda-kit';

/** Destroys one person's items in one context (its `persoon` function); idempotent on the context's side. */
export interface Vernietiger {
  vernietig(context: PersoonContext, verzoek: PersoonVernietigVerzoek): Promise<{ vernietigdOp: string }>;
}

export class VernietigingMislukt extends Error {
  override name = 'VernietigingMislukt';
}

let sharedClient: LambdaClient | undefined;
/** The one Lambda client of this process (exported so that fault-injection tests can mock it). */
export const lambdaClient = () => {
  sharedClient ??= new LambdaClient({ maxAttempts: 2 });
  return sharedClient;
};

/** Lambda Invoke (RequestResponse) of each context's `persoon` function, by the names the deployment gives. */
export function lambdaVernietiger(options: {
  functies: Readonly<Partial<Record<PersoonContext, string>>>;
  client?: LambdaClient;
}): Vernietiger {
  return {
    async vernietig(context, verzoek) {
      const functie = options.functies[context];
      if (!functie) throw new VernietigingMislukt(`no persoon function for ${context}`);
      const client = options.client ?? lambdaClient();
      const res = await client.send(
        new InvokeCommand({
          FunctionName: functie,
          InvocationType: 'RequestResponse',
          Payload: new TextEncoder().encode(JSON.stringify(persoonVerzoek.parse(verzoek))),
        }),
      );
      if (res.FunctionError) {
        logger.error('persoon function failed', { context, verslagId: verzoek.verslagId });
        throw new VernietigingMislukt(`${context}: function error`);
      }
      const antwoord = persoonVernietigAntwoord.safeParse(
        JSON.parse(new TextDecoder().decode(res.Payload ?? new Uint8Array())),
      );
      if (!antwoord.success) throw new VernietigingMislukt(`${context}: answer outside its contract`);
      return antwoord.data;
    },
  };
}
