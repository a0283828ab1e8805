import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from '../src/domain/datum';
import { faseOp } from '../src/domain/fase';
import { indexPlaatsen } from '../src/domain/indexdatums';
import { nieuwTraject, type Traject } from '../src/domain/traject';
import { bellijst, caseload, nietGezien } from '../src/domain/werklijsten';

const profielen = fc.constantFrom(...PROFIELEN.values());
const dag = fc
  .date({ min: new Date('2023-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const na = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });

/** The facts of a traject, its last write (`schrijfNa`: the stored fase is the fase of that day) and a later day. */
const geval = fc.record({
  koppeling: dag,
  woningNa: na(300),
  afrondingNa: na(1400),
  afgewezen: fc.boolean(),
  begeleider: fc.constantFrom(undefined, 'maatje', 'betaald'),
  schrijfNa: fc.integer({ min: 0, max: 1500 }),
  contactVoorSchrijven: na(1500),
  gezienVoorSchrijven: na(1500),
  /** A missed afspraak (niet-verschenen), this many days before the write (issue 12: niet gezien). */
  gemistVoorSchrijven: na(1500),
  daarna: fc.integer({ min: 0, max: 1500 }),
});
type Geval = typeof geval extends fc.Arbitrary<infer R> ? R : never;

function opgeslagen(g: Geval, p: Profiel): { t: Traject; geschreven: string; dag: string } {
  const geschreven = plusDagen(g.koppeling, g.schrijfNa);
  const voor = (n: number | undefined) =>
    n === undefined ? undefined : plusDagen(geschreven, -Math.min(n, g.schrijfNa));
  const feiten: Traject = {
    ...nieuwTraject('ib', p.cbs),
    aanmelding: {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'o',
      koppelingsdatum: g.koppeling,
      occurredAt: 'x',
    },
    ...(g.woningNa === undefined
      ? {}
      : { woningtoewijzing: { datum: plusDagen(g.koppeling, g.woningNa), occurredAt: 'x' } }),
    ...(g.afrondingNa === undefined
      ? {}
      : {
          afronding: {
            datum: plusDagen(g.koppeling, g.afrondingNa),
            soort: 'geleidelijk',
            ...(g.afgewezen ? { afgewezenDoorInburgeraar: true } : {}),
          },
        }),
    ...(g.begeleider ? { begeleider: { begeleiderId: 'b', soort: g.begeleider, sinds: g.koppeling } } : {}),
    ...(voor(g.contactVoorSchrijven) ? { laatsteContact: voor(g.contactVoorSchrijven) } : {}),
    ...(voor(g.gezienVoorSchrijven) ? { laatstGezien: voor(g.gezienVoorSchrijven) } : {}),
    ...(voor(g.gemistVoorSchrijven)
      ? {
          afspraken: [
            {
              afspraakId: 'a1',
              datum: voor(g.gemistVoorSchrijven) ?? '',
              herkomst: 'begeleider' as const,
              vorm: 'kantoor' as const,
              status: 'niet-verschenen' as const,
            },
          ],
        }
      : {}),
  };
  const { fase, sinds } = faseOp(p, feiten, geschreven);
  return {
    t: { ...feiten, fase, ...(sinds ? { faseSinds: sinds } : {}) },
    geschreven,
    dag: plusDagen(geschreven, g.daarna),
  };
}

/** The place exists and sorts on or before `grens`. */
const uiterlijk = (plaats: string | undefined, grens: string) => plaats !== undefined && plaats <= grens;

const opDeLijst = (uitkomst: { items: { inburgeraarId: string }[] }) => uitkomst.items.length > 0;

describe('the index places of a stored traject (what the one write puts in gsi2-5)', () => {
  it('never miss a traject that a worklist shows on a later day: each index has it, from that day or earlier', () => {
    fc.assert(
      fc.property(profielen, geval, (p, g) => {
        const { t, dag: d } = opgeslagen(g, p);
        const plaatsen = indexPlaatsen(p, t);
        if (p.bellijst && opDeLijst(bellijst(p, [t], d))) expect(uiterlijk(plaatsen.bellijst, d)).toBe(true);
        if (opDeLijst(nietGezien(p, [t], d))) expect(uiterlijk(plaatsen.nietGezien, d)).toBe(true);
        const c = caseload(p, [t], d);
        if (c.begeleiders.length > 0) expect(plaatsen.caseload).toBe('b#b');
        if (c.wachtendOpMaatje.length > 0) expect(uiterlijk(plaatsen.caseload, `w#${d}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('put a traject on the bellijst index no later than the bellijst shows it (gemeenten with a bellijst)', () => {
    const metBellijst = fc.constantFrom(...[...PROFIELEN.values()].filter((p) => p.bellijst));
    fc.assert(
      fc.property(metBellijst, geval, (p, g) => {
        const { t, dag: d } = opgeslagen(g, p);
        if (opDeLijst(bellijst(p, [t], d))) expect(uiterlijk(indexPlaatsen(p, t).bellijst, d)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('give the planner the first day the fase differs from the stored one: never earlier, never later', () => {
    fc.assert(
      fc.property(profielen, geval, (p, g) => {
        const { t, geschreven, dag: d } = opgeslagen(g, p);
        const wissel = indexPlaatsen(p, t).faseWissel;
        const anders = faseOp(p, t, d).fase !== t.fase;
        if (anders) expect(uiterlijk(wissel, d)).toBe(true);
        if (wissel) {
          expect(wissel > geschreven).toBe(true);
          expect(faseOp(p, t, wissel).fase).not.toBe(t.fase);
          expect(faseOp(p, t, plusDagen(wissel, -1)).fase).toBe(t.fase);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
