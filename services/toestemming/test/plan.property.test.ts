import {
  BegeleidingsplanBijgewerkt,
  type Categorie,
  DOEL_STATUSSEN,
  EVALUATIE_MOMENTEN,
  RESULTATEN_BEREIKT,
  TOESTEMMING_CATEGORIEEN,
} from '@wegwijs/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesVoortgang } from '../src/app/lezen';
import { verwerkToewijzing } from '../src/app/projectie';
import { geefToestemming } from '../src/app/toestemmingen';
import { verwerkVoortgang } from '../src/app/voortgang';
import { naarFeit } from '../src/domain/voortgang';
import { testDeps } from './support/deps';
import { GEMEENTE, IB, ORG } from './support/fixtures';
import { envelope } from './support/voorbeelden';

// Issue 12 (plan), kept apart from the broker's model test so that other categories' arbitraries merge easily: the
// goals of the begeleidingsplan (BegeleidingsplanBijgewerkt, categorie zelfredzaamheid) reach the gemeente only under
// a consent that covers zelfredzaamheid, and then only as codes and statuses; free text is not even in the contract.

const LEEFGEBIEDEN = ['wonen', 'financien-en-administratie', 'sociaal-netwerk', 'zorg-en-gezondheid', 'gezondheid'];

const planEvent = fc.record({
  aanleiding: fc.constantFrom('vastgesteld', ...EVALUATIE_MOMENTEN),
  doelen: fc.array(
    fc.record({ leefgebied: fc.constantFrom(...LEEFGEBIEDEN), status: fc.constantFrom(...DOEL_STATUSSEN) }),
    { maxLength: 8 },
  ),
  resultaat: fc.option(fc.constantFrom(...RESULTATEN_BEREIKT), { nil: undefined }),
});

type PlanHistorie = typeof planHistorie extends fc.Arbitrary<infer T> ? T : never;

const planHistorie = fc.record({
  toestemming: fc.option(fc.subarray([...TOESTEMMING_CATEGORIEEN] as Categorie[], { minLength: 1 }), {
    nil: undefined,
  }),
  events: fc.array(planEvent, { minLength: 1, maxLength: 5 }),
});

async function speel(h: PlanHistorie) {
  // Arrange
  const { deps } = testDeps();
  const iso = () => deps.clock.now().toISOString();
  await verwerkToewijzing(deps, {
    inburgeraarId: IB,
    gemeente: GEMEENTE,
    uitvoeringsorganisatie: ORG,
    doelgroep: 'asielstatushouder',
    occurredAt: iso(),
  });
  if (h.toestemming) {
    const body = {
      ontvanger: { gemeente: GEMEENTE },
      categorieen: h.toestemming,
      doel: 'regie' as const,
      expliciet: true,
      taal: 'ar',
      tekstversie: 'v1',
    };
    await geefToestemming(
      deps,
      IB,
      body,
      { relatie: 'inburgeraar', sub: IB },
      { actor: { rol: 'inburgeraar', sub: IB }, correlationId: 'c' },
    );
  }
  const verwacht = new Map<string, unknown>();
  // Act
  for (const [i, e] of h.events.entries()) {
    const data = {
      bijwerkingId: `plan-${i}`,
      datum: iso().slice(0, 10),
      aanleiding: e.aanleiding,
      doelen: e.doelen.map((d, j) => ({ doelId: `d${j}`, ...d })),
      ...(e.resultaat ? { resultatenBereikt: e.resultaat } : {}),
    };
    const meta = { id: `e${i}`, occurredAt: iso(), gemeente: GEMEENTE, inburgeraarId: IB, correlationId: `c${i}` };
    const env = envelope(
      BegeleidingsplanBijgewerkt,
      { ...meta, actor: { org: ORG, rol: 'maatschappelijk-begeleider' } },
      data,
    );
    await verwerkVoortgang(deps, naarFeit(BegeleidingsplanBijgewerkt, env));
    const { bijwerkingId: _, ...gegevens } = data;
    verwacht.set(data.bijwerkingId, gegevens);
  }
  const gezien = await leesVoortgang(deps, IB, { sub: 'consulent', rol: 'inburgeringsconsulent' });
  // Assert: shared exactly when a consent covers zelfredzaamheid, with codes and statuses only.
  const gedeeld = h.toestemming?.includes('zelfredzaamheid') ?? false;
  expect(gezien.map((v) => v.bronId).sort()).toEqual(gedeeld ? [...verwacht.keys()].sort() : []);
  for (const v of gezien) {
    expect(v.categorie).toBe('zelfredzaamheid');
    expect(v.gegevens).toEqual(verwacht.get(v.bronId));
  }
}

describe('the broker decides the begeleidingsplan (issue 12)', () => {
  it('shares plan goals exactly under a zelfredzaamheid consent, as codes and statuses only', async () => {
    await fc.assert(fc.asyncProperty(planHistorie, speel), { numRuns: Number(process.env.RUNS_PLAN ?? 300) });
  }, 120_000);

  it('refuses any free text in the event itself: the contract has no field for it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('toelichting', 'omschrijving', 'huiswerk', 'beginsituatie', 'acties'),
        fc.string(),
        (veld, tekst) => {
          const data = { bijwerkingId: 'p', datum: '2026-03-01', aanleiding: 'meetmoment', doelen: [], [veld]: tekst };
          const doel = { doelId: 'd', leefgebied: 'wonen', status: 'open', [veld]: tekst };
          expect(BegeleidingsplanBijgewerkt.data.safeParse(data).success).toBe(false);
          expect(
            BegeleidingsplanBijgewerkt.data.safeParse({ ...data, [veld]: undefined, doelen: [doel] }).success,
          ).toBe(false);
        },
      ),
    );
  });
});
