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
/** The longest domain code (the longest in any code list or model is under 50): a code is a code, whatever the model. */
export const CODE_MAX = 64;
/** A kebab-case domain code of at most 64 characters (an open leefgebieden model admits any code, never any text). */
export const code = () =>
  z.string().check(z.maxLength(CODE_MAX), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case code'));

/** The longest id a path may carry; anything longer is a 400 before any store sees it. */
export const PAD_ID_MAX = 128;
/**
 * An id in a URL path, for every route of every context: 1 to 128 characters of A-Z a-z 0-9 . _ : - (ULIDs, UUIDs,
 * kebab-case codes, CBS codes). No `#` or `/`: an id can never reach into another key of a table.
 */
export const padId = () =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(PAD_ID_MAX),
      z.regex(/^[A-Za-z0-9._:-]+$/, 'must be 1 to 128 characters of A-Z a-z 0-9 . _ : -'),
    );
