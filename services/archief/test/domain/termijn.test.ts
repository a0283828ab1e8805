import { bewaartermijnenVan, PROFIELEN, parseDeploymentConfig, STANDAARD_BEWAARTERMIJNEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { aangemeld, beeindigd, opLijst, uitgesteld, Weigering } from '../../src/domain/levensloop';
import { logboekVanaf, plusTermijn, vernietigenVanaf } from '../../src/domain/termijn';
import {
  contextKlaar,
  nieuwVerslag,
  openContexten,
  VERSLAG_CONTEXTEN,
  volgendeActie,
  voltooid,
} from '../../src/domain/verslag';

const T = STANDAARD_BEWAARTERMIJNEN;

describe('bewaartermijnen', () => {
  it('every record kind has a term with a source: a Selectielijst category or an aanname with its reason', () => {
    for (const [soort, termijn] of Object.entries(T)) {
      const bron = termijn.bron.selectielijst ?? termijn.bron.aanname ?? '';
      expect(bron.length, soort).toBeGreaterThan(20);
      expect(termijn.blijvend === true || (termijn.jaren ?? 0) + (termijn.maanden ?? 0) > 0, soort).toBe(true);
    }
    expect(T.vernietigingsverslag.blijvend).toBe(true);
    // The retained log outlives the records it describes.
    expect(T.verwerkingenlog.jaren ?? 0).toBeGreaterThan(
      Math.max(...['dossier', 'plan', 'signaal'].map((s) => T[s as 'dossier'].jaren ?? 0)),
    );
  });

  it('a deployment replaces a term with its own source, and a term without a source is refused', () => {
    const basis = {
      naam: 'x',
      omgeving: 'ontwikkeling',
      gemeenten: ['0518'],
      organisaties: [],
      issuers: [{ iss: 'https://a.example/' }],
    };
    const eigen = { jaren: 10, vanaf: 'einde-traject', bron: { selectielijst: 'verordening x, art. 1' } };
    const config = parseDeploymentConfig({ ...basis, bewaartermijnen: { signaal: eigen } });
    expect(bewaartermijnenVan(config).signaal).toEqual(eigen);
    expect(bewaartermijnenVan(config).plan).toEqual(T.plan);
    expect(() =>
      parseDeploymentConfig({ ...basis, bewaartermijnen: { signaal: { jaren: 1, vanaf: 'aanmelding', bron: {} } } }),
    ).toThrow();
  });

  it('adds calendar years and months, clamped to the month end', () => {
    expect(plusTermijn('2024-02-29', { jaren: 5 })).toBe('2029-02-28');
    expect(plusTermijn('2026-01-31', { maanden: 1 })).toBe('2026-02-28');
    expect(plusTermijn('2026-06-15', { jaren: 1, maanden: 6 })).toBe('2027-12-15');
  });
});

describe('vernietigenVanaf, for every gemeente profile', () => {
  for (const [cbs, profiel] of PROFIELEN) {
    it(`${profiel.naam}: counts from the end of the traject, or from the aanmelding when it never started`, () => {
      const p = aangemeld('ib-1', cbs, '2026-01-10');
      expect(vernietigenVanaf(p, T), 'an active traject is never due').toBeUndefined();
      const geeindigd = beeindigd(p, '2028-03-01', true);
      expect(vernietigenVanaf(geeindigd, T)).toMatchObject({ datum: '2033-03-01' });
      const nooitGestart = beeindigd(p, '2026-04-01', false);
      expect(vernietigenVanaf(nooitGestart, T)?.datum).toBe('2031-01-10');
      expect(logboekVanaf(geeindigd, T, '2026-12-07')).toBe('2035-03-01');
    });
  }

  it('the longest term of the person’s record kinds decides, and names its kind and source', () => {
    const termijnen = {
      ...T,
      signaal: { jaren: 8, vanaf: 'einde-traject' as const, bron: { aanname: 'a reason long enough' } },
    };
    const p = beeindigd(aangemeld('ib-1', '0518', '2026-01-10'), '2028-03-01', true);
    expect(vernietigenVanaf(p, termijnen)).toEqual({
      datum: '2036-03-01',
      soort: 'signaal',
      bron: { aanname: 'a reason long enough' },
    });
  });
});

describe('the life of an entry', () => {
  const p = beeindigd(aangemeld('ib-1', '0518', '2020-01-10'), '2021-03-01', true);

  it('goes on the list on its day, not before', () => {
    expect(opLijst(p, T, '2026-02-28')).toBeUndefined();
    expect(opLijst(p, T, '2026-03-01')?.status).toBe('op-lijst');
  });

  it('a postponed entry stays off the list until its day, then returns', () => {
    const op = opLijst(p, T, '2026-03-01');
    if (!op) throw new Error('not due');
    const uit = uitgesteld(op, '2026-09-01', 'bezwaar aanhangig', '2026-03-02');
    expect(uit.status).toBe('uitgesteld');
    expect(opLijst(uit, T, '2026-08-31')).toBeUndefined();
    expect(opLijst(uit, T, '2026-09-01')?.status).toBe('op-lijst');
    expect(() => uitgesteld(op, '2026-03-02', 'x', '2026-03-02')).toThrow(Weigering);
    expect(() => uitgesteld(p, '2027-01-01', 'x', '2026-03-02')).toThrow(Weigering);
  });

  it('a verslag records each context once, completes when all did, then waits for the log term', () => {
    const v = nieuwVerslag(
      'ib-1',
      '0518',
      { verslagId: 'v1', reden: 'dubbel', aangevraagdOp: '2026-12-07T10:00:00.000Z' },
      '2033-01-01',
    );
    expect(openContexten(v)).toEqual([...VERSLAG_CONTEXTEN]);
    expect(volgendeActie(v)).toBe('2026-12-07');
    let w = contextKlaar(v, 'aanmelding', 't1');
    w = contextKlaar(w, 'aanmelding', 't2');
    expect(w.contexten[0]).toEqual({ context: 'aanmelding', vernietigdOp: 't1' });
    expect(voltooid(w, 'x').voltooidOp).toBeUndefined();
    for (const c of VERSLAG_CONTEXTEN) w = contextKlaar(w, c, 't3');
    const klaar = voltooid(w, 't4');
    expect(klaar.voltooidOp).toBe('t4');
    expect(volgendeActie(klaar)).toBe('2033-01-01');
    expect(volgendeActie({ ...klaar, logboekVernietigdOp: 't5' })).toBeUndefined();
  });
});
