import { FASEN } from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from '../src/domain/datum';
import { eindigtMetStappen, faseOp, tijdlijnVan } from '../src/domain/fase';
import { type Feit, nieuwTraject, pasFeitToe, type Traject } from '../src/domain/traject';

const profielen = fc.constantFrom(...PROFIELEN.values());
const dag = fc
  .date({ min: new Date('2022-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const occurredAt = (d: string) => `${d}T12:00:00.000Z`;

/** Any combination of facts a traject can have. */
const feiten = fc.record({
  koppeling: dag,
  woningNa: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  opstartKlaarNa: fc.option(fc.integer({ min: -30, max: 200 }), { nil: undefined }),
  verlengingen: fc.array(fc.constantFrom(3, 6), { maxLength: 2 }),
  afrondingNa: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
});

type Feiten = typeof feiten extends fc.Arbitrary<infer R> ? R : never;

function traject(f: Feiten, cbs: string): Traject {
  const woning = f.woningNa === undefined ? undefined : plusDagen(f.koppeling, f.woningNa);
  const basis = woning ?? f.koppeling;
  return {
    ...nieuwTraject('ib', cbs),
    aanmelding: {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'o',
      koppelingsdatum: f.koppeling,
      occurredAt: 'x',
    },
    ...(woning ? { woningtoewijzing: { datum: woning, occurredAt: 'x' } } : {}),
    ...(f.opstartKlaarNa === undefined
      ? {}
      : { opstartfaseAfgerond: { datum: plusDagen(basis, f.opstartKlaarNa), occurredAt: 'x' } }),
    verlengingen: f.verlengingen.map((maanden) => ({ maanden, datum: basis })),
    ...(f.afrondingNa === undefined
      ? {}
      : { afronding: { datum: plusDagen(basis, f.afrondingNa), soort: 'geleidelijk' } }),
  };
}

describe('the fase function', () => {
  it('never goes back as time passes (for the same facts)', () => {
    fc.assert(
      fc.property(profielen, feiten, dag, fc.integer({ min: 0, max: 2000 }), (p, f, d1, stap) => {
        const t = traject(f, p.cbs);
        const eerder = FASEN.indexOf(faseOp(p, t, d1).fase);
        const later = FASEN.indexOf(faseOp(p, t, plusDagen(d1, stap)).fase);
        expect(later).toBeGreaterThanOrEqual(eerder);
      }),
      { numRuns: 500 },
    );
  });

  it('only takes fasen of the profile, and the wait of an ending that requires steps (report 4.3)', () => {
    fc.assert(
      fc.property(profielen, feiten, dag, (p, f, d) => {
        const wacht = eindigtMetStappen(p) ? (['afrondingsfase'] as const) : [];
        expect([...p.fasen, ...wacht]).toContain(faseOp(p, traject(f, p.cbs), d).fase);
      }),
    );
  });

  it('ends looptijd plus verlengingen months after the start, on the same day of the month', () => {
    fc.assert(
      fc.property(profielen, feiten, (p, f) => {
        const t = tijdlijnVan(p, traject(f, p.cbs));
        if (!t) return;
        // Only an offer instead of the traject (Rotterdam's gezinsmigranten, 4.4) has no einddatum.
        expect(t.einddatum).toBeDefined();
        if (!t.einddatum) return;
        const [sj, sm, sd] = t.startdatum.split('-').map(Number) as [number, number, number];
        const [ej, em, ed] = t.einddatum.split('-').map(Number) as [number, number, number];
        const verlengd = f.verlengingen.reduce((a, b) => a + b, 0);
        expect((ej - sj) * 12 + (em - sm)).toBe(p.looptijdMaanden + verlengd);
        if (sd <= 28) expect(ed).toBe(sd);
        expect(t.startdatum <= t.opstartEinde && t.opstartEinde <= plusDagen(t.einddatum, 1)).toBe(true);
      }),
    );
  });
});

const feit: fc.Arbitrary<{ feit: Feit; occurredAt: string }> = fc.oneof(
  dag.map((d) => ({
    feit: {
      soort: 'aanmelding',
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vwn',
      koppelingsdatum: d,
    } as Feit,
    occurredAt: occurredAt(d),
  })),
  dag.map((d) => ({ feit: { soort: 'woningtoewijzing', datum: d } as Feit, occurredAt: occurredAt(d) })),
  dag.map((d) => ({ feit: { soort: 'brp-inschrijving', datum: d } as Feit, occurredAt: occurredAt(d) })),
  dag.map((d) => ({ feit: { soort: 'opstartfase-afgerond', datum: d } as Feit, occurredAt: occurredAt(d) })),
  fc.tuple(dag, fc.constantFrom('vwn', 'humanitas', 'inova')).map(([d, naar]) => ({
    feit: { soort: 'organisatie-gewijzigd', naar, datum: d } as Feit,
    occurredAt: occurredAt(d),
  })),
);

describe('applying facts', () => {
  it('gives the same traject in any order and with duplicates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(feit, { maxLength: 8, selector: (f) => JSON.stringify(f) }),
        fc.func(fc.integer()),
        (lijst, volgorde) => {
          const pas = (l: typeof lijst) =>
            l.reduce((t, f) => pasFeitToe(t, f.feit, f.occurredAt), nieuwTraject('ib', '0518'));
          const geschud = [...lijst, ...lijst].sort((a, b) => volgorde(a.occurredAt) - volgorde(b.occurredAt));
          expect(pas(geschud)).toEqual(pas(lijst));
        },
      ),
      { numRuns: 300 },
    );
  });
});
