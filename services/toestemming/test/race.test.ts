import { MeetmomentVastgelegd } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import type { BrokerStore } from '../src/adapters/store';
import { leesVoortgang } from '../src/app/lezen';
import { verwerkToewijzing } from '../src/app/projectie';
import { geefToestemming, trekToestemmingIn } from '../src/app/toestemmingen';
import { verwerkVoortgang } from '../src/app/voortgang';
import { ketenGeldig } from '../src/domain/keten';
import { Regelfout } from '../src/domain/toestemming';
import { naarFeit } from '../src/domain/voortgang';
import { testDeps } from './support/deps';
import { GEMEENTE, IB, ORG } from './support/fixtures';
import { GeheugenStore } from './support/geheugen-store';
import { envelope, voortgangData } from './support/voorbeelden';

type Punt = 'lees' | 'claim' | 'voegToe';

/** The in-memory store, pausing the in-flight decision once right after the operation `punt`. */
function pauzerend(store: GeheugenStore, punt: Punt) {
  let loslaten: () => void = () => undefined;
  let gepauzeerd: () => void = () => undefined;
  const poort = new Promise<void>((r) => {
    loslaten = r;
  });
  const bereikt = new Promise<void>((r) => {
    gepauzeerd = r;
  });
  let scherp = false;
  const wacht = async <T>(naam: Punt, resultaat: T): Promise<T> => {
    if (scherp && naam === punt) {
      scherp = false;
      gepauzeerd();
      await poort;
    }
    return resultaat;
  };
  const wrapped: BrokerStore = Object.assign(Object.create(store) as BrokerStore, {
    lees: async (ib: string) => wacht('lees', await store.lees(ib)),
    claim: async (d: Parameters<BrokerStore['claim']>[0]) => wacht('claim', await store.claim(d)),
    voegToe: async (e: Parameters<BrokerStore['voegToe']>[0]) => wacht('voegToe', await store.voegToe(e)),
  });
  return { wrapped, scherp: () => (scherp = true), bereikt, loslaten: () => loslaten() };
}

const gever = { relatie: 'inburgeraar' as const, sub: IB };
const meta = { actor: { rol: 'inburgeraar' as const, sub: IB }, correlationId: 'c-race' };

describe('withdrawal racing an in-flight share decision: the withdrawal wins', () => {
  it.each<[Punt, string]>([
    ['lees', 'read the consent as active, then the withdrawal ran: its log slot is taken, it decides again'],
    ['claim', 'claimed the decision, then the withdrawal ran: it decides again and refuses'],
    ['voegToe', 'logged gedeeld, then the withdrawal swept its claim: the content is never released'],
  ])('a decision that %s', async (punt) => {
    // Arrange
    const basis = new GeheugenStore();
    const p = pauzerend(basis, punt);
    const { deps, klok } = testDeps({ store: p.wrapped });
    await verwerkToewijzing(deps, {
      inburgeraarId: IB,
      gemeente: GEMEENTE,
      uitvoeringsorganisatie: ORG,
      doelgroep: 'asielstatushouder',
      occurredAt: klok.now().toISOString(),
    });
    const t = await geefToestemming(
      deps,
      IB,
      {
        ontvanger: { gemeente: GEMEENTE },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'v1',
      },
      gever,
      meta,
    );
    if (t instanceof Regelfout) throw new Error('grant refused');
    klok.verzet(1000);
    const env = envelope(
      MeetmomentVastgelegd,
      {
        id: 'e1',
        occurredAt: klok.now().toISOString(),
        gemeente: GEMEENTE,
        inburgeraarId: IB,
        actor: { org: ORG, rol: 'maatschappelijk-begeleider' },
        correlationId: 'c1',
      },
      voortgangData(MeetmomentVastgelegd, 'm1', '2026-03-01'),
    );
    // Act: the decision pauses at `punt`; the withdrawal runs to completion; then the decision resumes
    p.scherp();
    const beslissing = verwerkVoortgang(deps, naarFeit(MeetmomentVastgelegd, env));
    await p.bereikt;
    await trekToestemmingIn(deps, IB, t.toestemmingId, gever, meta);
    const direct = await leesVoortgang(deps, IB, { sub: 'c1', rol: 'inburgeringsconsulent' });
    p.loslaten();
    await beslissing;
    // Assert: nothing readable, ever; one decision entry; the chain intact
    const later = await leesVoortgang(deps, IB, { sub: 'c1', rol: 'inburgeringsconsulent' });
    const claims = await basis.delingen(IB);
    const log = await basis.leesLog(IB);
    const besluiten = log.filter((e) => e.bronId === 'm1' && (e.actie === 'gedeeld' || e.actie === 'geweigerd'));
    expect(direct).toEqual([]);
    expect(later).toEqual([]);
    expect(claims.every((c) => c.gegevens === undefined)).toBe(true);
    expect(besluiten).toHaveLength(1);
    if (punt === 'voegToe') expect(log.map((e) => e.actie)).toContain('verwijderd');
    else expect(besluiten[0]?.actie).toBe('geweigerd');
    expect(ketenGeldig(log)).toBe(true);
  });
});
