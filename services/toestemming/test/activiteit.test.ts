import { CATEGORIEEN, VERWERKINGSACTIVITEITEN } from '@wegwijs/contracts';
import { verwerkingsregister } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { activiteitVan } from '../src/domain/activiteit';
import { hashVan, ketenGeldig, verzegel } from '../src/domain/keten';
import type { LogActie, LogEntry } from '../src/domain/typen';

const ACTIES: LogActie[] = [
  'gedeeld',
  'geweigerd',
  'ingezien',
  'toestemming-gegeven',
  'toestemming-ingetrokken',
  'verwijderd',
];
const register = verwerkingsregister({ gemeenten: ['0518', '0599'] });
const ids = new Set(register.map((a) => a.id));

describe('the processing activity of a verwerkingenlog entry', () => {
  it('the register has every id of the contract exactly once, each with all its fields', () => {
    expect(register.map((a) => a.id).sort()).toEqual([...VERWERKINGSACTIVITEITEN].sort());
    for (const a of register) {
      expect(a.naam && a.doel && a.grondslag && a.verwerkingsverantwoordelijke, a.id).toBeTruthy();
      expect(a.categorieenGegevens.length, a.id).toBeGreaterThan(0);
      expect(a.ontvangers.length, a.id).toBeGreaterThan(0);
    }
    expect(register[0]?.verwerkingsverantwoordelijke).toContain('Den Haag, Rotterdam');
  });

  it("refers to the deployment's bewaartermijn of the kind, with its term and source", () => {
    const log = register.find((a) => a.id === 'verwerkingenlog')?.bewaartermijn;
    expect(log?.soort).toBe('verwerkingenlog');
    expect(log?.omschrijving).toMatch(/^7 jaar na het einde van het traject .*aanname/);
    const eigen = verwerkingsregister({
      gemeenten: ['0518'],
      bewaartermijnen: {
        verwerkingenlog: { jaren: 10, vanaf: 'einde-traject', bron: { selectielijst: '1.1.2' } },
      },
    });
    expect(eigen.find((a) => a.id === 'verwerkingenlog')?.bewaartermijn.omschrijving).toMatch(
      /^10 jaar .*Selectielijst: 1\.1\.2/,
    );
  });

  it('every action and categorie maps to an activity of the register', () => {
    for (const actie of ACTIES) {
      for (const categorie of [undefined, ...CATEGORIEEN]) {
        for (const toestemmingId of [undefined, 't1']) {
          expect(ids.has(activiteitVan({ actie, categorie, toestemmingId })), `${actie} ${categorie}`).toBe(true);
        }
      }
    }
    expect(activiteitVan({ actie: 'gedeeld', categorie: 'trajectstatus' })).toBe('delen-trajectstatus');
    expect(activiteitVan({ actie: 'verwijderd', verwerkingsactiviteit: 'vernietiging' })).toBe('vernietiging');
  });

  it('an entry written before the field keeps its hash: the chain of old and new entries stays valid', () => {
    const oud = verzegel({
      inburgeraarId: 'ib',
      seq: 1,
      id: 'e1',
      tijdstip: '2026-01-01T00:00:00.000Z',
      actie: 'gedeeld',
      categorie: 'trajectstatus',
      staatVersie: 1,
      vorigeHash: '0'.repeat(64),
    });
    const nieuw: LogEntry = verzegel({
      inburgeraarId: 'ib',
      seq: 2,
      id: 'e2',
      tijdstip: '2026-01-02T00:00:00.000Z',
      actie: 'ingezien',
      verwerkingsactiviteit: 'inzage-gemeente',
      staatVersie: 1,
      vorigeHash: oud.hash,
    });
    expect(ketenGeldig([oud, nieuw])).toBe(true);
    expect(activiteitVan(oud)).toBe('delen-trajectstatus');
    // The activity is part of the hash of an entry that has one: changing it breaks the chain.
    expect(hashVan({ ...nieuw, verwerkingsactiviteit: 'vernietiging' })).not.toBe(nieuw.hash);
  });
});
