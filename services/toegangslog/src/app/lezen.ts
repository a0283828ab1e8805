import type { SignaleringenQuery, ToegangslogQuery } from '@wegwijs/contracts';
import { BadRequest, Forbidden, NotFound, type Principal, paginaVraag } from '@wegwijs/lambda-kit';
import { type Bereik, bereikVan, tijdvak } from '../domain/toegang';
import type { ToegangslogDeps } from './deps';

const WIE =
  "The access log is for the gemeente's functionaris-gegevensbescherming and an uitvoeringsorganisatie's teamleider.";

/** The caller's scope in this gemeente: 403 for any other role, 404 for a gemeente outside the caller's. */
function bereik(principal: Principal, gemeente: string): Bereik {
  const b = bereikVan(principal, gemeente);
  if (b === 'rol') throw new Forbidden(WIE);
  if (b === 'gemeente') throw new NotFound();
  return b;
}

/** `GET /v1/toegangslog`: a page of the entries the caller may see, newest first. */
export async function leesToegangslog(deps: ToegangslogDeps, principal: Principal, query: ToegangslogQuery) {
  const b = bereik(principal, query.gemeente);
  const vak = tijdvak(query.vanaf, query.tot);
  if (!vak) throw new BadRequest('vanaf and tot must be real dates (YYYY-MM-DD) or instants.');
  if (query.inburgeraarId) {
    // A dossier outside this gemeente (or unknown) is 404, never an empty log that confirms or denies it.
    const { gemeente } = await deps.store.dossier(query.inburgeraarId);
    if (gemeente !== query.gemeente) throw new NotFound();
  }
  const pagina = await deps.store.lees(
    {
      gemeente: query.gemeente,
      ...(query.gebruiker ? { gebruiker: query.gebruiker } : {}),
      ...(query.inburgeraarId ? { inburgeraarId: query.inburgeraarId } : {}),
      ...(b.soort === 'organisatie' ? { org: b.org } : {}),
      ...vak,
    },
    paginaVraag(query),
  );
  return {
    items: pagina.items.map(({ id: _id, gemeente: _g, ...t }) => t),
    ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
  };
}

/** `GET /v1/toegangslog/signaleringen`: the gemeente's signaleringen (a teamleider: those of its own staff). */
export async function leesSignaleringen(deps: ToegangslogDeps, principal: Principal, query: SignaleringenQuery) {
  const b = bereik(principal, query.gemeente);
  const pagina = await deps.store.signaleringen(
    query.gemeente,
    b.soort === 'organisatie' ? b.org : undefined,
    paginaVraag(query),
  );
  return {
    items: pagina.items.map(({ gemeente: _g, ...s }) => s),
    ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
  };
}
