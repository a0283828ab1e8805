import {
  AanmeldingGeregistreerd,
  ContactmomentVastgelegd,
  type EventContract,
  type EventData,
  MeetmomentVastgelegd,
} from '@wegwijs/contracts';
import { createPublisher, dynamoClient, event, type MetaInput } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving } from '@wegwijs/test-helpers';
import { createConsumer } from '@wegwijs/toestemming/handlers/consumer';
import { defaultDeps } from '@wegwijs/toestemming/handlers/deps';
import { createHttpHandler } from '@wegwijs/toestemming/handlers/http';
import { toestemmingTabel } from '@wegwijs/toestemming/tabel';

export const INBURGERAARS = 20;
type Actor = MetaInput['actor'];
const CONSULENT: Actor = { org: 'gemeente-0518', rol: 'inburgeringsconsulent' };
const BEGELEIDER: Actor = { org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider' };
export type Soort = 'gedeeld' | 'geweigerd' | 'opnieuw';
export interface Meting {
  verzoeken: number;
  ms: number;
}

/**
 * DynamoDB requests per event of the broker's consumer handler, with its real deps (the process's DynamoDB client,
 * counted by SDK middleware as in services/toestemming/test/verzoeken.test.ts) on dynalite, events over the local bus.
 */
export async function brokerVerzoeken(): Promise<Record<Soort, Meting[]>> {
  const o = await startTestOmgeving({ tabellen: [toestemmingTabel] });
  try {
    gebruik(o, 'toestemming');
    let teller = 0;
    dynamoClient().middlewareStack.add(
      (next) => async (args) => {
        teller++;
        return next(args);
      },
      { step: 'initialize', name: 'benchTelVerzoeken' },
    );
    const deps = defaultDeps();
    const consumer = createConsumer(deps);
    let laatste: Meting | undefined;
    o.bus.register('toestemming', async (e) => {
      const [voor, t0] = [teller, performance.now()];
      await consumer(e);
      laatste = { verzoeken: teller - voor, ms: performance.now() - t0 };
    });
    const http = createHttpHandler(deps);
    const publisher = createPublisher({ busName: o.bus.busName });
    const stuur = async <E extends EventContract>(contract: E, ib: string, actor: Actor, data: EventData<E>) => {
      laatste = undefined;
      const meta = { gemeente: '0518', inburgeraarId: ib, actor, correlationId: `bench-${ib}` };
      await publisher.publish(event(contract, meta, data));
      await o.bus.idle();
      if (!laatste) throw new Error(`${contract.detailType} was not delivered to the broker`);
      return laatste;
    };
    const metingen: Record<Soort, Meting[]> = { gedeeld: [], geweigerd: [], opnieuw: [] };
    for (let n = 0; n < INBURGERAARS; n++) {
      const ib = `ib-bench-${n}`;
      await stuur(AanmeldingGeregistreerd, ib, CONSULENT, {
        doelgroep: 'asielstatushouder',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2026-01-05',
      });
      const token = await o.token({ sub: ib, rol: 'inburgeraar' });
      const body = {
        ontvanger: { gemeente: '0518' },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'v1',
      };
      const res = await roep(http, {
        method: 'POST',
        routePath: '/v1/inburgeraars/{id}/toestemmingen',
        params: { id: ib },
        body,
        token,
      });
      if (res.status !== 201) throw new Error(`consent refused: ${res.status}`);
      await o.bus.idle();
      const datum = new Date().toISOString().slice(0, 10);
      const meetmoment = { meetmomentId: `m-${n}`, datum, scores: { wonen: 3 }, toelichting: 'vertrouwelijk' };
      metingen.gedeeld.push(await stuur(MeetmomentVastgelegd, ib, BEGELEIDER, meetmoment));
      metingen.geweigerd.push(
        await stuur(ContactmomentVastgelegd, ib, BEGELEIDER, {
          contactmomentId: `k-${n}`,
          datum,
          vorm: 'huisbezoek',
          duurMinuten: 45,
        }),
      );
      metingen.opnieuw.push(await stuur(MeetmomentVastgelegd, ib, BEGELEIDER, meetmoment));
    }
    return metingen;
  } finally {
    await o.stop();
  }
}
