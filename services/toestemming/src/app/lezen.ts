import type { GemeenteRol } from '@wegwijs/contracts';
import { ketenGeldig } from '../domain/keten';
import type { Deling } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { leesVers, voegToeAanKeten } from './keten';

export interface Lezer {
  sub: string;
  rol: GemeenteRol;
}

/** Is a view entry readable for this reader now? Content, recipient and role, and (defence in depth) its consent. */
export function zichtbaarVoor(d: Deling, lezer: Lezer, gemeente: string, ingetrokken: ReadonlySet<string>): boolean {
  return (
    d.status === 'gedeeld' &&
    d.gegevens !== undefined &&
    d.aan.gemeente === gemeente &&
    (d.aan.rol === undefined || d.aan.rol === lezer.rol) &&
    (d.toestemmingId === undefined || !ingetrokken.has(d.toestemmingId))
  );
}

/** The gemeente's view for one reader; every consent-based item read is logged as `ingezien` before it is returned. */
export async function leesVoortgang(deps: BrokerDeps, inburgeraarId: string, lezer: Lezer) {
  const snap = await leesVers(deps, inburgeraarId);
  const staat = snap.staat;
  if (!staat) return [];
  const ingetrokken = new Set(
    staat.toestemmingen.filter((t) => t.ingetrokkenOp !== undefined).map((t) => t.toestemmingId),
  );
  const bekend = new Set(staat.toestemmingen.map((t) => t.toestemmingId));
  const perBron = new Map<string, Deling>();
  const delingen = (await deps.store.delingen(inburgeraarId))
    .filter((d) => zichtbaarVoor(d, lezer, staat.gemeente, ingetrokken))
    .filter((d) => d.toestemmingId === undefined || bekend.has(d.toestemmingId))
    .sort((a, b) => (a.aan.rol === undefined ? 0 : 1) - (b.aan.rol === undefined ? 0 : 1));
  for (const d of delingen) if (!perBron.has(d.bronId)) perBron.set(d.bronId, d);
  const items = [...perBron.values()].sort((a, b) => (a.ontvangenOp < b.ontvangenOp ? -1 : 1));
  const aan = `${staat.gemeente}/${lezer.rol}/${lezer.sub}`;
  const inzage = items
    .filter((d) => d.grondslag === 'toestemming')
    .map((d) => ({
      actie: 'ingezien' as const,
      categorie: d.categorie,
      bronId: d.bronId,
      van: staat.gemeente,
      aan,
      grondslag: d.grondslag,
      toestemmingId: d.toestemmingId,
    }));
  if (inzage.length > 0) await voegToeAanKeten(deps, inburgeraarId, inzage, snap);
  return items.map((d) => ({
    bronId: d.bronId,
    categorie: d.categorie,
    bron: d.van,
    ontvangenOp: d.ontvangenOp,
    grondslag: d.grondslag ?? 'toestemming',
    ...(d.toestemmingId ? { toestemmingId: d.toestemmingId } : {}),
    gegevens: d.gegevens,
  }));
}

/** The inburgeraar's verwerkingenlog in chain order, never content, and whether the chain still verifies. */
export async function leesVerwerkingen(deps: BrokerDeps, inburgeraarId: string) {
  const entries = (await deps.store.leesLog(inburgeraarId)).sort((a, b) => a.seq - b.seq);
  return {
    items: entries.map((e) => ({
      id: e.id,
      tijdstip: e.tijdstip,
      actie: e.actie,
      ...(e.categorie ? { categorie: e.categorie } : {}),
      ...(e.bronId ? { bronId: e.bronId } : {}),
      ...(e.van ? { van: e.van } : {}),
      ...(e.aan ? { aan: e.aan } : {}),
      ...(e.grondslag ? { grondslag: e.grondslag } : {}),
      ...(e.toestemmingId ? { toestemmingId: e.toestemmingId } : {}),
      hash: e.hash,
      vorigeHash: e.vorigeHash,
    })),
    keten: { geldig: ketenGeldig(entries) },
  };
}
