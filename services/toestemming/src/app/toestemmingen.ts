import {
  GedeeldeVoortgangVerwijderd,
  type ToestemmingBody,
  ToestemmingGegeven,
  ToestemmingIngetrokken,
} from '@wegwijs/contracts';
import { event, type MetaInput } from '@wegwijs/lambda-kit';
import { ontvangerNaam } from '../adapters/keys';
import { type Gever, nieuweToestemming, Regelfout, trekIn } from '../domain/toestemming';
import type { Staat, Toestemming, Vastlegging } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { voegToeAanKeten } from './keten';
import { wijzigStaat } from './projectie';

type EventMeta = Pick<MetaInput, 'actor' | 'correlationId'>;

/** Grants a consent: staat first (conditional on its version), then its log entry, then ToestemmingGegeven. */
export async function geefToestemming(
  deps: BrokerDeps,
  inburgeraarId: string,
  body: ToestemmingBody,
  gever: Gever,
  meta: EventMeta,
): Promise<Toestemming | Regelfout> {
  const nu = deps.clock.now().toISOString();
  const toestemmingId = deps.nieuwId();
  let fout: Regelfout | undefined;
  const staat = await wijzigStaat(deps, inburgeraarId, (s) => {
    if (!s) return undefined;
    const t = nieuweToestemming(body, s, gever, nu, toestemmingId);
    fout = t instanceof Regelfout ? t : undefined;
    return t instanceof Regelfout ? undefined : { ...s, versie: s.versie + 1, toestemmingen: [...s.toestemmingen, t] };
  });
  if (fout) return fout;
  const t = staat?.toestemmingen.find((x) => x.toestemmingId === toestemmingId);
  if (!staat || !t) throw new Error('consent was not stored');
  await voegToeAanKeten(deps, inburgeraarId, [
    { actie: 'toestemming-gegeven', toestemmingId, van: door(gever), aan: ontvangerNaam(t.ontvanger) },
  ]);
  await deps.publisher.publish(
    event(
      ToestemmingGegeven,
      { ...meta, gemeente: staat.gemeente, inburgeraarId },
      {
        toestemmingId,
        ontvanger: t.ontvanger,
        categorieen: t.categorieen,
        doel: t.doel,
        ...(t.geldigTot ? { geldigTot: t.geldigTot } : {}),
        expliciet: t.expliciet,
      },
    ),
  );
  return t;
}

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
  const staat = await wijzigStaat(deps, inburgeraarId, (s) =>
    s && vind(s)?.ingetrokkenOp === undefined ? trekIn(s, toestemmingId, nu, door(gever), vastgelegd) : undefined,
  );
  const t = vind(staat);
  if (!staat || !t) return undefined;
  const eventMeta = { ...meta, gemeente: staat.gemeente, inburgeraarId };
  if (!t.intrekkingGelogd) {
    await voegToeAanKeten(deps, inburgeraarId, [
      { actie: 'toestemming-ingetrokken', toestemmingId, van: door(gever), aan: ontvangerNaam(t.ontvanger) },
    ]);
    await wijzigStaat(deps, inburgeraarId, (s) =>
      s && !vind(s)?.intrekkingGelogd
        ? {
            ...s,
            versie: s.versie + 1,
            toestemmingen: s.toestemmingen.map((x) =>
              x.toestemmingId === toestemmingId ? { ...x, intrekkingGelogd: true } : x,
            ),
          }
        : undefined,
    );
    await deps.publisher.publish(
      event(ToestemmingIngetrokken, eventMeta, { toestemmingId, ingetrokkenOp: t.ingetrokkenOp ?? nu }),
    );
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
