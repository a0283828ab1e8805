import { VERHUISD_ELDERS } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { activiteitVan } from '../src/domain/activiteit';
import { statusVan } from '../src/domain/toestemming';
import type { Staat, Toestemming } from '../src/domain/typen';
import { pasVerhuizingToe } from '../src/domain/verhuizing';

const toestemming = (gemeente: string, org: string): Toestemming => ({
  toestemmingId: `t-${gemeente}`,
  inburgeraarId: 'i1',
  ontvanger: { gemeente },
  categorieen: ['zelfredzaamheid'],
  doel: 'regie',
  geldigVanaf: '2026-09-01T00:00:00.000Z',
  expliciet: false,
  taal: 'nl',
  tekstversie: 'toestemming-1-nl',
  vastgelegd: { wijze: 'app', door: 'i1' },
  uitvoeringsorganisatie: org,
  statusHistorie: [],
});

const staat = (gemeente: string, org: string): Staat => ({
  inburgeraarId: 'i1',
  gemeente,
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: org,
  orgSinds: '2026-09-01T00:00:00.000Z',
  toewijzingen: [{ org, sinds: '2026-09-01T00:00:00.000Z' }],
  versie: 3,
  toestemmingen: [toestemming(gemeente, org)],
});

describe('the broker applies a move (issue 23)', () => {
  it('within Zaffier with the same organisation: consents for Alkmaar end, the hand-over is logged', () => {
    const feit = {
      van: '0361',
      naar: '0399',
      datum: '2026-11-29',
      uitvoeringsorganisatie: 'inova',
      occurredAt: '2026-11-29T10:00:00.000Z',
    };
    const uitkomst = pasVerhuizingToe(staat('0361', 'inova'), feit);
    expect(uitkomst?.staat).toMatchObject({ gemeente: '0399', uitvoeringsorganisatie: 'inova' });
    const [t] = uitkomst?.staat.toestemmingen ?? [];
    expect(t && uitkomst && statusVan(t, uitkomst.staat, '2026-11-29')).toBe('verlopen');
    expect(uitkomst?.log).toEqual([expect.objectContaining({ actie: 'overgedragen', van: '0361', aan: '0399' })]);
    expect(activiteitVan({ actie: 'overgedragen' })).toBe('verhuizing');
    // A redelivery finds the staat moved already: nothing to do
    expect(uitkomst && pasVerhuizingToe(uitkomst.staat, feit)).toBeUndefined();
  });

  it('to another deployment: no organisation here any more, consents ended', () => {
    const feit = { van: '0518', naar: '0014', datum: '2026-11-29', occurredAt: '2026-11-29T10:00:00.000Z' };
    const uitkomst = pasVerhuizingToe(staat('0518', 'vluchtelingenwerk'), feit);
    expect(uitkomst?.staat).toMatchObject({ gemeente: '0014', uitvoeringsorganisatie: VERHUISD_ELDERS });
    const [t] = uitkomst?.staat.toestemmingen ?? [];
    expect(t && uitkomst && statusVan(t, uitkomst.staat, '2026-11-29')).toBe('verlopen');
  });

  it('a consent given for the new gemeente after the move is in force', () => {
    const verhuisd = { ...staat('0399', 'inova'), toestemmingen: [toestemming('0399', 'inova')] };
    const [t] = verhuisd.toestemmingen;
    expect(t && statusVan(t, verhuisd, '2026-11-30')).toBe('actief');
  });
});
