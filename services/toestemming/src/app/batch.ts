import type { Envelope, EventContract, Ontvanger } from '@wegwijs/contracts';
import { delingSleutel } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import { ontvangersVoor } from '../domain/beslis';
import { GENESIS } from '../domain/keten';
import { wachtOpToewijzing } from '../domain/toewijzing';
import type { Deling, LogEntry } from '../domain/typen';
import { BATCH_EVENTS, naarFeiten, type Voortgangsfeit } from '../domain/voortgang';
import { type Afronding, gelogd, plan, rondAf } from './delen';
import { type BrokerDeps, BrokerFout, ToewijzingOnbekend, TrajectOnbekend } from './deps';
import { geenWijziging, leesStaat, verwerktIn, wijziging, wijzigStaat } from './staat-repository';
import { aankondiging, naarUitvoering, verwerkVoortgang } from './voortgang';

/**
 * How many decisions one write of the staat item carries: each adds its log entry (about 0.6 KB) and its event
 * (about 0.8 KB) to the item until they are copied and published, and the item must stay well under DynamoDB's 400 KB.
 */
export const BESLISSINGEN_PER_SCHRIJF = 100;

interface Taak {
  feit: Voortgangsfeit;
  aan: Ontvanger;
  sleutel: string;
  afronding: Afronding;
  deling: Deling;
}

const afrondingVan = (feit: Voortgangsfeit): Afronding => ({
  ...(naarUitvoering(feit) ? {} : { gegevens: feit.gegevens }),
  events: (d: Deling) => [aankondiging(feit, d)],
});

/** Is this decision made and logged on `snap` (by this delivery or an earlier one)? */
async function besloten(deps: BrokerDeps, t: Taak, snap: Momentopname): Promise<boolean> {
  if (t.deling.status !== 'besloten') return true;
  if (verwerktIn(snap, t.sleutel) !== undefined) return true;
  return gelogd(deps, t.deling.gepland, snap);
}

/** Do the planned entries of `open` follow the head of `snap`, one after the other, on its staat version? */
function volgenOp(open: readonly Taak[], snap: Momentopname): boolean {
  let kop = snap.kop;
  for (const { deling } of open) {
    const g = deling.gepland;
    if (
      g.staatVersie !== snap.staat?.versie ||
      g.seq !== (kop?.seq ?? 0) + 1 ||
      g.vorigeHash !== (kop?.hash ?? GENESIS)
    ) {
      return false;
    }
    kop = g;
  }
  return true;
}

/**
 * Claims the decision keys of a part, the planned entries chained one after the other from the head of `snap`. A
 * key claimed before (a redelivery) keeps its claim: its plan is driven forward or decided again below.
 */
async function claimAlle(
  deps: BrokerDeps,
  taken: Omit<Taak, 'deling'>[],
  snap: Momentopname,
  ontvangers?: Ontvanger[],
) {
  let kop: LogEntry | undefined = snap.kop;
  const geclaimd: Taak[] = [];
  for (const t of taken) {
    const nieuw = plan(deps, t.feit, t.aan, t.sleutel, snap, ontvangers, kop);
    const bestaand = await deps.store.claim(nieuw);
    if (!bestaand) kop = nieuw.gepland;
    geclaimd.push({ ...t, deling: bestaand ?? nieuw });
  }
  return geclaimd;
}

/**
 * ONE write of the staat item for a part of the batch: every decision not yet logged gets its entry (chained after
 * the head, each with its own bronId) and its event in the same conditional write. When the head moved since the
 * claims were planned, the open decisions are decided again on the fresh read and their claims taken over.
 */
async function schrijfDeel(
  deps: BrokerDeps,
  inburgeraarId: string,
  taken: Taak[],
  start: Momentopname,
): Promise<Momentopname> {
  let laatst = start;
  await wijzigStaat(
    deps,
    inburgeraarId,
    async (snap) => {
      laatst = snap;
      const open: Taak[] = [];
      for (const t of taken) if (!(await besloten(deps, t, snap))) open.push(t);
      if (!snap.staat || open.length === 0) return geenWijziging(undefined);
      if (!volgenOp(open, snap)) {
        let kop = snap.kop;
        for (const t of open) {
          const nieuw = plan(deps, t.feit, t.aan, t.sleutel, snap, undefined, kop);
          // Another delivery of this decision took the claim over: the event is delivered again and finds its plan.
          if (!(await deps.store.herclaim(nieuw, t.deling.poging))) throw new BrokerFout('decision claim moved');
          t.deling = {
            ...nieuw,
            status: t.deling.status,
            ...(t.deling.ontvangers ? { ontvangers: t.deling.ontvangers } : {}),
          };
          kop = nieuw.gepland;
        }
      }
      const staat = { ...snap.staat, versie: snap.staat.versie + 1 };
      const events = open.flatMap((t) => t.afronding.events?.(t.deling) ?? []);
      return wijziging({ staat, events, entries: open.map((t) => t.deling.gepland) }, undefined);
    },
    start,
  );
  return laatst;
}

/** One part of the batch: its claims, its one write, then the release of what was shared. */
async function beslisDeel(deps: BrokerDeps, feiten: readonly Voortgangsfeit[], snap: Momentopname) {
  const staat = snap.staat;
  if (!staat) throw new TrajectOnbekend();
  const [eerste] = feiten;
  if (!eerste) return [];
  const [geheel, ...rollen] = ontvangersVoor(staat, eerste.categorie, eerste.gemeente, eerste.wettelijkePlicht);
  if (!geheel) return [];
  // The gemeente (or the organisation) first; its claim fixes the recipients of this piece at its first delivery.
  const hoofd = await claimAlle(
    deps,
    feiten.map((feit) => ({
      feit,
      aan: geheel,
      sleutel: delingSleutel(feit.bronId, geheel),
      afronding: afrondingVan(feit),
    })),
    snap,
    rollen,
  );
  const kop = hoofd.reduce<LogEntry | undefined>(
    (k, t) => (t.deling.gepland.seq > (k?.seq ?? 0) ? t.deling.gepland : k),
    snap.kop,
  );
  const rolTaken = hoofd.flatMap(({ feit, deling }) =>
    (deling.ontvangers ?? rollen).map((aan) => ({
      feit,
      aan,
      sleutel: delingSleutel(feit.bronId, aan),
      afronding: afrondingVan(feit),
    })),
  );
  const rol = await claimAlle(deps, rolTaken, { ...snap, kop });
  const taken = [...hoofd, ...rol];
  const na = await schrijfDeel(deps, eerste.inburgeraarId, taken, snap);
  const resultaat: Deling[] = [];
  for (const t of taken) resultaat.push(await rondAf(deps, t.deling, na, t.afronding));
  return resultaat;
}

/**
 * A batch of one person's historic items (ContactmomentenVastgelegd, MeetmomentenVastgelegd), decided as one batch:
 * each item is decided as its single event would be (its own decision key, log entry, bronId and event), and the
 * decisions of up to BESLISSINGEN_PER_SCHRIJF are ONE conditional write of the staat item. Exactly once on any
 * redelivery: a decision the chain holds (`verwerkt`, or its claim's planned entry in the log) is not logged again.
 */
export async function verwerkBatch(deps: BrokerDeps, feiten: readonly Voortgangsfeit[]): Promise<Deling[]> {
  const [eerste] = feiten;
  if (!eerste) return [];
  let snap = await leesStaat(deps, eerste.inburgeraarId);
  const staat = snap.staat;
  if (!staat) throw new TrajectOnbekend();
  const nu = deps.clock.now();
  if (
    !naarUitvoering(eerste) &&
    wachtOpToewijzing(staat, eerste.afzender, eerste.tijdstip, nu, deps.wachttijdToewijzing)
  ) {
    throw new ToewijzingOnbekend();
  }
  // Every item is decided for each recipient (the gemeente, and each role a consent names): one write per part.
  const ontvangers = ontvangersVoor(staat, eerste.categorie, eerste.gemeente, eerste.wettelijkePlicht).length;
  const per = Math.max(1, Math.floor(BESLISSINGEN_PER_SCHRIJF / Math.max(1, ontvangers)));
  const resultaat: Deling[] = [];
  for (let i = 0; i < feiten.length; i += per) {
    if (i > 0) snap = await leesStaat(deps, eerste.inburgeraarId);
    resultaat.push(...(await beslisDeel(deps, feiten.slice(i, i + per), snap)));
  }
  return resultaat;
}

/** One voortgang event as the consumer gets it: a migration's batch as one batch, any other fact by fact. */
export async function verwerkVoortgangEvent(
  deps: BrokerDeps,
  contract: EventContract,
  envelope: Envelope,
): Promise<Deling[]> {
  const feiten = naarFeiten(contract, envelope);
  if (BATCH_EVENTS.some((b) => b.contract.detailType === contract.detailType)) return verwerkBatch(deps, feiten);
  const resultaat: Deling[] = [];
  for (const feit of feiten) resultaat.push(...(await verwerkVoortgang(deps, feit)));
  return resultaat;
}
