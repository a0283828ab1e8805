import { isGemeenteRol, type Rol } from '@wegwijs/contracts';
import type { Organisatie } from '@wegwijs/profielen';

export interface Lezer {
  rol: string;
  org?: string | undefined;
  gemeenten: readonly string[];
}

/**
 * Who may read a gemeente's MB profile: gemeente staff of that gemeente, and staff of an organisation that serves it
 * in this deployment. Everyone else gets 404 (the profile's existence is not revealed across tenants).
 */
export function magProfielLezen(lezer: Lezer, cbs: string, organisatiesVanGemeente: readonly Organisatie[]): boolean {
  if (!lezer.gemeenten.includes(cbs)) return false;
  if (isGemeenteRol(lezer.rol as Rol)) return true;
  if (lezer.rol === 'inburgeraar') return false;
  return organisatiesVanGemeente.some((o) => o.id === lezer.org);
}
