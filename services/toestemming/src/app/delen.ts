import { CATEGORIE_REGELS, type Ontvanger } from '@wegwijs/contracts';
import type { UitgaandEvent } from '@wegwijs/lambda-kit';
import { ontvangerNaam } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import { beslis } from '../domain/beslis';
import { GENESIS } from '../domain/keten';
import type { Deling, LogEntry } from '../domain/typen';
import type { Voortgangsfeit } from '../domain/voortgang';
import { type BrokerDeps, BrokerFout } from './deps';
import { volgende } from './keten';
import { geenWijziging, verwerktIn, wijziging, wijzigStaat } from './staat-repository';

export type Vraag = Pick<
  Voortgangsfeit,
  | 'inburgeraarId'
  | 'gemeente'
  | 'categorie'
  | 'bronId'
  | 'bronDetailType'
  | 'afzender'
  | 'tijdstip'
  | 'wettelijkePlicht'
>;

export interface Afronding {
  /** The events that announce the decision: written in the same write as its log entry. */
  events?: (deling: Deling) => UitgaandEvent[];
  /** The minimised content, released into the gemeente's view on a permit. */
  gegevens?: Record<string, unknown>;
  /** Stored with the first claim: the recipients this piece of information is decided for. */
  ontvangers?: Ontvanger[];
}

/** Who the log names as recipient: the gemeente (or its rol), or for the gemeente's own facts the organisation. */
const logOntvanger = (vraag: Vraag, aan: Ontvanger, snap: Momentopname) =>
  CATEGORIE_REGELS[vraag.categorie].richting === 'gemeente-naar-uitvoering'
    ? (snap.staat?.uitvoeringsorganisatie ?? 'onbekend')
    : ontvangerNaam(aan);

/**
 * The decision for one recipient on `snap`, with the log entry it will be logged as: after `na` (default: the head
 * of `snap`; a batch chains its decisions one after the other).
 */
export function plan(
  deps: BrokerDeps,
  vraag: Vraag,
  aan: Ontvanger,
  sleutel: string,
  snap: Momentopname,
  ontvangers?: Ontvanger[],
  na: LogEntry | undefined = snap.kop,
): Deling {
  const besluit = beslis({ ...vraag, ontvanger: aan }, snap.staat);
  const poging = deps.nieuwId();
  const gepland: LogEntry = volgende(
    deps,
    vraag.inburgeraarId,
    na,
    snap.staat?.versie ?? 0,
    {
      actie: besluit.besluit === 'permit' ? 'gedeeld' : 'geweigerd',
      categorie: vraag.categorie,
      bronId: vraag.bronId,
      van: vraag.afzender,
      aan: logOntvanger(vraag, aan, snap),
      grondslag: besluit.grondslag,
      toestemmingId: besluit.toestemmingId,
      reden: besluit.reden,
      sleutel,
      poging,
    },
    snap.gelezenOp,
  );
  return {
    inburgeraarId: vraag.inburgeraarId,
    sleutel,
    bronId: vraag.bronId,
    bronDetailType: vraag.bronDetailType,
    categorie: vraag.categorie,
    van: vraag.afzender ?? 'onbekend',
    aan,
    ...besluit,
    status: 'besloten',
    poging,
    gepland,
    ontvangenOp: gepland.tijdstip,
    ...(ontvangers ? { ontvangers } : {}),
  };
}

/** Is the planned entry in the chain now (written by us, or by a concurrent delivery of the same decision)? */
export async function gelogd(deps: BrokerDeps, gepland: LogEntry, snap: Momentopname): Promise<boolean> {
  if ((snap.kop?.seq ?? 0) < gepland.seq) return false;
  const bekend = [...(snap.teLoggen ?? []), ...(snap.kop ? [snap.kop] : [])].find((e) => e.seq === gepland.seq);
  const slot = bekend ?? (await deps.store.leesLogSlot(gepland.inburgeraarId, gepland.seq));
  return slot?.hash === gepland.hash;
}

/** Is `gepland` still the next entry after what `snap` read (same head, same staat version it was decided on)? */
const volgtOp = (gepland: LogEntry, snap: Momentopname) =>
  snap.staat?.versie === gepland.staatVersie &&
  (snap.kop?.seq ?? 0) + 1 === gepland.seq &&
  (snap.kop?.hash ?? GENESIS) === gepland.vorigeHash;

export async function rondAf(
  deps: BrokerDeps,
  deling: Deling,
  snap: Momentopname,
  afronding: Afronding,
): Promise<Deling> {
  if (deling.status === 'verwijderd') return deling;
  if (deling.besluit !== 'permit' || deling.status !== 'besloten' || !afronding.gegevens) return deling;
  // Defence in depth: never release under a consent that the latest read shows withdrawn.
  const toestemming = snap.staat?.toestemmingen.find((t) => t.toestemmingId === deling.toestemmingId);
  if (deling.toestemmingId && toestemming?.ingetrokkenOp !== undefined) return deling;
  const vrij = await deps.store.geefVrij(deling.inburgeraarId, deling.sleutel, deling.poging, afronding.gegevens);
  return vrij ? { ...deling, status: 'gedeeld', gegevens: afronding.gegevens } : deling;
}

/**
 * One decision for one recipient, idempotent under at-least-once delivery in any order:
 * claim the decision key (conditional put) -> ONE write of the staat carrying the planned log entry at the chain head
 * and the events that announce the decision (the staat repository, over the kit's one write path) -> release the
 * content. Whoever finds the claim (a redelivery, a retry after a failure) drives the same plan forward; when the head
 * moved on, the decision is made again on the fresh read and the claim is taken over at its attempt id.
 */
export async function deel(
  deps: BrokerDeps,
  vraag: Vraag,
  aan: Ontvanger,
  sleutel: string,
  start: Momentopname,
  afronding: Afronding = {},
): Promise<Deling> {
  let deling = plan(deps, vraag, aan, sleutel, start, afronding.ontvangers);
  const bestaand = await deps.store.claim(deling);
  if (bestaand) deling = bestaand;
  let laatst = start;
  const besloten = await wijzigStaat(
    deps,
    vraag.inburgeraarId,
    async (snap) => {
      laatst = snap;
      for (let overname = 0; ; overname++) {
        if (deling.status === 'gedeeld') return geenWijziging(deling);
        if (await gelogd(deps, deling.gepland, snap)) return geenWijziging(deling);
        // Logged already under another plan (an earlier delivery, or this one's write that seemed to fail): the chain
        // says so in the same item every decision is written to, so it is never logged twice.
        if (verwerktIn(snap, sleutel) !== undefined) return geenWijziging(deling);
        if (!snap.staat) return geenWijziging(deling); // unknown to the broker: refused, with no chain to log in
        if (volgtOp(deling.gepland, snap)) {
          const staat = { ...snap.staat, versie: snap.staat.versie + 1 };
          return wijziging({ staat, events: afronding.events?.(deling) ?? [], entries: [deling.gepland] }, deling);
        }
        const nieuw = plan(deps, vraag, aan, sleutel, snap);
        if (await deps.store.herclaim(nieuw, deling.poging)) {
          deling = { ...nieuw, status: deling.status, ontvangers: deling.ontvangers };
          continue;
        }
        // Another delivery of the same decision took the claim over meanwhile: go on with its plan.
        const actueel = await deps.store.claim(nieuw);
        if (!actueel) throw new BrokerFout('decision claim disappeared');
        if (overname >= MAX_OVERNAMES) throw new BrokerFout('decision claim keeps moving');
        deling = actueel;
      }
    },
    start,
  );
  return rondAf(deps, besloten, laatst, afronding);
}

/** How often one attempt follows a claim another delivery of the same decision took over (then: retried event). */
const MAX_OVERNAMES = 5;
