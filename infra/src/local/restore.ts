import { herstel } from './herstel';

// `pnpm restore <backup dir>`: into an empty local data directory (WEGWIJS_DATA_DIR, default .wegwijs-data).
const bron = process.argv[2];
if (!bron) {
  console.error(
    'usage: pnpm restore <backup dir>   (into WEGWIJS_DATA_DIR, default .wegwijs-data: empty, platform stopped)',
  );
  process.exit(2);
}
const aantallen = await herstel(bron, process.env.WEGWIJS_DATA_DIR ?? '.wegwijs-data');
for (const [tabel, n] of Object.entries(aantallen)) console.log(`${tabel}: ${n} items`);
console.log(`restored from ${bron}; start the platform with pnpm start`);
