import * as z from 'zod/mini';

/** A calendar date `YYYY-MM-DD`. */
export const datum = () => z.iso.date();
/** An instant, ISO 8601 UTC. */
export const tijdstip = () => z.iso.datetime();
/** A CBS gemeentecode: four digits. */
export const cbsCode = () => z.string().check(z.regex(/^\d{4}$/, 'must be a 4-digit CBS code'));
/** An opaque id as used in paths and bodies. */
export const id = () => z.string().check(z.minLength(1), z.maxLength(128));
/** A short free text. */
export const tekst = (max = 2000) => z.string().check(z.minLength(1), z.maxLength(max));
/** A kebab-case domain code. */
export const code = () => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case code'));
