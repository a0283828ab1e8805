import { BATCH, BATCHES, beslisDoorvoer, SOORTEN } from './beslis-doorvoer';
import { brokerVerzoeken, INBURGERAARS, type Meting, type Soort } from './broker-verzoeken';
import { mediaanP95, median, percentile, ratio } from './stats';

/** The consent broker: the pure decision function's throughput and the storage cost of each event. */
export async function benchBroker(): Promise<string[]> {
  const { perSeconde } = beslisDoorvoer();
  const doorvoer = median(perSeconde);
  const nsPerBesluit = 1e9 / doorvoer;
  const metingen = await brokerVerzoeken();
  const verzoeken = (soort: Soort) => median(metingen[soort].map((m) => m.verzoeken));
  const regel = (soort: Soort, wat: string) => {
    const m: Meting[] = metingen[soort];
    const n = m.map((x) => x.verzoeken);
    const bereik = Math.min(...n) === Math.max(...n) ? '' : ` (${Math.min(...n)}-${Math.max(...n)})`;
    return `  ${wat.padEnd(29)} ${verzoeken(soort)} requests${bereik}  handler ${mediaanP95(m.map((x) => x.ms))}`;
  };
  const gedeeldMs = median(metingen.gedeeld.map((m) => m.ms));
  return [
    '## consent broker',
    `beslis() (pure; ${SOORTEN} kinds of question, 4 consents): median ${(doorvoer / 1e6).toFixed(2)} M decisions/s ` +
      `(${nsPerBesluit.toFixed(0)} ns each); slowest batch ${(percentile(perSeconde, 5) / 1e6).toFixed(2)} M/s; ` +
      `${BATCHES} batches of ${BATCH / 1e6}M`,
    `DynamoDB requests per event through the consumer handler (real client counted by SDK middleware, dynalite, ${INBURGERAARS} inburgeraars):`,
    regel('gedeeld', 'shared (meetmoment, consent)'),
    regel('geweigerd', 'refused (contactmoment)'),
    regel('opnieuw', 'redelivery of a shared event'),
    `  refused/shared requests ${ratio(verzoeken('geweigerd'), verzoeken('gedeeld'))}; a shared event's handler takes ` +
      `${Math.round((gedeeldMs * 1e6) / nsPerBesluit).toLocaleString('en')}x one decision (storage is the cost)`,
  ];
}
