import type { Inlogdienst } from '../adapters/oidc';
import type { RegieApi } from '../adapters/regie-api';
import type { MedewerkerSessie, Sessie, SessieStore } from '../adapters/sessies';
import type { WegwijsApi } from '../adapters/wegwijs-api';
import type { Namen } from '../domain/verwerkingen';

/** What the portaal needs from outside: its session table, the sign-in, the public API, names, time, randomness. */
export interface PortaalDeps {
  /**
   * The deployment's configured public origin (`config.url`): the API the pages call with the person's token, and the
   * origin of every absolute URL the portaal builds. Never taken from a request's Host or X-Forwarded-* headers.
   */
  basis: string;
  sessies: SessieStore;
  inlog(): Inlogdienst;
  /** The public Wegwijs API at `basis`, as the signed-in inburgeraar. */
  api(basis: string, sessie: Sessie): WegwijsApi;
  /** The regie pages: staff sessions (keys of their own), the staff sign-in, the regie API as the staff member. */
  medewerkerSessies: SessieStore<MedewerkerSessie>;
  medewerkerInlog(): Inlogdienst;
  regie(basis: string, sessie: MedewerkerSessie): RegieApi;
  namen: Namen;
  nu(): Date;
  /** A fresh random opaque id (session id, CSRF token, idempotency key). */
  willekeurig(): string;
}

/** One request to a page, in the portaal's own terms (built from the API Gateway event by the handler). */
export interface Verzoek {
  methode: string;
  pad: string;
  query: URLSearchParams;
  cookies: ReadonlyMap<string, string>;
  form: URLSearchParams;
  /** The configured public origin of this deployment's API and pages (`PortaalDeps.basis`, never the Host header). */
  basis: string;
  acceptLanguage?: string | undefined;
}

export interface Antwoord {
  status: number;
  headers: Record<string, string>;
  body: string;
  cookies: string[];
}
