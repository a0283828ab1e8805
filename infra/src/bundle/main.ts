import { valideerCases } from '@wegwijs/profielen';
import { SERVICE_MANIFESTS } from '../services';
import { budgetVoor, maatTabel, meetBundle } from './budget';
import { bundleFuncties } from './bundle';
import { functiesVan } from './functies';
import { schrijfOpenApiModule } from './openapi';
import { ALLOW_MISSING_ENV, allowMissing, DIST_DIR } from './paths';

// The shipped gemeente profiles are validated here, at build time, instead of at every cold start.
valideerCases();
// The OpenAPI document profiel-http serves is built here too, from the contracts' zod schemas.
if (schrijfOpenApiModule()) console.log('regenerated services/profiel/src/handlers/openapi.generated.ts');
// `pnpm run bundle`: bundles every function of the manifests into infra/dist and reports the sizes.
const rapport = await bundleFuncties(functiesVan(SERVICE_MANIFESTS), {
  outDir: DIST_DIR,
  allowMissing: allowMissing(),
});
for (const f of rapport.ontbrekend) {
  console.warn(`warning: ${f.id} skipped, entry file missing (${f.entry}); allowed by ${ALLOW_MISSING_ENV}=1`);
}
const maten = await Promise.all(rapport.gebundeld.map(meetBundle));
console.log(maatTabel(maten));
console.log(`\n${rapport.gebundeld.length} function(s) bundled into ${DIST_DIR}`);
const teGroot = maten.filter((m) => !m.binnenBudget);
for (const m of teGroot) {
  console.error(
    `${m.functie} is ${((m.deltaBytes - budgetVoor(m.functie)) / 1024).toFixed(1)} KB over budget; heaviest: ${m.zwaarste
      .map((z) => `${z.pakket} ${(z.bytes / 1024).toFixed(1)} KB`)
      .join(', ')}`,
  );
}
if (teGroot.length > 0) process.exitCode = 1;
