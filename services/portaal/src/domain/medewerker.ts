/** What the regie pages keep of a staff token's claims (API.md, Tokens): role, organisation, gemeenten. */
export interface Medewerker {
  rol: string;
  org: string;
  gemeenten: string[];
}

const CBS = /^\d{4}$/;

/**
 * A staff member from an access token's claims, or undefined when the token is not a staff token (an inburgeraar's
 * has no `org`). Which roles may see which figures is the regie API's decision, not the page's.
 */
export function medewerkerUitClaims(claims: Record<string, unknown>): Medewerker | undefined {
  const { rol, org, gemeenten } = claims;
  if (typeof rol !== 'string' || rol === 'inburgeraar' || typeof org !== 'string' || !org) return undefined;
  if (!Array.isArray(gemeenten) || gemeenten.length === 0) return undefined;
  if (!gemeenten.every((g): g is string => typeof g === 'string' && CBS.test(g))) return undefined;
  return { rol, org, gemeenten: [...new Set(gemeenten)] };
}
