import type { GemeenteRol } from '@wegwijs/contracts';
import { type PaginaVraag, pagineerGelezen } from '@wegwijs/lambda-kit';
import { activiteitVan } from '../domain/activiteit';
import { ketenGeldig } from '../domain/keten';
import type { Deling } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { leesStaat, voegToeAanKeten } from './staat-repository';

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

/**
 * The gemeente's view for one reader. A read that returns consent-based items is logged as ONE `ingezien` entry
 * listing the categories read (finding 3: not one entry per item), before anything is returned.
 */
export async function leesVoortgang(deps: BrokerDeps, inburgeraarId: string, lezer: Lezer) {
  const snap = await leesStaat(deps, inburgeraarId);
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
  const opToestemming = items.filter((d) => d.grondslag === 'toestemming');
  if (opToestemming.length > 0) {
    const categorieen = [...new Set(opToestemming.map((d) => d.categorie))].sort();
    const inzage = {
      actie: 'ingezien' as const,
      categorieen,
      van: staat.gemeente,
      aan,
      grondslag: 'toestemming' as const,
    };
    await voegToeAanKeten(deps, inburgeraarId, [inzage], snap);
  }
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

/**
 * The inburgeraar's verwerkingenlog in chain order, a page at a time (`limit`, default 50; `cursor` opaque), never
 * content. `keten.geldig` verifies the WHOLE chain server-side on every page (not just the page), so it stays correct
 * across pages: the log no longer grows with reads (one `ingezien` per read), which keeps that affordable.
 */
export async function leesVerwerkingen(deps: BrokerDeps, inburgeraarId: string, vraag: PaginaVraag) {
  const entries = (await deps.store.leesLog(inburgeraarId)).sort((a, b) => a.seq - b.seq);
  const pagina = pagineerGelezen(entries, (e) => String(e.seq), vraag, 'verwerkingen');
  return {
    items: pagina.items.map((e) => ({
      id: e.id,
      tijdstip: e.tijdstip,
      actie: e.actie,
      verwerkingsactiviteit: activiteitVan(e),
      ...(e.categorie ? { categorie: e.categorie } : {}),
      ...(e.categorieen ? { categorieen: e.categorieen } : {}),
      ...(e.bronId ? { bronId: e.bronId } : {}),
      ...(e.van ? { van: e.van } : {}),
      ...(e.aan ? { aan: e.aan } : {}),
      ...(e.grondslag ? { grondslag: e.grondslag } : {}),
      ...(e.toestemmingId ? { toestemmingId: e.toestemmingId } : {}),
      hash: e.hash,
      vorigeHash: e.vorigeHash,
    })),
    ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
    keten: { geldig: ketenGeldig(entries) },
  };
}
