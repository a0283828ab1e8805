import { type FunctieSoort, functieId, type ServiceNaam } from '@wegwijs/contracts';
import type { ServiceManifest } from '@wegwijs/lambda-kit';

/** One Lambda function of Wegwijs, as the manifests declare it. */
export interface FunctieDefinitie {
  /** `<service>-<soort>`, e.g. `toestemming-beslissing`; also the name of its bundle directory. */
  readonly id: string;
  readonly service: ServiceNaam;
  readonly soort: FunctieSoort;
  /** The entry file whose `handler` export is the Lambda handler (the same file the local platform runs). */
  readonly entry: string;
}

/** Every function of the given manifests, in manifest order. */
export function functiesVan(manifests: readonly ServiceManifest[]): FunctieDefinitie[] {
  return manifests.flatMap((manifest) =>
    (Object.entries(manifest.functies) as [FunctieSoort, string | undefined][]).flatMap(([soort, entry]) => {
      if (!entry) return [];
      const service = manifest.naam as ServiceNaam;
      return [{ id: functieId(service, soort), service, soort, entry }];
    }),
  );
}
