import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import type { FunctieDefinitie } from './functies';
import { BUNDLE_FILE, BUNDLE_OPTIONS } from './options';
import { type SdkClient, sdkClientsIn } from './sdk';

export interface BundleResultaat {
  readonly functie: FunctieDefinitie;
  /** The directory that becomes the Lambda asset (`<outDir>/<functionId>`). */
  readonly map: string;
  readonly bestand: string;
  /** Size of the bundle file in bytes. */
  readonly bytes: number;
  readonly metafile: Metafile;
  /** Where the metafile is written (beside the asset directory, so it is not deployed). */
  readonly metafileBestand: string;
  readonly sdkClients: readonly SdkClient[];
}

export interface BundleRapport {
  readonly gebundeld: readonly BundleResultaat[];
  /** Functions left out because their entry file does not exist yet (only with allowMissing). */
  readonly ontbrekend: readonly FunctieDefinitie[];
}

export class OntbrekendeEntryFout extends Error {
  constructor(readonly ontbrekend: readonly FunctieDefinitie[]) {
    super(
      `cannot bundle: entry file(s) missing for ${ontbrekend.map((f) => `${f.id} (${f.entry})`).join(', ')}. ` +
        'Every entry named in a service manifest must exist; set WEGWIJS_BUNDLE_ALLOW_MISSING=1 to skip them while ' +
        'the services are being built.',
    );
    this.name = 'OntbrekendeEntryFout';
  }
}

/**
 * Bundles every function into `<outDir>/<functionId>/index.mjs` with its metafile at `<outDir>/<functionId>.meta.json`.
 * A missing entry file fails the whole step with a clear message, unless `allowMissing` is set: then it is skipped and
 * reported in `ontbrekend`.
 */
export async function bundleFuncties(
  functies: readonly FunctieDefinitie[],
  options: { outDir: string; allowMissing?: boolean },
): Promise<BundleRapport> {
  const ontbrekend = functies.filter((f) => !existsSync(f.entry));
  if (ontbrekend.length > 0 && !options.allowMissing) throw new OntbrekendeEntryFout(ontbrekend);
  const aanwezig = functies.filter((f) => existsSync(f.entry));
  mkdirSync(options.outDir, { recursive: true });
  const gebundeld = await Promise.all(aanwezig.map((f) => bundleFunctie(f, options.outDir)));
  return { gebundeld, ontbrekend };
}

export async function bundleFunctie(functie: FunctieDefinitie, outDir: string): Promise<BundleResultaat> {
  const map = join(outDir, functie.id);
  rmSync(map, { recursive: true, force: true });
  const bestand = join(map, BUNDLE_FILE);
  const absWorkingDir = process.cwd();
  const result = await build({ ...BUNDLE_OPTIONS, absWorkingDir, entryPoints: [functie.entry], outfile: bestand });
  const metafileBestand = join(outDir, `${functie.id}.meta.json`);
  writeFileSync(metafileBestand, JSON.stringify(result.metafile));
  return {
    functie,
    map,
    bestand,
    bytes: statSync(bestand).size,
    metafile: result.metafile,
    metafileBestand,
    sdkClients: sdkClientsIn(result.metafile, (input) => resolve(absWorkingDir, input)),
  };
}
