import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import type { ApiResponse, TestPlatform } from '../support/platform';
import { mediaanP95, median, ratio } from './stats';

export const DOSSIERS = 5;
const EVENTS_PER_DOSSIER = 10;

/** Inburgeraars of Den Haag with an active consent for zelfredzaamheid (shared with the gemeente as a whole). */
export async function dossiersMetToestemming(p: TestPlatform): Promise<Dossier[]> {
  const dossiers: Dossier[] = [];
  for (let i = 0; i < DOSSIERS; i++) {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    verwacht(
      await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar, body: toestemming() }),
      201,
    );
    dossiers.push(d);
  }
  await p.settled();
  return dossiers;
}

export const toestemming = () => ({
  ontvanger: { gemeente: '0518' },
  categorieen: ['zelfredzaamheid'],
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'toestemming-v1',
});

export const meetmoment = () => ({ datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } });

export function verwacht(res: ApiResponse, status: number): ApiResponse {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

const wacht = (msec: number) => new Promise((r) => setTimeout(r, msec));

/**
 * From POST meetmomenten until the broker's decision is in the inburgeraar's verwerkingenlog: the POST's response, the
 * bus settled (decision written, downstream deliveries done), and the decision read back (GET verwerkingen, polled
 * every 2 ms until the entry with this bronId is there).
 */
export async function benchEventPad(p: TestPlatform, dossiers: readonly Dossier[]): Promise<string[]> {
  const antwoord: number[] = [];
  const besloten: number[] = [];
  const zichtbaar: number[] = [];
  let pogingen = 0;
  for (let i = 0; i < DOSSIERS * EVENTS_PER_DOSSIER; i++) {
    const d = dossiers[i % dossiers.length] as Dossier;
    await p.settled();
    const t0 = performance.now();
    const res = verwacht(
      await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, { token: d.begeleider, body: meetmoment() }),
      201,
    );
    antwoord.push(performance.now() - t0);
    await p.settled();
    besloten.push(performance.now() - t0);
    for (;;) {
      pogingen++;
      const log = await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token: d.inburgeraar });
      const items = (log.body?.items ?? []) as { actie: string; bronId?: string }[];
      if (items.some((e) => e.actie === 'gedeeld' && e.bronId === res.body.meetmomentId)) break;
      await wacht(2);
    }
    zichtbaar.push(performance.now() - t0);
  }
  const n = antwoord.length;
  return [
    `event path: POST meetmomenten -> broker decision in GET verwerkingen (${n} events, ${DOSSIERS} dossiers, consent active)`,
    `  POST response                ${mediaanP95(antwoord)}`,
    `  decision written (settled)   ${mediaanP95(besloten)}`,
    `  decision visible (GET log)   ${mediaanP95(zichtbaar)}  = ${ratio(median(zichtbaar), median(antwoord))} the POST; ${(pogingen / n).toFixed(2)} GETs per event`,
  ];
}
