import {
  AFRONDINGSSOORTEN,
  BEGELEIDER_ROLLEN,
  ContactmomentVastgelegd,
  DIENSTVERBANDEN,
  tellingSchema,
} from '@wegwijs/contracts';
import { pastInCatalogus } from '@wegwijs/contracts/events/regie-catalogus';
import { saldo, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beeindig, toewijzingenVan, wijsToe } from '../src/domain/begeleiders';
import { plusDagen } from '../src/domain/datum';
import { faseWijziging } from '../src/domain/fase-wijziging';
import { metOpstartAfspraken } from '../src/domain/opstart';
import { Regelfout } from '../src/domain/regels';
import { contactTellingen, regietellingen, tellingenVan } from '../src/domain/regietellingen';
import { nieuwTraject, pasFeitToe, type Traject } from '../src/domain/traject';

const profielen = fc.constantFrom(...PROFIELEN.values());
const KOPPELING = '2025-01-10';

/** One write to a traject, as the use cases make them (the day moves on between writes). */
const write = fc.oneof(
  fc.record({
    soort: fc.constant('feit' as const),
    feit: fc.constantFrom('woningtoewijzing' as const, 'brp-inschrijving' as const, 'opstartfase-afgerond' as const),
    na: fc.integer({ min: 0, max: 200 }),
  }),
  fc.record({
    soort: fc.constant('toewijzing' as const),
    rol: fc.constantFrom(...BEGELEIDER_ROLLEN),
    dienstverband: fc.constantFrom(...DIENSTVERBANDEN),
    begeleider: fc.constantFrom('a', 'b', 'c'),
  }),
  fc.record({ soort: fc.constant('einde' as const), welke: fc.nat() }),
  fc.record({ soort: fc.constant('afspraak' as const), over: fc.integer({ min: -20, max: 40 }) }),
  fc.record({
    soort: fc.constant('aanwezigheid' as const),
    welke: fc.nat(),
    status: fc.constantFrom('verschenen' as const, 'niet-verschenen' as const, 'afgezegd' as const),
  }),
  fc.record({ soort: fc.constant('contact' as const), vorm: fc.constantFrom('huisbezoek', 'telefoon', 'kantoor') }),
  fc.record({ soort: fc.constant('verlenging' as const) }),
  fc.record({ soort: fc.constant('afronding' as const), afronding: fc.constantFrom(...AFRONDINGSSOORTEN) }),
  fc.record({ soort: fc.constant('dag' as const), dagen: fc.integer({ min: 1, max: 120 }) }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;
type Event = { detailType: string; data: unknown };

/** Applies one write on `dag` (what the domain refuses changes nothing), then plans and stores the fase as metFase does. */
function pasToe(p: Profiel, t: Traject, w: Write, dag: string, n: number): { traject: Traject; events: Event[] } {
  const at = `${dag}T12:00:${String(n % 60).padStart(2, '0')}.000Z`;
  let na = t;
  const events: Event[] = [];
  try {
    switch (w.soort) {
      case 'feit':
        na = pasFeitToe(t, { soort: w.feit, datum: plusDagen(KOPPELING, w.na) }, at);
        break;
      case 'toewijzing': {
        const nieuw = {
          toewijzingId: `tw-${n}`,
          begeleiderId: w.begeleider,
          rol: w.rol,
          dienstverband: w.dienstverband,
        };
        const lijst = wijsToe(t, { ...nieuw, van: dag });
        if (lijst) na = { ...t, begeleiders: lijst };
        break;
      }
      case 'einde': {
        const alle = toewijzingenVan(t);
        const doel = alle[w.welke % Math.max(1, alle.length)];
        const uitkomst = doel && beeindig(t, doel.toewijzingId, dag, 'overig');
        if (uitkomst) na = { ...t, begeleiders: uitkomst.begeleiders };
        break;
      }
      case 'afspraak': {
        const afspraak = { afspraakId: `a-${n}`, datum: plusDagen(dag, w.over), herkomst: 'begeleider' as const };
        na = { ...t, afspraken: [...(t.afspraken ?? []), { ...afspraak, vorm: 'kantoor', status: 'gepland' }] };
        break;
      }
      case 'aanwezigheid': {
        const lijst = t.afspraken ?? [];
        const i = w.welke % Math.max(1, lijst.length);
        na = {
          ...t,
          afspraken: lijst.map((a, j) => (j === i && a.status === 'gepland' ? { ...a, status: w.status } : a)),
        };
        break;
      }
      case 'contact':
        na = { ...t, laatsteContact: dag };
        events.push({ detailType: ContactmomentVastgelegd.detailType, data: { datum: dag, vorm: w.vorm } });
        break;
      case 'verlenging':
        na = { ...t, verlengingen: [...t.verlengingen, { maanden: 6, datum: dag }] };
        break;
      case 'afronding':
        if (!t.afronding) na = { ...t, afronding: { datum: dag, soort: w.afronding } };
        break;
      case 'dag':
        break;
    }
  } catch (e) {
    if (!(e instanceof Regelfout)) throw e;
  }
  const gepland = metOpstartAfspraken(p, na);
  return { traject: faseWijziging(p, gepland, dag)?.traject ?? gepland, events };
}

/** Runs the writes from the aanmelding on; every state after a write, with the events it wrote. */
function geschiedenis(p: Profiel, writes: readonly Write[]) {
  const aanmelding = {
    soort: 'aanmelding' as const,
    doelgroep: 'asielstatushouder' as const,
    uitvoeringsorganisatie: p.uitvoeringsorganisatie,
    koppelingsdatum: KOPPELING,
  };
  let dag = KOPPELING;
  const eerste = pasToe(
    p,
    pasFeitToe(nieuwTraject('ib', p.cbs), aanmelding, `${dag}T09:00:00.000Z`),
    { soort: 'dag', dagen: 0 },
    dag,
    0,
  );
  const stappen = [{ voor: undefined as Traject | undefined, ...eerste }];
  writes.forEach((w, n) => {
    if (w.soort === 'dag') dag = plusDagen(dag, w.dagen);
    const voor = stappen.at(-1)?.traject;
    if (voor) stappen.push({ voor, ...pasToe(p, voor, w, dag, n + 1) });
  });
  return stappen;
}

/** The stand of an indicator at the end of each month: the sum of its deltas up to that month. */
function standen(tellingen: readonly Telling[], indicator: string): number[] {
  const eigen = tellingen.filter((t) => t.indicator === indicator);
  const maanden = [...new Set(eigen.map((t) => t.maand))].sort();
  return maanden.map((m) => eigen.filter((t) => t.maand <= m).reduce((s, t) => s + t.delta, 0));
}

describe('begeleiding tellingen: properties over any sequence of writes, every profile', () => {
  it('the diffs of the writes add up to the tellingen of the final state (plus the contactmomenten written)', () => {
    fc.assert(
      fc.property(profielen, fc.array(write, { maxLength: 25 }), (p, writes) => {
        // Arrange
        const stappen = geschiedenis(p, writes);
        const laatste = stappen.at(-1)?.traject;
        // Act
        const diffs = stappen.flatMap((s) => regietellingen(p, s.voor, s.traject, s.events));
        // Assert
        const contacten = stappen.flatMap((s) => contactTellingen(p, s.traject, s.events));
        expect(saldo(diffs)).toEqual(saldo([...tellingenVan(p, laatste), ...contacten]));
        for (const t of diffs) {
          expect(Number.isInteger(t.delta) && t.delta !== 0).toBe(true);
          expect(pastInCatalogus(t) && tellingSchema.safeParse(t).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a replayed write yields no tellingen', () => {
    fc.assert(
      fc.property(profielen, fc.array(write, { maxLength: 20 }), (p, writes) => {
        // Arrange
        const t = geschiedenis(p, writes).at(-1)?.traject;
        // Act / Assert
        expect(regietellingen(p, t, structuredClone(t) as Traject, [])).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('stands stay sane: one fase at every month end, waiting 0 or 1, never a negative number of toewijzingen', () => {
    fc.assert(
      fc.property(profielen, fc.array(write, { maxLength: 25 }), (p, writes) => {
        // Arrange
        const t = geschiedenis(p, writes).at(-1)?.traject;
        // Act
        const tellingen = saldo(tellingenVan(p, t));
        // Assert
        for (const n of standen(tellingen, 'inburgeraars')) expect(n).toBe(1);
        for (const n of standen(tellingen, 'wacht-op-maatje')) expect([0, 1]).toContain(n);
        for (const n of standen(tellingen, 'toewijzingen')) expect(n).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});
