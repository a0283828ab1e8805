import {
  CATEGORIE_REGELS,
  type Categorie,
  GEMEENTE_ROLLEN,
  type GemeenteRol,
  InburgeringsmijlpaalVastgelegd,
  TOESTEMMING_CATEGORIEEN,
  uitnodigingBronId,
  VoortgangGedeeld,
  VraagBeantwoord,
  VraagGesteld,
} from '@wegwijs/contracts';
import type { OutgoingEvent } from '@wegwijs/lambda-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delingSleutel } from '../src/adapters/keys';
import { leesVoortgang } from '../src/app/lezen';
import { verwerkToewijzing } from '../src/app/projectie';
import { geefToestemming, trekToestemmingIn } from '../src/app/toestemmingen';
import { verwerkVoortgang } from '../src/app/voortgang';
import { ketenGeldig } from '../src/domain/keten';
import { Regelfout } from '../src/domain/toestemming';
import { naarFeiten } from '../src/domain/voortgang';
import { testDeps } from './support/deps';
import { ANDERE_ORG, GEMEENTE, IB, ORG } from './support/fixtures';
import { plusDagen } from './support/historie';
import { envelope } from './support/voorbeelden';

// Issue 12: the broker's second direction. The gemeente's own facts (the dates of the inburgering, the invitation to
// the brede intake, a consulent's question) go to the organisation assigned at the moment of the decision, only from
// the inburgeraar's own gemeente, the invitation only under a consent for brede-intake. These histories are separate
// from broker.property.test.ts (uitvoering-naar-gemeente), so the two sets of arbitraries evolve independently.

type Afzender = 'gemeente' | 'organisatie' | 'andere-gemeente';
type Stap =
  | { soort: 'geef'; categorieen: Categorie[]; rol: GemeenteRol | undefined; totDagen: number | undefined }
  | { soort: 'trekIn'; index: number }
  | { soort: 'wissel' }
  | { soort: 'tijd'; uren: number }
  | { soort: 'mijlpaal'; uitgenodigd: boolean; afzender: Afzender; vertragingen: number[] }
  | { soort: 'vraag'; afzender: Afzender; vertragingen: number[] }
  | { soort: 'antwoordVanGemeente'; vertragingen: number[] };

const vertragingen = fc.array(fc.nat(3), { minLength: 1, maxLength: 3 });
const afzender = fc.constantFrom<Afzender>('gemeente', 'gemeente', 'gemeente', 'organisatie', 'andere-gemeente');
const stap: fc.Arbitrary<Stap> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constant('geef' as const),
      categorieen: fc.subarray([...TOESTEMMING_CATEGORIEEN], { minLength: 1 }),
      rol: fc.option(fc.constantFrom(...GEMEENTE_ROLLEN), { nil: undefined, freq: 3 }),
      totDagen: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('trekIn' as const), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ soort: 'wissel' as const }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('tijd' as const), uren: fc.integer({ min: 1, max: 60 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      soort: fc.constant('mijlpaal' as const),
      uitgenodigd: fc.boolean(),
      afzender,
      vertragingen,
    }),
  },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('vraag' as const), afzender, vertragingen }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('antwoordVanGemeente' as const), vertragingen }) },
);

interface ModelToestemming {
  id: string;
  categorieen: Categorie[];
  rol: GemeenteRol | undefined;
  vanaf: string;
  tot: string | undefined;
  org: string;
  ingetrokken: boolean;
}

const naarUitvoering = (c: Categorie) => CATEGORIE_REGELS[c].richting === 'gemeente-naar-uitvoering';
const orgVan = (a: Afzender, org: string) =>
  a === 'gemeente' ? `gemeente-${GEMEENTE}` : a === 'andere-gemeente' ? 'gemeente-0014' : org;

/** The oracle: an independent statement of the rules of the gemeente-naar-uitvoering direction. */
class RichtingModel {
  org = ORG;
  readonly toestemmingen: ModelToestemming[] = [];
  readonly besluiten = new Map<string, 'gedeeld' | 'geweigerd'>();
  /** bronId -> the organisation a permitted fact was shared with. */
  readonly gedeeldMet = new Map<string, string>();
  private readonly gezien = new Set<string>();

  geefAkkoord(categorieen: Categorie[], rol: GemeenteRol | undefined, tot: string | undefined, vandaag: string) {
    if (categorieen.some(naarUitvoering) && rol !== undefined) return false;
    return tot === undefined || tot >= vandaag;
  }

  lever(bronId: string, categorie: Categorie, van: string, tijdstip: string, rollen: (GemeenteRol | undefined)[]) {
    if (this.gezien.has(bronId)) return;
    this.gezien.add(bronId);
    for (const rol of rollen) {
      const k = delingSleutel(bronId, { gemeente: GEMEENTE, ...(rol ? { rol } : {}) });
      const permit = naarUitvoering(categorie) && this.permit(categorie, van, tijdstip);
      this.besluiten.set(k, permit ? 'gedeeld' : 'geweigerd');
      if (permit) this.gedeeldMet.set(bronId, this.org);
    }
  }

  private permit(categorie: Categorie, van: string, tijdstip: string): boolean {
    if (van !== `gemeente-${GEMEENTE}`) return false;
    if (CATEGORIE_REGELS[categorie].grondslag === 'wettelijke-taak') return true;
    const dag = tijdstip.slice(0, 10);
    return this.toestemmingen.some(
      (t) =>
        t.rol === undefined &&
        t.categorieen.includes(categorie) &&
        !t.ingetrokken &&
        t.org === this.org &&
        t.vanaf <= tijdstip &&
        (t.tot === undefined || dag <= t.tot),
    );
  }

  /** The roles a consent-based event of the other direction is decided for (the broker's ontvangersVoor). */
  rollen(): (GemeenteRol | undefined)[] {
    return [undefined, ...[...new Set(this.toestemmingen.flatMap((t) => (t.rol ? [t.rol] : [])))].sort()];
  }
}

async function speel(stappen: Stap[]) {
  // The rules at each event's instant; waiting for a change not delivered yet is toewijzing-volgorde.test.ts's.
  const { deps, klok, store, publisher } = testDeps({ wachttijdToewijzing: 0 });
  const model = new RichtingModel();
  const iso = () => klok.now().toISOString();
  await verwerkToewijzing(deps, {
    inburgeraarId: IB,
    gemeente: GEMEENTE,
    uitvoeringsorganisatie: ORG,
    doelgroep: 'asielstatushouder',
    occurredAt: iso(),
  });
  const gever = { relatie: 'inburgeraar' as const, sub: IB };
  const meta = { actor: { rol: 'inburgeraar' as const, sub: IB }, correlationId: 'c-richting' };
  const wachtend: { due: number; lever: () => Promise<void> }[] = [];
  const ids: string[] = [];
  let n = 0;

  const zend = (i: number, s: Extract<Stap, { vertragingen: number[] }>) => {
    n++;
    const bronId = `b${n}`;
    const vandaag = iso().slice(0, 10);
    const van = s.soort === 'antwoordVanGemeente' ? `gemeente-${GEMEENTE}` : orgVan(s.afzender, model.org);
    const rol = van.startsWith('gemeente-') ? 'inburgeringsconsulent' : 'maatschappelijk-begeleider';
    const contract =
      s.soort === 'mijlpaal' ? InburgeringsmijlpaalVastgelegd : s.soort === 'vraag' ? VraagGesteld : VraagBeantwoord;
    const data =
      s.soort === 'mijlpaal'
        ? { mijlpaalId: bronId, soort: 'brede-intake', datum: vandaag, begeleiderUitgenodigd: s.uitgenodigd }
        : s.soort === 'vraag'
          ? { vraagId: bronId, onderwerp: 'examen', datum: vandaag }
          : { vraagId: `v${n}`, antwoordId: bronId, onderwerp: 'examen', datum: vandaag, tekst: 'Antwoord' };
    const env = envelope(
      contract,
      {
        id: `e${n}`,
        occurredAt: iso(),
        gemeente: GEMEENTE,
        inburgeraarId: IB,
        actor: { org: van, rol },
        correlationId: `c${n}`,
      },
      data,
    );
    for (const d of s.vertragingen) {
      wachtend.push({
        due: i + d,
        lever: async () => {
          // The model decides with the projection of the moment of delivery, as the broker does.
          const rollen = s.soort === 'antwoordVanGemeente' ? model.rollen() : [undefined];
          for (const feit of naarFeiten(contract, env)) await verwerkVoortgang(deps, feit);
          model.lever(bronId, contract.categorie ?? 'inburgering', van, env.meta.occurredAt, rollen);
          if (s.soort === 'mijlpaal' && s.uitgenodigd) {
            model.lever(uitnodigingBronId(bronId), 'brede-intake', van, env.meta.occurredAt, [undefined]);
          }
        },
      });
    }
  };
  const leverTot = async (i: number) => {
    wachtend.sort((a, b) => a.due - b.due);
    while (wachtend[0] && wachtend[0].due <= i) await wachtend.shift()?.lever();
  };

  for (const [i, s] of stappen.entries()) {
    if (s.soort === 'geef') {
      const vandaag = iso().slice(0, 10);
      const tot = s.totDagen === undefined ? undefined : plusDagen(vandaag, s.totDagen);
      const res = await geefToestemming(
        deps,
        IB,
        {
          ontvanger: { gemeente: GEMEENTE, ...(s.rol ? { rol: s.rol } : {}) },
          categorieen: s.categorieen,
          doel: 'brede-intake',
          ...(tot ? { geldigTot: tot } : {}),
          expliciet: true,
          taal: 'ti',
          tekstversie: 'v1',
        },
        gever,
        meta,
      );
      expect(res instanceof Regelfout, 'grant accepted as the model says').toBe(
        !model.geefAkkoord(s.categorieen, s.rol, tot, vandaag),
      );
      if (!(res instanceof Regelfout)) {
        model.toestemmingen.push({
          id: res.toestemmingId,
          categorieen: s.categorieen,
          rol: s.rol,
          vanaf: res.geldigVanaf,
          tot,
          org: model.org,
          ingetrokken: false,
        });
        ids.push(res.toestemmingId);
      }
    } else if (s.soort === 'trekIn') {
      const id = ids[s.index % Math.max(ids.length, 1)];
      if (id) {
        await trekToestemmingIn(deps, IB, id, gever, meta);
        const t = model.toestemmingen.find((x) => x.id === id);
        if (t) t.ingetrokken = true;
      }
    } else if (s.soort === 'wissel') {
      klok.verzet(1);
      model.org = model.org === ORG ? ANDERE_ORG : ORG;
      await verwerkToewijzing(deps, {
        inburgeraarId: IB,
        gemeente: GEMEENTE,
        uitvoeringsorganisatie: model.org,
        occurredAt: iso(),
      });
    } else if (s.soort === 'tijd') {
      klok.verzet(s.uren * 3_600_000);
    } else {
      zend(i, s);
    }
    await leverTot(i);
  }
  await leverTot(Number.POSITIVE_INFINITY);
  return { deps, store, model, gedeeld: publisher.events };
}

const gedeeldMet = (events: readonly OutgoingEvent[]) =>
  new Map(
    events
      .filter((e) => e.contract.detailType === VoortgangGedeeld.detailType)
      .map((e) => e.data as { bronId: string; uitvoeringsorganisatie?: string })
      .filter((d) => d.uitvoeringsorganisatie !== undefined)
      .map((d) => [d.bronId, d.uitvoeringsorganisatie]),
  );

describe('the broker, direction gemeente-naar-uitvoering, against a model (in-memory store)', () => {
  it('agrees on random histories: the assigned organisation only, from the own gemeente only, the invitation only under consent; nothing in the gemeente view', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stap, { maxLength: 14 }), async (stappen) => {
        // Act
        const { deps, store, model, gedeeld } = await speel(stappen);
        // Assert
        const log = await store.leesLog(IB);
        const besluiten = log.filter((e) => e.actie === 'gedeeld' || e.actie === 'geweigerd');
        expect(new Map(besluiten.map((e) => [e.sleutel, e.actie]))).toEqual(model.besluiten);
        expect(gedeeldMet(gedeeld)).toEqual(model.gedeeldMet);
        for (const e of besluiten.filter((b) => b.categorie && naarUitvoering(b.categorie) && b.actie === 'gedeeld')) {
          expect(e.aan, 'the log names the organisation it went to').toBe(model.gedeeldMet.get(e.bronId ?? ''));
        }
        for (const rol of GEMEENTE_ROLLEN) {
          const items = await leesVoortgang(deps, IB, { sub: 'lezer', rol });
          expect(items.filter((i) => naarUitvoering(i.categorie) || i.categorie === 'vraag-antwoord')).toEqual([]);
        }
        expect(ketenGeldig(log)).toBe(true);
      }),
      { numRuns: Number(process.env.RUNS ?? 1_000) },
    );
  }, 240_000);
});
