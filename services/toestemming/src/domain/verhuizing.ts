import { VERHUISD_ELDERS } from '@wegwijs/contracts';
import { historieVan, voegToewijzingToe } from './toewijzing';
import type { LogEntry, Staat } from './typen';

type NieuweEntry = Omit<LogEntry, 'inburgeraarId' | 'seq' | 'id' | 'tijdstip' | 'vorigeHash' | 'hash' | 'staatVersie'>;

/** InburgeraarVerhuisd as the broker applies it (issue 23). */
export interface VerhuisFeit {
  van: string;
  naar: string;
  datum: string;
  /** The organisation serving the doelgroep in `naar` in this deployment; absent: another deployment. */
  uitvoeringsorganisatie?: string | undefined;
  occurredAt: string;
}

/**
 * The move in the broker's projection: the staat belongs to the new gemeente (decisions for the old one are refused,
 * its view shows nothing: both check the staat's gemeente), the organisation serving it there is assigned from the
 * move, and consents given for the old gemeente end (statusVan: verlopen). One `overgedragen` entry records the
 * hand-over in the verwerkingenlog, on the ground of the verhuizing activity. Undefined when it was applied already.
 */
export function pasVerhuizingToe(staat: Staat, feit: VerhuisFeit): { staat: Staat; log: NieuweEntry[] } | undefined {
  if (staat.gemeente !== feit.van) return undefined;
  const org = feit.uitvoeringsorganisatie ?? VERHUISD_ELDERS;
  const toewijzingen = voegToewijzingToe(historieVan(staat), {
    org,
    sinds: feit.occurredAt,
    van: staat.uitvoeringsorganisatie,
  });
  const laatste = toewijzingen?.at(-1);
  return {
    staat: {
      ...staat,
      gemeente: feit.naar,
      ...(toewijzingen && laatste
        ? { toewijzingen, uitvoeringsorganisatie: laatste.org, orgSinds: laatste.sinds }
        : {}),
      versie: staat.versie + 1,
    },
    log: [
      {
        actie: 'overgedragen',
        van: feit.van,
        aan: feit.naar,
        grondslag: 'wettelijke-taak',
        reden: feit.uitvoeringsorganisatie
          ? `verhuizing ${feit.datum}`
          : `verhuizing ${feit.datum} (andere deployment)`,
        verwerkingsactiviteit: 'verhuizing',
      },
    ],
  };
}
