import { vi } from 'vitest';
import type { Inlogdienst } from '../src/adapters/oidc';
import type { RegieApi } from '../src/adapters/regie-api';
import type { Inlogpoging, MedewerkerSessie, Sessie, SessieStore } from '../src/adapters/sessies';
import type { WegwijsApi } from '../src/adapters/wegwijs-api';
import type { PortaalDeps } from '../src/app/deps';

/** A session store in maps (test double of the DynamoDB store). */
export function mapStore<S extends object>(begin: [string, S][] = []) {
  const sessies = new Map<string, S>(begin);
  const pogingen = new Map<string, Inlogpoging>();
  const store: SessieStore<S> = {
    bewaarInlog: async (id, p) => void pogingen.set(id, p),
    neemInlog: async (id) => {
      const p = pogingen.get(id);
      pogingen.delete(id);
      return p;
    },
    bewaarSessie: async (id, s) => void sessies.set(id, s),
    leesSessie: async (id) => sessies.get(id),
    verwijderSessie: async (id) => void sessies.delete(id),
  };
  return { store, sessies, pogingen };
}

export const nepInlog = (claims: Record<string, unknown> = { rol: 'inburgeraar' }, sub = 'ib-2'): Inlogdienst => ({
  begin: vi.fn(async () => ({ state: 'st', codeVerifier: 'cv', nonce: 'n', url: 'https://idp.example/auth?x=1' })),
  voltooi: vi.fn(async () => ({ accessToken: 'at2', idToken: 'it2', verlooptOver: 600, sub, claims })),
  uitlogUrl: vi.fn(async (idToken?: string) =>
    idToken ? `https://idp.example/logout?id_token_hint=${idToken}` : undefined,
  ),
});

export interface NepOpties {
  api?: Partial<WegwijsApi>;
  regie?: Partial<RegieApi>;
  sessies?: [string, Sessie][];
  medewerkerSessies?: [string, MedewerkerSessie][];
  medewerkerClaims?: Record<string, unknown>;
}

const GEMEENTEN: Record<string, string> = {
  '0518': 'Gemeente Den Haag',
  '0361': 'Gemeente Alkmaar',
  '0373': 'Gemeente Bergen',
};

/** Ports with test doubles: the session stores in maps, the APIs and the sign-ins as spies. */
export function nepDeps(o: NepOpties = {}) {
  const inburgeraars = mapStore<Sessie>(o.sessies);
  const medewerkers = mapStore<MedewerkerSessie>(o.medewerkerSessies);
  const inlog = nepInlog();
  const medewerkerInlog = nepInlog(
    o.medewerkerClaims ?? { rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: ['0518'] },
    'beleidsmedewerker.gemeente-0518',
  );
  const regie: RegieApi = {
    indicatoren: vi.fn(async () => {
      throw new Error('not arranged');
    }),
    csv: vi.fn(async () => 'gemeente;maand;indicator;dimensies;statistiek;waarde\n'),
    ...o.regie,
  };
  const d: PortaalDeps = {
    basis: 'https://wegwijs.example',
    sessies: inburgeraars.store,
    inlog: () => inlog,
    api: () => ({
      dossier: async () => ({
        inburgeraarId: 'ib-1',
        gemeente: '0518',
        status: 'aangemeld',
        uitvoeringsorganisatie: 'x',
      }),
      toestemmingen: async () => [],
      geefToestemming: vi.fn(),
      trekIn: vi.fn(),
      verwerkingen: async () => ({ items: [], ketenGeldig: true }),
      inzage: async () => ({
        inburgeraarId: 'ib-1',
        opgesteldOp: '2026-11-29T10:00:00Z',
        gegevens: [],
        gedeeld: [],
        verwerkingsactiviteiten: [],
        bewaartermijnen: [],
      }),
      ...o.api,
    }),
    medewerkerSessies: medewerkers.store,
    medewerkerInlog: () => medewerkerInlog,
    regie: () => regie,
    namen: {
      organisatie: (id) => (id.startsWith('gemeente-') ? GEMEENTEN[id.slice(9)] : undefined),
      gemeente: (cbs) => GEMEENTEN[cbs],
    },
    nu: () => new Date('2026-11-29T10:00:00Z'),
    willekeurig: () => 'r'.repeat(43),
  };
  return { d, inburgeraars, medewerkers, inlog, medewerkerInlog, regie };
}
