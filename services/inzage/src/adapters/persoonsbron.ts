import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  functieId,
  type InzageContext,
  type PersoonRecord,
  type PersoonVerzoek,
  persoonInzageAntwoord,
} from '@wegwijs/contracts';
import { HttpError, logger } from '@wegwijs/lambda-kit';

/** The person repositories of the contexts, as the inzage needs them. */
export interface Persoonsbron {
  items(context: InzageContext, inburgeraarId: string): Promise<PersoonRecord[]>;
}

/** A context's repository could not be read: the inzage is not given half (503, nothing shown). */
export class PersoonsbronOnbereikbaar extends HttpError {
  constructor() {
    super(
      503,
      'inzage-onvolledig',
      'Tijdelijk niet beschikbaar',
      'Niet alle gegevens konden worden verzameld. Probeer het later opnieuw.',
    );
  }
}

let sharedClient: LambdaClient | undefined;
const lambdaClient = () => {
  sharedClient ??= new LambdaClient({ maxAttempts: 2 });
  return sharedClient;
};

/** Lambda Invoke (RequestResponse) of each context's `persoon` function, named by WEGWIJS_PERSOON_FUNCTIES. */
export function lambdaPersoonsbron(options: {
  functies: Readonly<Record<string, string>>;
  client?: LambdaClient;
}): Persoonsbron {
  return {
    async items(context, inburgeraarId) {
      const verzoek: PersoonVerzoek = { actie: 'inzage', inburgeraarId };
      let antwoord: unknown;
      try {
        const res = await (options.client ?? lambdaClient()).send(
          new InvokeCommand({
            FunctionName: options.functies[context] ?? functieId(context, 'persoon'),
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(verzoek)),
          }),
        );
        if (res.FunctionError) throw new Error(`function error ${res.FunctionError}`);
        antwoord = JSON.parse(new TextDecoder().decode(res.Payload ?? new Uint8Array()));
      } catch (e) {
        logger.error('person repository failed', { context, errorName: e instanceof Error ? e.name : typeof e });
        throw new PersoonsbronOnbereikbaar();
      }
      const parsed = persoonInzageAntwoord.safeParse(antwoord);
      if (!parsed.success) {
        logger.error('person repository answered outside its contract', { context });
        throw new PersoonsbronOnbereikbaar();
      }
      return parsed.data.items;
    },
  };
}
