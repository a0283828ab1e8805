import { maakBackup } from './herstel';

// `pnpm backup <backup dir>`: the stopped local platform's data (WEGWIJS_DATA_DIR, default .wegwijs-data) to a directory.
const doel = process.argv[2];
if (!doel) {
  console.error(
    'usage: pnpm backup <backup dir>   (data from WEGWIJS_DATA_DIR, default .wegwijs-data; platform stopped)',
  );
  process.exit(2);
}
const aantallen = await maakBackup(process.env.WEGWIJS_DATA_DIR ?? '.wegwijs-data', doel);
for (const [tabel, n] of Object.entries(aantallen)) console.log(`${tabel}: ${n} items`);
console.log(`backup written to ${doel}`);
