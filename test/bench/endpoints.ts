import { plusDagen, vandaag } from '../support/datums';
import type { Dossier } from '../support/dossier';
import type { ApiResponse, TestPlatform } from '../support/platform';
import { meetmoment, toestemming, verwacht } from './event-pad';
import { median, percentile, ratio, tabel } from './stats';

const RUNS = 100;

/** Times `RUNS` sequential requests; pending event deliveries are settled before each, outside the timing. */
async function tijden(p: TestPlatform, status: number, doe: (i: number) => Promise<ApiResponse>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await p.settled();
    const t0 = performance.now();
    const res = await doe(i);
    samples.push(performance.now() - t0);
    verwacht(res, status);
  }
  await p.settled();
  return samples;
}

/** Median latency of the main write endpoints and the gemeente's view, against GET /health (the gateway's floor). */
export async function benchEndpoints(p: TestPlatform, dossiers: readonly Dossier[]): Promise<string[]> {
  const [d] = dossiers;
  if (!d) throw new Error('no dossier');
  const health = await tijden(p, 200, () => p.api('GET', '/health'));
  const ids: string[] = [];
  const aanmelding = {
    gemeente: '0518',
    doelgroep: 'asielstatushouder',
    persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-02-14', talen: ['ar'] },
    koppelingsdatum: plusDagen(vandaag(), -80),
  };
  const aanmeldingen = await tijden(p, 201, async () => {
    const res = await p.api('POST', '/v1/aanmeldingen', { token: d.consulent, body: aanmelding });
    ids.push(res.body?.inburgeraarId as string);
    return res;
  });
  const tokens = await Promise.all(ids.map((id) => p.token({ sub: id, rol: 'inburgeraar' })));
  const toestemmingen = await tijden(p, 201, (i) =>
    p.api('POST', `/v1/inburgeraars/${ids[i]}/toestemmingen`, { token: tokens[i] ?? '', body: toestemming() }),
  );
  const meetmomenten = await tijden(p, 201, (i) => {
    const x = dossiers[i % dossiers.length] as Dossier;
    return p.api('POST', `/v1/inburgeraars/${x.id}/meetmomenten`, { token: x.begeleider, body: meetmoment() });
  });
  const voortgang = await tijden(p, 200, () =>
    p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent }),
  );
  const vloer = median(health);
  const rij = (naam: string, s: number[]) => [
    naam,
    median(s).toFixed(2),
    percentile(s, 95).toFixed(2),
    ratio(median(s), vloer),
  ];
  return [
    `endpoints (${RUNS} sequential requests each, deliveries settled between requests, outside the timing):`,
    ...tabel([
      ['  request', 'median ms', 'p95 ms', 'x /health'],
      rij('  GET /health', health),
      rij('  POST /v1/aanmeldingen', aanmeldingen),
      rij('  POST .../toestemmingen', toestemmingen),
      rij('  POST .../meetmomenten', meetmomenten),
      rij(`  GET .../voortgang`, voortgang),
    ]),
  ];
}
