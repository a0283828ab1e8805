import { ContactmomentenVastgelegd, ContactmomentVastgelegd, MeetmomentVastgelegd } from '@wegwijs/contracts';
import { event } from '@wegwijs/lambda-kit';
import { body, brokerOmgeving, meetmoment, ROUTES } from '../../services/toestemming/test/support/omgeving';
import { mediaanP95, median, ratio } from './stats';

/** Contactmomenten of the burst for one inburgeraar, sent 20 at a time (issue 21). */
const BURST = 1000;
const TEGELIJK = 20;
/** Items per batch event of the bulk path (its bound per request). */
const BULK = 500;
/** Samples of the second inburgeraar per run. */
const RONDES = 25;
const ORG = 'vluchtelingenwerk';

/**
 * One person's burst must not slow anyone else (issue 21): a second inburgeraar's writes (a consent given: one write of
 * the staat item), its decisions (a meetmoment published until the broker decided it) and the gemeente's `GET
 * voortgang`, in a quiet run and while 1,000 contactmomenten for another inburgeraar are delivered 20 at a time
 * (dynalite + the local bus ordered per inburgeraar + the broker's consumer and HTTP handler, in this process). Then
 * the same 1,000 through the bulk path of a migration (two batch events of 500, decided as batches) vs a third person.
 */
export async function benchBurst(): Promise<string[]> {
  const o = await brokerOmgeving({ wacht: async () => undefined });
  try {
    const consulent = await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    let n = 0;
    async function meet(ib: string) {
      const token = await o.token({ sub: ib, rol: 'inburgeraar' });
      const schrijf: number[] = [];
      const besluit: number[] = [];
      const lees: number[] = [];
      for (let i = 0; i < RONDES; i++) {
        let t = performance.now();
        await o.roep({ method: 'POST', routePath: ROUTES.toestemmingen, params: { id: ib }, body: body(), token });
        schrijf.push(performance.now() - t);
        const bronId = `m-${ib}-${i}`;
        const klaar = o.omgeving.bus.waitFor(
          'toestemming',
          MeetmomentVastgelegd.detailType,
          (e) => (e.detail as { data: { meetmomentId: string } }).data.meetmomentId === bronId,
        );
        t = performance.now();
        await o.publisher.publish(event(MeetmomentVastgelegd, o.meta(ib, ORG), meetmoment(bronId)));
        await klaar;
        besluit.push(performance.now() - t);
        t = performance.now();
        await o.roep({ method: 'GET', routePath: ROUTES.voortgang, params: { id: ib }, token: consulent });
        lees.push(performance.now() - t);
      }
      return { schrijf, besluit, lees };
    }
    async function burst(ib: string) {
      for (let i = 0; i < BURST; i += TEGELIJK) {
        await Promise.all(
          Array.from({ length: TEGELIJK }, () =>
            o.publisher.publish(
              event(ContactmomentVastgelegd, o.meta(ib, ORG), {
                contactmomentId: `k-${++n}`,
                datum: '2026-04-02',
                vorm: 'telefoon',
                duurMinuten: 20,
              }),
            ),
          ),
        );
      }
    }
    /** The bulk path of a migration (POST .../historie): the same 1,000 as two batch events of 500. */
    async function bulk(ib: string) {
      for (let deel = 0; deel < BURST / BULK; deel++) {
        const contactmomenten = Array.from({ length: BULK }, () => ({
          contactmomentId: `k-${++n}`,
          datum: '2026-04-02',
          vorm: 'telefoon' as const,
          duurMinuten: 20,
        }));
        await o.publisher.publish(
          event(ContactmomentenVastgelegd, o.meta(ib, ORG), { contactmomenten, deel: { nummer: 1, van: 1 } }),
        );
      }
    }
    const duur = async (werk: Promise<unknown>) => {
      const t = performance.now();
      await werk;
      await o.omgeving.bus.idle();
      return performance.now() - t;
    };
    for (const ib of ['ib-opwarm', 'ib-stil', 'ib-tweede', 'ib-burst', 'ib-derde', 'ib-bulk']) {
      await o.aanmelden(ib, ORG);
    }
    await meet('ib-opwarm');
    const stil = await meet('ib-stil');
    const bezig = duur(burst('ib-burst'));
    const tijdens = await meet('ib-tweede');
    const burstDuur = await bezig;
    const bezigBulk = duur(bulk('ib-bulk'));
    const tijdensBulk = await meet('ib-derde');
    const bulkDuur = await bezigBulk;
    const regel = (wat: string, a: number[], b: number[]) =>
      `  ${wat.padEnd(36)} quiet ${mediaanP95(a)}  during ${mediaanP95(b)}  ratio ${ratio(median(b), median(a))}`;
    return [
      `## one person's burst (${BURST} contactmomenten, ${TEGELIJK} at a time) vs a second inburgeraar (${RONDES} rounds)`,
      regel('consent given (one staat write)', stil.schrijf, tijdens.schrijf),
      regel('meetmoment published -> decided', stil.besluit, tijdens.besluit),
      regel('GET voortgang (gemeente)', stil.lees, tijdens.lees),
      `## the same 1,000 through the bulk path (POST .../historie: ${BURST / BULK} batch events of ${BULK}) vs a third inburgeraar`,
      regel('consent given (one staat write)', stil.schrijf, tijdensBulk.schrijf),
      regel('meetmoment published -> decided', stil.besluit, tijdensBulk.besluit),
      regel('GET voortgang (gemeente)', stil.lees, tijdensBulk.lees),
      `  1,000 decided: one by one ${(burstDuur / 1000).toFixed(1)} s, as batches ${(bulkDuur / 1000).toFixed(1)} s (each includes the third person's rounds)`,
      `  dead letters ${o.omgeving.bus.deadLetters.length}; goal: every ratio within 2x`,
    ];
  } finally {
    await o.omgeving.stop();
  }
}
