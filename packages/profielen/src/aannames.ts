import { BRONNEN } from './bronnen';
import { FEITEN } from './profielen';
import type { Bron, ProfielVeld } from './schema';

export interface Aanname {
  veld: ProfielVeld;
  reden: string;
  /** The cases (gemeente, or samenwerkingsverband) it holds for. */
  cases: string[];
}

/** Every field of the shipped profiles marked `aanname`, with its reason, grouped per field and reason. */
export function aannames(): Aanname[] {
  const perSleutel = new Map<string, Aanname>();
  for (const f of FEITEN.values()) {
    const naam = f.samenwerkingsverband ?? f.naam;
    for (const [veld, bron] of Object.entries(BRONNEN.get(f.cbs) ?? {}) as [ProfielVeld, Bron][]) {
      if (bron.soort !== 'aanname') continue;
      const sleutel = `${veld}\u0000${bron.reden}`;
      const a = perSleutel.get(sleutel) ?? { veld, reden: bron.reden, cases: [] };
      if (!a.cases.includes(naam)) a.cases.push(naam);
      perSleutel.set(sleutel, a);
    }
  }
  return [...perSleutel.values()].sort((a, b) => a.veld.localeCompare(b.veld) || a.reden.localeCompare(b.reden));
}

/** The list of assumptions as docs/PROFIELEN.md holds it (a test keeps the two identical). */
export const aannamesMarkdown = (): string =>
  aannames()
    .map((a) => `| \`${a.veld}\` | ${a.cases.join(', ')} | ${a.reden} |`)
    .join('\n');
