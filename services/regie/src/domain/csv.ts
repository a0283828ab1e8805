import { ONDERDRUKT_LABEL, REGIE_CSV_KOP, type RegieCel } from '@wegwijs/contracts/api/regie-responses';

/** `fase=opstartfase|doelgroep=nareiziger`, in the cell's order of keys; empty for a total. */
export const dimensiesAlsTekst = (dimensies: Readonly<Record<string, string | undefined>>) =>
  Object.entries(dimensies)
    .map(([k, v]) => `${k}=${v}`)
    .join('|');

/** The cells as CSV (`;` separated, one line per cell, "<5" for a suppressed cell, CRLF line ends as RFC 4180). */
export function alsCsv(cellen: readonly RegieCel[]): string {
  const regels = cellen.map((c) =>
    [
      c.gemeente,
      c.periode,
      c.indicator,
      dimensiesAlsTekst(c.dimensies),
      c.statistiek,
      c.onderdrukt ? ONDERDRUKT_LABEL : String(c.waarde ?? ''),
    ].join(';'),
  );
  return `${[REGIE_CSV_KOP, ...regels].join('\r\n')}\r\n`;
}
