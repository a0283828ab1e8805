// `pnpm bench`: measures the platform's hot paths and bundle sizes on this machine and prints medians. Run it alone
// (no other load); quote the figures of one run with the command printed at the end. Never used in tests.
import './env';
import { cpus } from 'node:os';
import { benchBroker } from './broker';
import { benchBundels } from './bundels';
import { benchDoorvoer } from './doorvoer';
import { benchGateway } from './gateway';
import { benchGeheugen } from './geheugen';
import { benchPlatform } from './platform';
import { benchWerklijsten } from './werklijsten';

const sections = [
  benchBundels,
  benchBroker,
  benchGateway,
  benchPlatform,
  () => benchGeheugen(),
  () => benchWerklijsten(),
  benchDoorvoer,
];
/** `WEGWIJS_BENCH_ALLEEN=<section>` runs one section. */
const LOS: Record<string, () => Promise<string[]>> = {
  geheugen: () => benchGeheugen(),
  doorvoer: benchDoorvoer,
  bundels: benchBundels,
};
const alleen = process.env.WEGWIJS_BENCH_ALLEEN;
const t0 = performance.now();
console.log(
  `# Wegwijs bench ${new Date().toISOString().slice(0, 10)}: Node ${process.versions.node}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'})`,
);
const los = alleen ? LOS[alleen] : undefined;
for (const section of los ? [los] : sections) {
  const ts = performance.now();
  const rows = await section();
  for (const row of rows) console.log(row);
  console.log(`(section ${((performance.now() - ts) / 1000).toFixed(1)} s)\n`);
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s; reproduce with: npx -y pnpm@12.4.2 bench`);
process.exit(0);
