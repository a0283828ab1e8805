import * as z from 'zod/mini';
import { cbsCode, padId } from '../primitives';
import { paginaQuery } from './lijst-responses';

/** An instant (ISO 8601) or a date (`YYYY-MM-DD`: from its start for `vanaf`, through its end for `tot`). */
const moment = () =>
  z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/,
        'must be a date YYYY-MM-DD or an instant YYYY-MM-DDTHH:MM:SSZ',
      ),
    );

/** `GET /v1/toegangslog` (API.md "Access log"). */
export const toegangslogQuery = z.strictObject({
  gemeente: cbsCode(),
  gebruiker: z.optional(padId()),
  inburgeraarId: z.optional(padId()),
  vanaf: z.optional(moment()),
  tot: z.optional(moment()),
  ...paginaQuery,
});
export type ToegangslogQuery = z.infer<typeof toegangslogQuery>;

/** `GET /v1/toegangslog/signaleringen`. */
export const signaleringenQuery = z.strictObject({ gemeente: cbsCode(), ...paginaQuery });
export type SignaleringenQuery = z.infer<typeof signaleringenQuery>;
