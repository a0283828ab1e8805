import { statusVan, type ToestemmingStatus } from '../domain/toestemming';
import type { Staat, Toestemming } from '../domain/typen';

/** The consent record as the API shows it (internal bookkeeping left out). */
export function presenteer(t: Toestemming, status: ToestemmingStatus) {
  const { intrekkingGelogd: _intern, gegevenGelogd: _gelogd, ...velden } = t;
  return { ...velden, status };
}

export const metStatus = (t: Toestemming, staat: Staat, vandaag: string) => presenteer(t, statusVan(t, staat, vandaag));
