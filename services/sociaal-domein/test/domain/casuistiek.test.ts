import { ROLLEN } from '@wegwijs/contracts';
import { organisatiesVoor, PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import {
  agendapuntIdVan,
  agendapuntSleutel,
  agendaRegel,
  beslisUitkomst,
  deelnemerVan,
  zichtOp,
} from '../../src/domain/casuistiek';
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
      const orgs = profiel.doelgroepen.flatMap((d) => d.uitvoeringsorganisatie ?? []);
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

  it('every gemeente of the report holds a structural overleg (report 3.5.2); Woerden a monthly casuistiekoverleg', () => {
    const met = [...PROFIELEN.values()].filter((p) => p.casuistiekoverleg).map((p) => p.cbs);
    expect(met).toEqual([...PROFIELEN.keys()]);
    expect(PROFIELEN.get('0632')?.casuistiekoverleg).toMatchObject({
      vorm: 'casuistiekoverleg',
      frequentie: 'maandelijks',
    });
    expect(PROFIELEN.get('0632')?.casuistiekoverleg.deelnemers).toContain('twee Wmo-medewerkers');
  });

  it('seats the Wmo consulent at the table (report 3.5.2: two Wmo-medewerkers in Woerden)', () => {
    expect(deelnemerVan({ rol: 'wmo-consulent', gemeenten: ['0632'] }, '0632', ['vluchtelingenwerk'])).toEqual({
      soort: 'gemeente',
    });
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

describe('the outcome of a case in the casuistiekoverleg (report 3.5.2)', () => {
  const consulent = { rol: 'inburgeringsconsulent' as const, sub: 'c1' };
  const nu = '2026-03-02T10:00:00.000Z';

  it.each([...PROFIELEN.values()].map((p) => [p.naam, p] as const))(
    '%s: the gemeente records the vervolg and an opschaling to the sociaal domein',
    (_, profiel) => {
      // Arrange
      const hier = { ...punt, gemeente: profiel.cbs };
      const org = profiel.uitvoeringsorganisatie;
      // Act
      const besluit = beslisUitkomst(
        { soort: 'gemeente' },
        hier,
        org,
        { vervolg: 'sociaal-domein', opgeschaaldNaar: 'wmo' },
        consulent,
        nu,
      );
      // Assert
      expect(besluit).toEqual({
        kind: 'vastleggen',
        punt: {
          ...hier,
          uitkomst: { vervolg: 'sociaal-domein', opgeschaaldNaar: 'wmo', vastgelegdDoor: consulent, vastgelegdOp: nu },
        },
      });
      expect(
        beslisUitkomst({ soort: 'uitvoering', org }, hier, org, { vervolg: 'binnen-inburgering' }, consulent, nu).kind,
      ).toBe('vastleggen');
    },
  );

  it('refuses an opschaling that stays within the inburgering, and another organisation', () => {
    const body = { vervolg: 'binnen-inburgering' as const, opgeschaaldNaar: 'ggz' as const };
    expect(beslisUitkomst({ soort: 'gemeente' }, punt, 'vluchtelingenwerk', body, consulent, nu)).toMatchObject({
      kind: 'geweigerd',
      slug: 'opschaling-vereist-sociaal-domein',
    });
    const ander = { soort: 'uitvoering' as const, org: 'humanitas' };
    expect(
      beslisUitkomst(ander, punt, 'vluchtelingenwerk', { vervolg: 'binnen-inburgering' }, consulent, nu).kind,
    ).toBe('verboden');
  });

  it('changes nothing for the same outcome, and shows codes only on the agenda', () => {
    const uitkomst = { vervolg: 'sociaal-domein' as const, vastgelegdDoor: consulent, vastgelegdOp: nu };
    const met = { ...punt, uitkomst };
    expect(
      beslisUitkomst({ soort: 'gemeente' }, met, 'vluchtelingenwerk', { vervolg: 'sociaal-domein' }, consulent, nu),
    ).toEqual({
      kind: 'ongewijzigd',
    });
    expect(agendaRegel(met, false)).toMatchObject({ uitkomst: { vervolg: 'sociaal-domein', vastgelegdOp: nu } });
    expect(agendaRegel(met, false).uitkomst).not.toHaveProperty('vastgelegdDoor');
  });
});

describe('the id of an agenda line', () => {
  it('names its key (date and inburgeraar), and names none for anything else', () => {
    const id = agendapuntIdVan('2026-03-02', '01JABCDEF_x.y:z');
    expect(agendapuntSleutel(id)).toEqual({ datum: '2026-03-02', inburgeraarId: '01JABCDEF_x.y:z' });
    expect(id).toMatch(/^[A-Za-z0-9._:-]+$/);
    for (const vreemd of ['01JABCDEFGHJKMNPQRSTVWXYZ0', '2026-03-02_', '2026-03-02-i1', 'morgen_____i1']) {
      expect(agendapuntSleutel(vreemd), vreemd).toBeUndefined();
    }
  });
});

describe('who sits at the casuistiekoverleg (issue 22 item 10, report 3.5.2, 3.2.2)', () => {
  it.each([...PROFIELEN.values()].map((p) => [p.naam, p] as const))(
    '%s: its maatschappelijk werker only where the profile seats one; its regisseur as MB organisation only in-house',
    (_, p) => {
      const orgs = organisatiesVoor([p.cbs]).map((o) => o.id);
      const extra = { extraRollen: p.casuistiekoverleg.extraRollen, eigenMb: p.uitvoering === 'gemeente' };
      const werker = deelnemerVan(
        { rol: 'maatschappelijk-werker', org: `gemeente-${p.cbs}`, gemeenten: [p.cbs] },
        p.cbs,
        orgs,
        extra,
      );
      const regisseur = deelnemerVan(
        { rol: 'regisseur-inburgering', org: `gemeente-${p.cbs}`, gemeenten: [p.cbs] },
        p.cbs,
        orgs,
        extra,
      );
      const partner = deelnemerVan({ rol: 'partner-ggz', org: 'ggz', gemeenten: [p.cbs] }, p.cbs, orgs, extra);
      expect(werker?.soort).toBe(p.naam === 'Woerden' ? 'gemeente' : 'geen-deelnemer');
      expect(regisseur?.soort).toBe(p.uitvoering === 'gemeente' ? 'uitvoering' : 'geen-deelnemer');
      expect(partner?.soort).toBe('geen-deelnemer');
    },
  );
});
