import { CATEGORIE_REGELS, type Ontvanger } from '@wegwijs/contracts';
import { ontvangerNaam } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import { beslis } from '../domain/beslis';
import type { Deling, LogEntry } from '../domain/typen';
import type { Voortgangsfeit } from '../domain/voortgang';
import { type BrokerDeps, BrokerFout } from './deps';
import { leesVers, volgende } from './keten';

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
  /** Runs once the decision is logged, before the content is released (publish the outcome here). */
  naLog?: (deling: Deling) => Promise<void>;
  /** The minimised content, released into the gemeente's view on a permit. */
  gegevens?: Record<string, unknown>;
  /** Stored with the first claim: the recipients this piece of information is decided for. */
  ontvangers?: Ontvanger[];
}

const MAX_RONDES = 50;

/** Who the log names as recipient: the gemeente (or its rol), or for the gemeente's own facts the organisation. */
const logOntvanger = (vraag: Vraag, aan: Ontvanger, snap: Momentopname) =>
  CATEGORIE_REGELS[vraag.categorie].richting === 'gemeente-naar-uitvoering'
    ? (snap.staat?.uitvoeringsorganisatie ?? 'onbekend')
    : ontvangerNaam(aan);

function plan(
  deps: BrokerDeps,
  vraag: Vraag,
  aan: Ontvanger,
  sleutel: string,
  snap: Momentopname,
  ontvangers?: Ontvanger[],
): Deling {
  const besluit = beslis({ ...vraag, ontvanger: aan }, snap.staat);
  const poging = deps.nieuwId();
  const gepland: LogEntry = volgende(
    deps,
    vraag.inburgeraarId,
    snap.kop,
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

/** Writes the planned entry at its slot; true when it is there now (written by us or by a concurrent delivery). */
async function zorgVoorLog(deps: BrokerDeps, gepland: LogEntry): Promise<boolean> {
  if (await deps.store.voegToe(gepland)) return true;
  const slot = await deps.store.leesLogSlot(gepland.inburgeraarId, gepland.seq);
  return slot?.hash === gepland.hash;
}

async function rondAf(deps: BrokerDeps, deling: Deling, snap: Momentopname, afronding: Afronding): Promise<Deling> {
  if (deling.status === 'verwijderd') return deling;
  await afronding.naLog?.(deling);
  if (deling.besluit !== 'permit' || deling.status !== 'besloten' || !afronding.gegevens) return deling;
  // Defence in depth: never release under a consent that the latest read shows withdrawn.
  const toestemming = snap.staat?.toestemmingen.find((t) => t.toestemmingId === deling.toestemmingId);
  if (deling.toestemmingId && toestemming?.ingetrokkenOp !== undefined) return deling;
  const vrij = await deps.store.geefVrij(deling.inburgeraarId, deling.sleutel, deling.poging, afronding.gegevens);
  return vrij ? { ...deling, status: 'gedeeld', gegevens: afronding.gegevens } : deling;
}

/**
 * One decision for one recipient, idempotent under at-least-once delivery in any order:
 * claim the decision key (conditional put) -> write the planned log entry at its chain slot -> release the content.
 * Whoever finds the claim (a redelivery, a retry after a failure) drives the same plan forward; when the slot was taken
 * by another entry, the decision is made again on a fresh read and the claim is taken over at its attempt id.
 */
export async function deel(
  deps: BrokerDeps,
  vraag: Vraag,
  aan: Ontvanger,
  sleutel: string,
  start: Momentopname,
  afronding: Afronding = {},
): Promise<Deling> {
  let snap = start;
  let deling = plan(deps, vraag, aan, sleutel, snap, afronding.ontvangers);
  const bestaand = await deps.store.claim(deling);
  if (bestaand) deling = bestaand;
  for (let ronde = 0; ronde < MAX_RONDES; ronde++) {
    if (deling.status === 'gedeeld') return deling;
    if (await zorgVoorLog(deps, deling.gepland)) return rondAf(deps, deling, snap, afronding);
    snap = await leesVers(deps, vraag.inburgeraarId);
    const nieuw = plan(deps, vraag, aan, sleutel, snap);
    if (await deps.store.herclaim(nieuw, deling.poging)) {
      deling = { ...nieuw, status: deling.status, ontvangers: deling.ontvangers };
      continue;
    }
    const actueel = await deps.store.claim(nieuw);
    if (!actueel) throw new BrokerFout('decision claim disappeared');
    deling = actueel;
  }
  throw new BrokerFout('decision did not settle');
}
