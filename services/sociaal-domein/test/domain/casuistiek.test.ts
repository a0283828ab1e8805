import { ROLLEN } from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { agendaRegel, deelnemerVan, zichtOp } from '../../src/domain/casuistiek';
import type { Agendapunt } from '../../src/domain/typen';

const punt: Agendapunt = {
  agendapuntId: 'a1',
  gemeente: '0632',
  inburgeraarId: 'i1',
  datum: '2026-03-02',
  vraag: 'Zorgen',
  ingebrachtDoor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
  ingebrachtOp: '2026-02-20T09:00:00.000Z',
};

describe('deelnemerVan, for every gemeente profile', () => {
  for (const profiel of PROFIELEN.values()) {
    it(`${profiel.naam}: staff of ${profiel.uitvoeringsorganisatie} and gemeente consultants take part`, () => {
      const cbs = profiel.cbs;
      const orgs = profiel.doelgroepen.map((d) => d.uitvoeringsorganisatie);
      expect(
        deelnemerVan({ rol: 'teamleider', org: profiel.uitvoeringsorganisatie, gemeenten: [cbs] }, cbs, orgs),
      ).toEqual({
        soort: 'uitvoering',
        org: profiel.uitvoeringsorganisatie,
      });
      expect(deelnemerVan({ rol: 'inburgeringsconsulent', gemeenten: [cbs] }, cbs, orgs)).toEqual({
        soort: 'gemeente',
      });
      expect(deelnemerVan({ rol: 'beleidsmedewerker', gemeenten: [cbs] }, cbs, orgs)).toEqual({
        soort: 'geen-deelnemer',
      });
      expect(deelnemerVan({ rol: 'inburgeringsconsulent', gemeenten: ['9999'] }, cbs, orgs)).toBeUndefined();
      expect(
        deelnemerVan({ rol: 'maatschappelijk-begeleider', org: 'onbekend', gemeenten: [cbs] }, cbs, orgs),
      ).toBeUndefined();
    });
  }

  it('only Woerden holds a casuistiekoverleg among the profiles of the report', () => {
    const met = [...PROFIELEN.values()].filter((p) => p.casuistiekoverleg).map((p) => p.cbs);
    expect(met).toEqual(['0632']);
  });

  it('gives every role an answer that is a participant, a non-participant or nothing', () => {
    for (const rol of ROLLEN) {
      const d = deelnemerVan({ rol, org: 'vluchtelingenwerk', gemeenten: ['0632'] }, '0632', ['vluchtelingenwerk']);
      expect(['uitvoering', 'gemeente', 'geen-deelnemer']).toContain(d?.soort);
    }
  });
});

describe('zichtOp and agendaRegel', () => {
  it('shows the vraag to the assigned organisation, asks the broker for the gemeente, hides it from other organisations', () => {
    expect(zichtOp({ soort: 'uitvoering', org: 'vluchtelingenwerk' }, punt, 'vluchtelingenwerk')).toBe('volledig');
    expect(zichtOp({ soort: 'uitvoering', org: 'humanitas' }, punt, 'vluchtelingenwerk')).toBe('alleen-casus');
    expect(zichtOp({ soort: 'gemeente' }, punt, 'vluchtelingenwerk')).toBe('vraag-bij-toestemming');
    expect(zichtOp({ soort: 'gemeente' }, { ...punt, vraag: undefined }, 'vluchtelingenwerk')).toBe('volledig');
  });

  it('marks a hidden vraag as afgeschermd and never carries it', () => {
    expect(agendaRegel(punt, false)).toEqual({
      agendapuntId: 'a1',
      inburgeraarId: 'i1',
      datum: '2026-03-02',
      afgeschermd: true,
    });
    expect(agendaRegel(punt, true)).toMatchObject({ vraag: 'Zorgen', afgeschermd: false });
  });
});
