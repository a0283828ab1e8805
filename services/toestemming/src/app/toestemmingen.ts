import {
  GedeeldeVoortgangVerwijderd,
  type ToestemmingBody,
  ToestemmingGegeven,
  ToestemmingIngetrokken,
} from '@wegwijs/contracts';
import { event, type MetaInput, uitgaand } from '@wegwijs/lambda-kit';
import { ontvangerNaam } from '../adapters/keys';
import { dateerIntrekking, type Gever, nieuweToestemming, Regelfout, trekIn } from '../domain/toestemming';
import type { Staat, Toestemming, Vastlegging } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { voegToeAanKeten } from './keten';
import { wijzigStaat, wijzigStaatMet } from './projectie';

type EventMeta = Pick<MetaInput, 'actor' | 'correlationId'>;

/** Whether a consent with this id (derived from an Idempotency-Key) asks for the same as this body. */
const zelfde = (t: Toestemming, body: ToestemmingBody) =>
  t.doel === body.doel &&
  t.ontvanger.gemeente === body.ontvanger.gemeente &&
  t.ontvanger.rol === body.ontvanger.rol &&
  [...t.categorieen].sort().join() === [...new Set(body.categorieen)].sort().join();

/**
 * Grants a consent. The consent and its ToestemmingGegeven are ONE conditional write of the staat (its outbox); the
 * log entry follows and is marked on the consent. The id comes from the caller (derived from the Idempotency-Key): a
 * retry after a failure finds the consent the first attempt stored and completes it (log entry, event) instead of
 * storing a second one (finding 9).
 */
export async function geefToestemming(
  deps: BrokerDeps,
  inburgeraarId: string,
  body: ToestemmingBody,
  gever: Gever,
  meta: EventMeta,
  toestemmingId: string = deps.nieuwId(),
): Promise<Toestemming | Regelfout> {
  const nu = deps.clock.now().toISOString();
  let fout: Regelfout | undefined;
  const vind = (s: Staat | undefined) => s?.toestemmingen.find((x) => x.toestemmingId === toestemmingId);
  const staat = await wijzigStaatMet(deps, inburgeraarId, (s) => {
    fout = undefined;
    if (!s) return undefined;
    const bestaand = vind(s);
    if (bestaand) {
      if (!zelfde(bestaand, body)) {
        fout = new Regelfout('This Idempotency-Key was used for another consent.', 'idempotency-key-hergebruikt', 409);
      }
      return undefined;
    }
    const t = nieuweToestemming(body, s, gever, nu, toestemmingId);
    if (t instanceof Regelfout) {
      fout = t;
      return undefined;
    }
    const gegeven = uitgaand(
      ToestemmingGegeven,
      { ...meta, gemeente: s.gemeente, inburgeraarId },
      {
        toestemmingId,
        ontvanger: t.ontvanger,
        categorieen: t.categorieen,
        doel: t.doel,
        ...(t.geldigTot ? { geldigTot: t.geldigTot } : {}),
        expliciet: t.expliciet,
      },
    );
    const nieuw = { ...t, gegevenGelogd: false };
    return { staat: { ...s, versie: s.versie + 1, toestemmingen: [...s.toestemmingen, nieuw] }, events: [gegeven] };
  });
  if (fout) return fout;
  const t = vind(staat);
  if (!staat || !t) throw new Error('consent was not stored');
  if (t.gegevenGelogd === false) {
    await voegToeAanKeten(deps, inburgeraarId, [
      { actie: 'toestemming-gegeven', toestemmingId, van: door(gever), aan: ontvangerNaam(t.ontvanger) },
    ]);
    await markeer(deps, inburgeraarId, toestemmingId, { gegevenGelogd: true });
  }
  return t;
}

/** Sets a bookkeeping flag on one consent (a retried grant or withdrawal does not log twice). */
const markeer = (deps: BrokerDeps, inburgeraarId: string, toestemmingId: string, vlag: Partial<Toestemming>) =>
  wijzigStaat(deps, inburgeraarId, (s) => {
    const t = s?.toestemmingen.find((x) => x.toestemmingId === toestemmingId);
    if (!s || !t || Object.entries(vlag).every(([k, v]) => t[k as keyof Toestemming] === v)) return undefined;
    return {
      ...s,
      versie: s.versie + 1,
      toestemmingen: s.toestemmingen.map((x) => (x.toestemmingId === toestemmingId ? { ...x, ...vlag } : x)),
    };
  });

const door = (g: Gever) => (g.org ? `${g.org}/${g.sub}` : g.sub);

/**
 * Withdraws a consent. When this returns, nothing more is shared under it (decisions that read the staat before the
 * mark either lose their chain slot to the withdrawal's log entry and decide again, or were logged before it and are
 * swept here), and every view entry shared under it is tombstoned (its content removed), logged and announced.
 */
export async function trekToestemmingIn(
  deps: BrokerDeps,
  inburgeraarId: string,
  toestemmingId: string,
  gever: Gever,
  meta: EventMeta,
  vastgelegd?: Omit<Vastlegging, 'door'>,
): Promise<Toestemming | undefined> {
  const nu = deps.clock.now().toISOString();
  const vind = (s: Staat | undefined) => s?.toestemmingen.find((t) => t.toestemmingId === toestemmingId);
  // The withdrawal: one write of the staat; from here on every decision refuses.
  const staat = await wijzigStaat(deps, inburgeraarId, (s) =>
    !s || vind(s)?.ingetrokkenOp !== undefined ? undefined : trekIn(s, toestemmingId, nu, door(gever), vastgelegd),
  );
  let t = vind(staat);
  if (!staat || !t) return undefined;
  const eventMeta = { ...meta, gemeente: staat.gemeente, inburgeraarId };
  if (!t.intrekkingGelogd) {
    const kop = await voegToeAanKeten(deps, inburgeraarId, [
      { actie: 'toestemming-ingetrokken', toestemmingId, van: door(gever), aan: ontvangerNaam(t.ontvanger) },
    ]);
    // Dated as its log entry (finding 7), marked as logged and announced: one write of the staat (its outbox).
    const tijdstip = kop?.tijdstip ?? nu;
    const gedateerd = await wijzigStaatMet(deps, inburgeraarId, (s) => {
      const huidig = vind(s);
      if (!s || !huidig || huidig.intrekkingGelogd) return undefined;
      const nieuw = dateerIntrekking(s, toestemmingId, tijdstip);
      const ingetrokkenOp = vind(nieuw)?.ingetrokkenOp ?? tijdstip;
      const ingetrokken = uitgaand(ToestemmingIngetrokken, eventMeta, { toestemmingId, ingetrokkenOp });
      return { staat: nieuw, events: [ingetrokken] };
    });
    t = vind(gedateerd) ?? t;
  }
  await veegOp(deps, inburgeraarId, toestemmingId, eventMeta);
  return t;
}

/** Removes from the gemeente's view everything decided as shared under the consent (claims included). */
async function veegOp(deps: BrokerDeps, inburgeraarId: string, toestemmingId: string, meta: MetaInput) {
  const delingen = await deps.store.delingen(inburgeraarId);
  const teVerwijderen = delingen.filter(
    (d) =>
      d.sleutel.startsWith('view#') &&
      d.toestemmingId === toestemmingId &&
      d.besluit === 'permit' &&
      (d.status !== 'verwijderd' || d.verwijderingGelogd === false),
  );
  for (const d of teVerwijderen) {
    const vorige = d.status === 'verwijderd' ? d : await deps.store.verwijder(inburgeraarId, d.sleutel);
    if (!vorige) continue;
    await voegToeAanKeten(deps, inburgeraarId, [
      { actie: 'verwijderd', categorie: d.categorie, bronId: d.bronId, aan: ontvangerNaam(d.aan), toestemmingId },
    ]);
    await deps.store.markeerVerwijderingGelogd(inburgeraarId, d.sleutel);
    await deps.publisher.publish(
      event(GedeeldeVoortgangVerwijderd, meta, {
        bronId: d.bronId,
        bronDetailType: d.bronDetailType,
        categorie: d.categorie,
        ontvanger: d.aan,
        toestemmingId,
      }),
    );
  }
}
