import type { Antwoord } from '../app/deps';

/**
 * Who may reach a page: anyone (`publiek`: no session looked up), anyone with the session read when there is one
 * (`optioneel`), or only the signed-in (`ingelogd`: otherwise back to sign in; a POST must carry the CSRF token).
 */
export type Toegang = 'publiek' | 'optioneel' | 'ingelogd';

export interface Route<C> {
  toegang: Toegang;
  handle(c: C, params: Readonly<Record<string, string>>): Promise<Antwoord> | Antwoord;
}

/** An audience's pages: `'<METHOD> <path>'` with `{name}` for one path segment (as the API's route table has them). */
export type RouteTabel<C> = Readonly<Record<string, Route<C>>>;

const SEGMENT = '([A-Za-z0-9_-]{1,128})';

/** Compiles a route table once: the route of a method and path (HEAD is GET), with its parameters. */
export function router<C>(tabel: RouteTabel<C>) {
  const routes = Object.entries(tabel).map(([sleutel, route]) => {
    const [methode = '', pad = ''] = sleutel.split(' ');
    const namen: string[] = [];
    const patroon = pad.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, naam: string) => {
      namen.push(naam);
      return SEGMENT;
    });
    return { methode, regex: new RegExp(`^${patroon}$`), namen, route };
  });
  return (methode: string, pad: string): { route: Route<C>; params: Record<string, string> } | undefined => {
    const m = methode === 'HEAD' ? 'GET' : methode;
    for (const r of routes) {
      if (r.methode !== m) continue;
      const treffer = r.regex.exec(pad);
      if (!treffer) continue;
      return { route: r.route, params: Object.fromEntries(r.namen.map((naam, i) => [naam, treffer[i + 1] ?? ''])) };
    }
    return undefined;
  };
}
