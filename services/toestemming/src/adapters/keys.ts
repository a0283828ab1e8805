import type { Ontvanger } from '@wegwijs/contracts';

/**
 * Key builders of the toestemming table, used by every adapter.
 * - `ib#<inburgeraarId>` / `staat`: projection + consents (one item, read with the chain head in one Query)
 * - `ib#<inburgeraarId>` / `log#<seq, 10 digits>`: verwerkingenlog entries; `staat` sorts after every `log#`, so a
 *   descending Query with Limit 2 returns the staat and the chain head
 * - `deling#<inburgeraarId>` / `<decision key>`: decision claims and the gemeente's view
 * - `bewaard#<verslagId>` / `log#<seq>`: a destroyed person's verwerkingenlog, without their id, until its own term
 */
export const keys = {
  staat: (inburgeraarId: string) => ({ pk: `ib#${inburgeraarId}`, sk: 'staat' }),
  log: (inburgeraarId: string, seq: number) => ({
    pk: `ib#${inburgeraarId}`,
    sk: `log#${String(seq).padStart(10, '0')}`,
  }),
  partitie: (inburgeraarId: string) => `ib#${inburgeraarId}`,
  deling: (inburgeraarId: string, sleutel: string) => ({ pk: `deling#${inburgeraarId}`, sk: sleutel }),
  delingen: (inburgeraarId: string) => `deling#${inburgeraarId}`,
  bewaardLog: (verslagId: string, seq: number) => ({
    pk: `bewaard#${verslagId}`,
    sk: `log#${String(seq).padStart(10, '0')}`,
  }),
  bewaard: (verslagId: string) => `bewaard#${verslagId}`,
};

const deel = (s: string) => encodeURIComponent(s);

/** The decision key: one decision per piece of information (bronId) and recipient. */
export const delingSleutel = (bronId: string, aan: Ontvanger, soort: 'view' | 'beslissing' = 'view') =>
  [soort === 'beslissing' ? 'beslissing' : 'view', deel(bronId), aan.gemeente, ...(aan.rol ? [aan.rol] : [])].join('#');

/** The recipient as the verwerkingenlog names it. */
export const ontvangerNaam = (aan: Ontvanger) => (aan.rol ? `${aan.gemeente}/${aan.rol}` : aan.gemeente);
