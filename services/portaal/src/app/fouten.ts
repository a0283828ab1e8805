import { ApiFout } from '../adapters/wegwijs-api';

/** The HTTP status of an API failure (a problem answer), or undefined for anything else. */
export const apiStatus = (e: unknown): number | undefined => (e instanceof ApiFout ? e.status : undefined);
