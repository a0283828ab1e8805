import { cbsCode, id } from '@wegwijs/contracts';
import * as z from 'zod/mini';
import organisatieCatalogus from '../data/organisaties.json' with { type: 'json' };
import { bewaartermijnenOverrideSchema, bewaartermijnenVan } from './bewaartermijnen';
import { PROFIELEN, type ProfielInstellingen, profielenVan, profielVan } from './profielen';

const organisatieSchema = () =>
  z.strictObject({
    id: id(),
    naam: z.string(),
    soort: z.enum(['gemeente', 'uitvoeringsorganisatie']),
    gemeenten: z.array(cbsCode()).check(z.minLength(1)),
  });
export type Organisatie = z.infer<ReturnType<typeof organisatieSchema>>;

/**
 * The eIDAS levels of assurance as `acr` values (eIDAS SAML attribute profile 3.2; the NL GOV Assurance profile for
 * OpenID Connect, 5.2.3, recommends them), lowest first. DigiD Substantieel is `substantial` and DigiD Hoog `high`;
 * DigiD Basis and Midden are below `substantial`.
 */
export const BETROUWBAARHEIDSNIVEAUS = [
  'http://eidas.europa.eu/LoA/low',
  'http://eidas.europa.eu/LoA/substantial',
  'http://eidas.europa.eu/LoA/high',
] as const;
export type Betrouwbaarheidsniveau = (typeof BETROUWBAARHEIDSNIVEAUS)[number];

/** Whether an ID token's `acr` is at least the level asked for (an unknown or missing `acr` never is). */
export function voldoetAanNiveau(acr: unknown, minimaal: Betrouwbaarheidsniveau): boolean {
  const gekregen = BETROUWBAARHEIDSNIVEAUS.indexOf(acr as Betrouwbaarheidsniveau);
  return gekregen >= 0 && gekregen >= BETROUWBAARHEIDSNIVEAUS.indexOf(minimaal);
}

/**
 * An OpenID Connect client of a page of Wegwijs at an issuer: authorization code + PKCE, a confidential client that
 * authenticates with `private_key_jwt` (NL GOV Assurance profile for OpenID Connect, 4.2.4): the portaal's public key
 * is registered at the issuer, its private key is the portaal's secret (WEGWIJS_PORTAAL_SLEUTEL).
 */
const inlogClientSchema = () =>
  z.strictObject({
    clientId: z.string().check(z.minLength(1)),
    /** The level of assurance asked for (`acr_values`); an ID token below it is refused. */
    acr: z.enum(BETROUWBAARHEIDSNIVEAUS),
    /** The resource indicator (RFC 8707) to ask the access token for, when the issuer needs one. */
    resource: z.optional(z.string().check(z.minLength(1))),
    scope: z.optional(z.string().check(z.minLength(1))),
  });
export type InlogClient = z.infer<ReturnType<typeof inlogClientSchema>>;

const issuerSchema = () =>
  z.strictObject({
    iss: z.string().check(z.minLength(1)),
    /** Where the issuer publishes its JWKS. */
    jwksUri: z.optional(z.url()),
    /** Or its public keys inline (tests, air-gapped deployments). */
    jwks: z.optional(z.object({ keys: z.array(z.record(z.string(), z.unknown())) })),
    /**
     * Present on the issuer where inburgeraars sign in (a DigiD broker; locally the development OpenID Provider): the
     * portaal's OpenID Connect client there (authorization code + PKCE, a public client). `iss` is then also the
     * discovery URL. The tokens it issues are verified like every other: this entry is part of the one trust list.
     */
    inburgeraarInlog: z.optional(inlogClientSchema()),
    /**
     * Present on the issuer where the gemeente's staff sign in (the gemeente's or the samenwerkingsverband's IdP;
     * locally the development OpenID Provider): the regie pages' client there. Its access tokens carry `org`, `rol` and
     * `gemeenten` like every staff token.
     */
    medewerkerInlog: z.optional(inlogClientSchema()),
  });
export type Issuer = z.infer<ReturnType<typeof issuerSchema>>;

/** Another deployment of Wegwijs a move goes to or comes from: its name and the gemeenten it serves. */
const verhuisDeploymentSchema = <T extends z.ZodMiniObject>(extra: T) =>
  z.extend(extra, {
    naam: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    gemeenten: z.array(cbsCode()).check(z.minLength(1)),
  });

/** What one deployment (one stack) serves: its gemeenten, the organisations working for them, the trusted issuers. */
const bouwDeploymentConfigSchema = () =>
  z.strictObject({
    naam: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    omgeving: z.enum(['lokaal', 'ontwikkeling', 'productie']),
    gemeenten: z.array(cbsCode()).check(z.minLength(1)),
    organisaties: z.array(organisatieSchema()),
    issuers: z.array(issuerSchema()).check(z.minLength(1)),
    /**
     * The public origin of this deployment's API and pages (`https://wegwijs.denhaag.example`). Every absolute URL the
     * portaal builds comes from here (the API it sends tokens to, the redirect and post-logout URIs registered at the
     * IdPs), never from a request's Host or X-Forwarded-* headers. Required where a page signs in.
     */
    url: z.optional(z.url({ protocol: /^https?$/ })),
    /**
     * Per CBS code, profile fields this deployment sets itself: each replaces the shipped field as a whole, and the
     * profile names the deployment as its source (for example the organisation of Rotterdam's gezinsmigranten).
     */
    profielen: z.optional(z.record(cbsCode(), z.record(z.string(), z.unknown()))),
    /**
     * The access log (issue 20): how many distinct dossiers one user may open within an hour before a signalering
     * (default `TOEGANGSLOG_STANDAARD`). How long its entries are kept is the `toegangslog` kind of `bewaartermijnen`.
     */
    toegangslog: z.optional(
      z.strictObject({
        drempelDossiersPerUur: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000))),
      }),
    ),
    /** Issue 19: this deployment's own bewaartermijnen per record kind, each with its source (bewaartermijnen.ts). */
    bewaartermijnen: z.optional(bewaartermijnenOverrideSchema()),
    /**
     * Subscriptions (issue 23): which callback URLs the deployment allows. Default (every deployed stack): https only,
     * never a private, loopback or link-local address (names resolved). The local platform sets `loopbackHttp` so a
     * test's receiver on loopback can be reached; no code branches on the environment.
     */
    abonnementen: z.optional(z.strictObject({ loopbackHttp: z.optional(z.boolean()) })),
    /**
     * Moves between deployments (issue 23). `ontvangers`: the deployments that serve other gemeenten; a move to one of
     * their gemeenten is handed over to `url` (its `POST /v1/verhuizingen`), signed with this deployment's key (the
     * secret named in WEGWIJS_VERHUIZING_SLEUTEL). `afzenders`: the deployments whose hand-overs this one accepts,
     * each with the public key(s) it signs with and the gemeenten it serves. A gemeente in neither list nor in
     * `gemeenten` is unknown to a move (422).
     */
    verhuizing: z.optional(
      z.strictObject({
        ontvangers: z.optional(z.array(verhuisDeploymentSchema(z.strictObject({ url: z.url() })))),
        afzenders: z.optional(
          z.array(
            verhuisDeploymentSchema(
              z.strictObject({ jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) }),
            ),
          ),
        ),
      }),
    ),
  });
export type DeploymentConfig = z.infer<ReturnType<typeof bouwDeploymentConfigSchema>>;

/**
 * The access log's default threshold: 50 distinct dossiers an hour is well above a begeleider's day (a caseload of 30
 * to 60, a few contacts a day) and far below a spreekuur's 1,300 (NRC, 2017).
 */
export const TOEGANGSLOG_STANDAARD = { drempelDossiersPerUur: 50 } as const;

/**
 * The access log settings of a deployment: the threshold, and the days each entry is kept, from the `toegangslog`
 * bewaartermijn (at least a year, BIO2 8.15). The access log cannot see a traject's end, so the term runs from each
 * entry's own time: never shorter than the term counted from the end of the traject it was about, for an entry made
 * while that traject ran.
 */
export const toegangslogInstellingen = (config: Pick<DeploymentConfig, 'toegangslog' | 'bewaartermijnen'>) => {
  const termijn = bewaartermijnenVan(config).toegangslog;
  const dagen = termijn.blijvend ? 100 * 366 : Math.ceil((termijn.jaren ?? 0) * 365.25 + (termijn.maanden ?? 0) * 30.5);
  return {
    drempelDossiersPerUur: config.toegangslog?.drempelDossiersPerUur ?? TOEGANGSLOG_STANDAARD.drempelDossiersPerUur,
    bewaarDagen: Math.max(dagen, 366),
  };
};
let deploymentConfigSchema: ReturnType<typeof bouwDeploymentConfigSchema> | undefined;

export function parseDeploymentConfig(raw: unknown): DeploymentConfig {
  deploymentConfigSchema ??= bouwDeploymentConfigSchema();
  const parsed = deploymentConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid deployment config: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const config = parsed.data;
  const zonderProfiel = config.gemeenten.filter((g) => !PROFIELEN.has(g));
  if (zonderProfiel.length > 0) throw new Error(`no MB profile for gemeenten ${zonderProfiel.join(', ')}`);
  const elders = config.verhuizing?.ontvangers?.flatMap((o) => o.gemeenten) ?? [];
  const dubbel = elders.filter((g) => config.gemeenten.includes(g) || !PROFIELEN.has(g));
  if (dubbel.length > 0)
    throw new Error(`verhuizing.ontvangers: gemeenten ${dubbel.join(', ')} served here or unknown`);
  profielenVan(config);
  return config;
}

/**
 * The organisations a set of gemeenten needs: each gemeente itself (`gemeente-<cbs>`) and every
 * uitvoeringsorganisatie its profile assigns or names as partner, each serving only the gemeenten of this set.
 */
export function organisatiesVoor(gemeenten: readonly string[], instellingen?: ProfielInstellingen): Organisatie[] {
  const result = new Map<string, Organisatie>();
  for (const cbs of gemeenten) {
    const profiel = instellingen ? profielVan(cbs, instellingen) : PROFIELEN.get(cbs);
    if (!profiel) throw new Error(`no MB profile for gemeente ${cbs}`);
    result.set(`gemeente-${cbs}`, {
      id: `gemeente-${cbs}`,
      naam: `Gemeente ${profiel.naam}`,
      soort: 'gemeente',
      gemeenten: [cbs],
    });
    const ids = profiel.doelgroepen.flatMap((d) => [d.uitvoeringsorganisatie ?? [], ...(d.samenMet ?? [])].flat());
    for (const uitvoeringsorganisatie of ids) {
      const bestaand = result.get(uitvoeringsorganisatie);
      if (bestaand) {
        if (!bestaand.gemeenten.includes(cbs)) bestaand.gemeenten.push(cbs);
        continue;
      }
      const bekend = organisatieCatalogus.find((o) => o.id === uitvoeringsorganisatie);
      result.set(uitvoeringsorganisatie, {
        id: uitvoeringsorganisatie,
        naam: bekend?.naam ?? `Gemeente ${profiel.naam}`,
        soort: bekend || !uitvoeringsorganisatie.startsWith('gemeente-') ? 'uitvoeringsorganisatie' : 'gemeente',
        gemeenten: [cbs],
      });
    }
  }
  return [...result.values()];
}

/** The organisations of a deployment that serve a gemeente. */
export const organisatiesVan = (config: DeploymentConfig, cbs: string): Organisatie[] =>
  config.organisaties.filter((o) => o.gemeenten.includes(cbs));

/** Where a move to `cbs` goes: this deployment, another one (its receiver), or nowhere known (undefined). */
export function verhuisBestemming(
  config: Pick<DeploymentConfig, 'gemeenten' | 'verhuizing'>,
  cbs: string,
): { soort: 'hier' } | { soort: 'elders'; naam: string; url: string } | undefined {
  if (config.gemeenten.includes(cbs)) return { soort: 'hier' };
  const ontvanger = config.verhuizing?.ontvangers?.find((o) => o.gemeenten.includes(cbs));
  return ontvanger ? { soort: 'elders', naam: ontvanger.naam, url: ontvanger.url } : undefined;
}
