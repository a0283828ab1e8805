import { MeetmomentVastgelegd } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerStore } from '../src/adapters/store';
import type { BrokerDeps } from '../src/app/deps';
import { geefToestemming, trekToestemmingIn } from '../src/app/toestemmingen';
import { verwerkVoortgang } from '../src/app/voortgang';
import { ketenGeldig } from '../src/domain/keten';
import { Regelfout } from '../src/domain/toestemming';
import type { LogEntry } from '../src/domain/typen';
import { naarFeit } from '../src/domain/voortgang';
import { type BrokerOmgeving, body, brokerOmgeving } from './support/omgeving';
import { envelope, voortgangData } from './support/voorbeelden';

/**
 * Finding 7 on the real store (dynalite): a withdrawal and meetmoment decisions racing on one chain. Each round starts
 * the decisions while the withdrawal is between its read and its write (the window of the finding), with a clock that
 * moves forward on every reading, as a real one does between two requests.
 */
const RONDES = 12;
const BESLISSINGEN = 4;
const ORG = 'vluchtelingenwerk';

let o: BrokerOmgeving;
beforeAll(async () => {
  o = await brokerOmgeving();
});
afterAll(() => o.omgeving.stop());

/** A real clock that never answers the same millisecond twice. */
function tikkendeKlok() {
  let laatste = 0;
  return {
    now: () => {
      laatste = Math.max(Date.now(), laatste + 1);
      return new Date(laatste);
    },
  };
}

/**
 * The store of the withdrawal, announcing the moment its first read of the staat has answered and holding that read
 * until `door` resolves: the withdrawal then writes on a read that the decisions made in between have overtaken.
 */
function metSignaalNaLezen(store: BrokerStore, door: Promise<unknown>) {
  let gelezen: () => void = () => undefined;
  const signaal = new Promise<void>((r) => {
    gelezen = r;
  });
  let eerste = true;
  const wrapped: BrokerStore = {
    ...store,
    lees: async (ib) => {
      const snap = await store.lees(ib);
      if (eerste) {
        eerste = false;
        gelezen();
        await door;
      }
      return snap;
    },
  };
  return { wrapped, signaal };
}

function meetmomentFeit(ib: string, bronId: string, occurredAt: string) {
  const env = envelope(
    MeetmomentVastgelegd,
    {
      id: `e-${bronId}`,
      occurredAt,
      gemeente: '0518',
      inburgeraarId: ib,
      actor: { org: ORG, rol: 'maatschappelijk-begeleider' },
      correlationId: `c-${bronId}`,
    },
    voortgangData(MeetmomentVastgelegd, bronId, '2026-04-01'),
  );
  return naarFeit(MeetmomentVastgelegd, env);
}

/** The violations of finding 7 in one chain, as readable lines (empty when the chain tells the truth). */
function tijdsfouten(log: readonly LogEntry[], ingetrokkenOp: string | undefined, toestemmingId: string): string[] {
  const fouten: string[] = [];
  const keten = [...log].sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < keten.length; i++) {
    const [vorige, entry] = [keten[i - 1], keten[i]] as [LogEntry, LogEntry];
    if (entry.tijdstip < vorige.tijdstip) fouten.push(`seq ${entry.seq} ${entry.tijdstip} < ${vorige.tijdstip}`);
  }
  const intrekking = keten.find((e) => e.actie === 'toestemming-ingetrokken' && e.toestemmingId === toestemmingId);
  for (const e of keten.filter((x) => x.actie === 'gedeeld' && x.toestemmingId === toestemmingId)) {
    if (intrekking && e.seq > intrekking.seq) fouten.push(`gedeeld at seq ${e.seq} after the withdrawal`);
    if (ingetrokkenOp && e.tijdstip > ingetrokkenOp) {
      fouten.push(`gedeeld at seq ${e.seq} dated ${e.tijdstip}, after ingetrokkenOp ${ingetrokkenOp}`);
    }
  }
  return fouten;
}

describe('finding 7: a withdrawal racing meetmoment decisions on one chain (dynalite)', () => {
  it(`never dates a chain entry before the one it follows, nor a gedeeld entry after the withdrawal (${RONDES} rounds)`, async () => {
    const fouten: string[] = [];
    let gedeeldVoorIntrekking = 0;
    for (let ronde = 0; ronde < RONDES; ronde++) {
      // Arrange: an inburgeraar with an active consent for zelfredzaamheid
      const ib = `ib-race7-${ronde}`;
      await o.aanmelden(ib, ORG);
      const klok = tikkendeKlok();
      const echt = o.deps();
      const deps: BrokerDeps = { ...echt, clock: klok };
      const gever = { relatie: 'inburgeraar' as const, sub: ib };
      const meta = { actor: { rol: 'inburgeraar' as const, sub: ib }, correlationId: `c-r${ronde}` };
      const t = await geefToestemming(deps, ib, body() as never, gever, meta);
      if (t instanceof Regelfout) throw new Error(`grant refused: ${t.slug}`);
      let eersteBesluit: (v?: unknown) => void = () => undefined;
      const besluitGenomen = new Promise((r) => {
        eersteBesluit = r;
      });
      const { wrapped, signaal } = metSignaalNaLezen(echt.store, besluitGenomen);
      // Act: the withdrawal starts; once it has read the staat, the decisions start, and the withdrawal writes only
      // once the first decision is in (so decisions and the withdrawal race on one chain head)
      const intrekking = trekToestemmingIn({ ...deps, store: wrapped }, ib, t.toestemmingId, gever, meta);
      await signaal;
      const beslissingen = Array.from({ length: BESLISSINGEN }, (_, i) =>
        verwerkVoortgang(deps, meetmomentFeit(ib, `m${ronde}-${i}`, klok.now().toISOString())),
      );
      void Promise.race(beslissingen).then(eersteBesluit, eersteBesluit);
      await Promise.all([intrekking, ...beslissingen]);
      // Assert (collected over all rounds, so the message shows every violation)
      const log = await echt.store.leesLog(ib);
      const { staat } = await echt.store.lees(ib);
      const ingetrokkenOp = staat?.toestemmingen.find((x) => x.toestemmingId === t.toestemmingId)?.ingetrokkenOp;
      expect(ketenGeldig(log)).toBe(true);
      expect(ingetrokkenOp).toBeDefined();
      fouten.push(...tijdsfouten(log, ingetrokkenOp, t.toestemmingId).map((f) => `round ${ronde}: ${f}`));
      gedeeldVoorIntrekking += log.filter((e) => e.actie === 'gedeeld').length;
    }
    expect(fouten).toEqual([]);
    // The race was real: some decisions got in before the withdrawal (else this test proves nothing)
    expect(gedeeldVoorIntrekking).toBeGreaterThan(0);
  });
});
