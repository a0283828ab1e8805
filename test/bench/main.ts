// `pnpm bench`: measures the platform's hot paths and bundle sizes on this machine and prints medians. Run it alone
// (no other load); quote the figures of one run with the command printed at the end. Never used in tests.
import './env';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { benchBroker } from './broker';
import { benchBundels } from './bundels';
import { benchBurst } from './burst';
import { benchDoorvoer } from './doorvoer';
import { benchGateway } from './gateway';
import { benchGeheugen } from './geheugen';
import { benchGroei, type Gemeten } from './groei';
import { kostenPer1000, kostenTabel } from './kosten';
import { benchPlatform } from './platform';
import { benchWerklijsten } from './werklijsten';

const sections = [
  benchBundels,
  benchBroker,
  benchGateway,
  benchPlatform,
  () => benchGeheugen(),
  // In a process of its own: it calls handlers in this process, whose environment (omgeving()) is read once per
  // process, and the broker section already fixed it to another test issuer.
  () => eigenProces('werklijsten'),
  // Own process too: the broker's handlers read the environment once, and benchBroker fixed it already.
  () => eigenProces('burst'),
];
/** `pnpm bench -- --klein`: the growth tiers at 1,000 and 2,000 only (a quick check); the full run 1,000 vs 100,000. */
const klein = process.argv.includes('--klein');
const gemeten: Gemeten = { verbruik: new Map() };
const groei = () => benchGroei(klein ? [1000, 2000] : [1000, 100_000], gemeten);
const doorvoer = () => benchDoorvoer(gemeten.verbruik);
const kosten = async () =>
  gemeten.planner ? kostenTabel(kostenPer1000(gemeten.verbruik, gemeten.planner)) : ['(no cost table: run growth)'];
sections.push(groei, doorvoer, kosten);
/** `WEGWIJS_BENCH_ALLEEN=<section>` runs one section. */
const LOS: Record<string, () => Promise<string[]>> = {
  geheugen: () => benchGeheugen(),
  doorvoer,
  groei: async () => [...(await groei()), ...(await doorvoer()), ...(await kosten())],
  bundels: () => benchBundels(),
  /** The portaal's functions only (issue 24: its init within +30 ms of its SDK-only floor). */
  portaal: () => benchBundels((id) => id.startsWith('portaal')),
  werklijsten: () => benchWerklijsten(),
  burst: () => benchBurst(),
};

/** Runs one section in a fresh process (same loaders) and returns its rows. */
async function eigenProces(naam: string): Promise<string[]> {
  const uit = execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? ''], {
    env: { ...process.env, WEGWIJS_BENCH_ALLEEN: naam, WEGWIJS_BENCH_RIJEN: '1' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return uit.split('\n').filter((r) => r.length > 0);
}
const alleenRijen = process.env.WEGWIJS_BENCH_RIJEN === '1';
const alleen = process.env.WEGWIJS_BENCH_ALLEEN;
const t0 = performance.now();
if (!alleenRijen)
  console.log(
    `# Wegwijs bench ${new Date().toISOString().slice(0, 10)}: Node ${process.versions.node}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'})`,
  );
const los = alleen ? LOS[alleen] : undefined;
for (const section of los ? [los] : sections) {
  const ts = performance.now();
  const rows = await section();
  for (const row of rows) console.log(row);
  if (alleenRijen) process.exit(0);
  console.log(`(section ${((performance.now() - ts) / 1000).toFixed(1)} s)\n`);
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s; reproduce with: npx -y pnpm@12.4.2 bench`);
process.exit(0);
