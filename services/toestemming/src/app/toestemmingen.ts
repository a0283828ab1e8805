import {
  GedeeldeVoortgangVerwijderd,
  type ToestemmingBody,
  ToestemmingGegeven,
  ToestemmingIngetrokken,
} from '@wegwijs/contracts';
import { type MetaInput, uitgaand } from '@wegwijs/lambda-kit';
import { ontvangerNaam } from '../adapters/keys';
import { dateerIntrekking, type Gever, nieuweToestemming, Regelfout, trekIn } from '../domain/toestemming';
import type { Deling, LogEntry, Staat, Toestemming, Vastlegging } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { wijzigStaatMet } from './staat-repository';

type EventMeta = Pick<MetaInput, 'actor' | 'correlationId'>;

/** Whether a consent with this id (derived from an Idempotency-Key) asks for the same as this body. */
const zelfde = (t: Toestemming, body: ToestemmingBody) =>
  t.doel === body.doel &&
  t.ontvanger.gemeente === body.ontvanger.gemeente &&
  t.ontvanger.rol === body.ontvanger.rol &&
  [...t.categorieen].sort().join() === [...new Set(body.categorieen)].sort().join();

/**
 * Grants a consent. The consent, its `toestemming-gegeven` log entry and its ToestemmingGegeven are ONE conditional
 * write of the staat (which holds the chain head and the outbox): there is never a consent without its entry and event.
 * The id comes from the caller (derived from the Idempotency-Key): a retry finds the consent the first attempt stored
 * and answers it instead of storing a second one (finding 9).
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
        uitvoeringsorganisatie: t.uitvoeringsorganisatie,
      },
    );
    const gelogd = {
      actie: 'toestemming-gegeven' as const,
      toestemmingId,
      van: door(gever),
      aan: ontvangerNaam(t.ontvanger),
    };
    return {
      staat: { ...s, versie: s.versie + 1, toestemmingen: [...s.toestemmingen, t] },
      events: [gegeven],
      log: [gelogd],
    };
  });
  if (fout) return fout;
  const t = vind(staat);
  if (!staat || !t) throw new Error('consent was not stored');
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
  // The withdrawal, its log entry and its ToestemmingIngetrokken: one write of the staat.
  const staat = await wijzigStaatMet(deps, inburgeraarId, (s) => {
    const t = vind(s);
    if (!s || !t || t.ingetrokkenOp !== undefined) return undefined;
    const eventMeta = { ...meta, gemeente: s.gemeente, inburgeraarId };
    const ingetrokken = trekIn(s, toestemmingId, nu, door(gever), vastgelegd);
    const gelogd = {
      actie: 'toestemming-ingetrokken' as const,
      toestemmingId,
      van: door(gever),
      aan: ontvangerNaam(t.ontvanger),
    };
    // Dated as its log entry (finding 7): no `gedeeld` entry before it is dated after the withdrawal.
    const gedateerd = ([entry]: readonly LogEntry[]) => {
      const staat = entry ? dateerIntrekking(ingetrokken, toestemmingId, entry.tijdstip) : ingetrokken;
      const ingetrokkenOp = vind(staat)?.ingetrokkenOp ?? nu;
      const betrokkenen = { ontvanger: t.ontvanger, uitvoeringsorganisatie: s.uitvoeringsorganisatie };
      return {
        staat,
        events: [uitgaand(ToestemmingIngetrokken, eventMeta, { toestemmingId, ingetrokkenOp, ...betrokkenen })],
      };
    };
    return { ...gedateerd([]), log: [gelogd], gelogd: gedateerd };
  });
  const t = vind(staat);
  if (!staat || !t) return undefined;
  await veegOp(deps, inburgeraarId, toestemmingId, { ...meta, gemeente: staat.gemeente, inburgeraarId });
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
  // Tombstone first (the content goes at once); a removal not yet logged keeps `verwijderingGelogd: false`, so a
  // retried withdrawal logs it. Each removal's log entry and its event are then ONE write of the staat.
  const verwijderd: Deling[] = [];
  for (const d of teVerwijderen) {
    const vorige = d.status === 'verwijderd' ? d : await deps.store.verwijder(inburgeraarId, d.sleutel);
    if (vorige) verwijderd.push(d);
  }
  // At most VERWIJDERINGEN_PER_SCHRIJF per write: each adds its entry and its event to the staat item until they are
  // copied and published, and a consent may cover hundreds of shares (a migration's batch): the item stays under 400 KB.
  for (let i = 0; i < verwijderd.length; i += VERWIJDERINGEN_PER_SCHRIJF) {
    await logVerwijderd(deps, inburgeraarId, toestemmingId, meta, verwijderd.slice(i, i + VERWIJDERINGEN_PER_SCHRIJF));
  }
}

const VERWIJDERINGEN_PER_SCHRIJF = 100;

/** The `verwijderd` entries of removed shares and their GedeeldeVoortgangVerwijderd: ONE write of the staat. */
async function logVerwijderd(
  deps: BrokerDeps,
  inburgeraarId: string,
  toestemmingId: string,
  meta: MetaInput,
  verwijderd: readonly Deling[],
) {
  await wijzigStaatMet(deps, inburgeraarId, (s) =>
    s
      ? {
          staat: { ...s, versie: s.versie + 1 },
          events: verwijderd.map((d) =>
            uitgaand(GedeeldeVoortgangVerwijderd, meta, {
              bronId: d.bronId,
              bronDetailType: d.bronDetailType,
              categorie: d.categorie,
              ontvanger: d.aan,
              toestemmingId,
            }),
          ),
          log: verwijderd.map((d) => ({
            actie: 'verwijderd' as const,
            categorie: d.categorie,
            bronId: d.bronId,
            aan: ontvangerNaam(d.aan),
            toestemmingId,
          })),
        }
      : undefined,
  );
  for (const d of verwijderd) await deps.store.markeerVerwijderingGelogd(inburgeraarId, d.sleutel);
}
