// The regie API's answer as the page reads it (the design of issue 13; the contract's zod schema, once on main, is the
// source: these types follow it).
export const INDICATORSETS = [
  'fasen',
  'doorlooptijden',
  'afspraken',
  'contacten',
  'capaciteit',
  'verlengingen',
  'afrondingen',
  'verwijzingen',
  'toestemmingen',
] as const;
export type Indicatorset = (typeof INDICATORSETS)[number];
export type Statistiek = 'aantal' | 'mediaan' | 'p90' | 'aandeel';

export interface RegieCel {
  gemeente: string;
  maand: string;
  indicator: string;
  dimensies: Record<string, string>;
  statistiek: Statistiek;
  waarde: number | null;
  onderdrukt: boolean;
}

export interface RegieAntwoord {
  indicatorset: Indicatorset;
  vanaf: string;
  tot: string;
  gemeenten: string[];
  cellen: RegieCel[];
}

export const isIndicatorset = (s: string): s is Indicatorset => (INDICATORSETS as readonly string[]).includes(s);
