/**
 * The log privacy check every end-to-end scenario gets (issue 10): the personal data a test sends through the API
 * (names, birth dates, free texts such as reports, signals and reasons) must never appear in a function's log line.
 */

/** Body fields that carry personal data or free text, wherever they occur in a request body. */
const PERSOONLIJK = new Set([
  'voornaam',
  'achternaam',
  'geboortedatum',
  'tekst',
  'toelichting',
  'reden',
  'overdracht',
  'vraag',
]);
/** Shorter values ('ja', 'x') would match unrelated log text; the scenarios use realistic values. */
const MIN_LENGTE = 5;

/** Collects the personal values of request bodies and the function log lines of one platform. */
export class LogPrivacy {
  readonly regels: string[] = [];
  private readonly waarden = new Set<string>();

  /** Remembers the personal values in a request body (any depth). */
  verzoek(body: unknown): void {
    const loop = (v: unknown, sleutel?: string) => {
      if (typeof v === 'string') {
        if (sleutel && PERSOONLIJK.has(sleutel) && v.length >= MIN_LENGTE) this.waarden.add(v);
      } else if (Array.isArray(v)) {
        for (const x of v) loop(x, sleutel);
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) loop(x, k);
      }
    };
    if (typeof body === 'string') {
      try {
        loop(JSON.parse(body));
      } catch {
        // not JSON: nothing the services could parse, so nothing they could log as a field
      }
    } else loop(body);
  }

  regel(line: string): void {
    this.regels.push(line);
  }

  get gebruikt(): ReadonlySet<string> {
    return this.waarden;
  }

  /** Every log line that contains one of the remembered values (with which one, abbreviated). */
  lekken(): { waarde: string; regel: string }[] {
    const hits: { waarde: string; regel: string }[] = [];
    for (const regel of this.regels) {
      for (const waarde of this.waarden) if (regel.includes(waarde)) hits.push({ waarde, regel });
    }
    return hits;
  }
}

export function beschrijfLekken(hits: readonly { waarde: string; regel: string }[]): string {
  return hits
    .slice(0, 5)
    .map((h) => `"${h.waarde.slice(0, 3)}…" in: ${h.regel.slice(0, 200)}`)
    .join('\n');
}
