import { CATEGORIE_REGELS, CATEGORIEEN, type Categorie, type ToestemmingBody } from '@wegwijs/contracts';
import { grondslagIn, organisatieVoorDoelgroep, PROFIELEN, type Profiel, profielenVan } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { type Beslisvraag, beslis, gemeenteOrg, ontvangersVoor } from '../src/domain/beslis';
import { nieuweToestemming, Regelfout } from '../src/domain/toestemming';
import type { Staat } from '../src/domain/typen';
import { IB, ORG, toestemming } from './support/fixtures';

const T = '2026-03-10T10:00:00.000Z';
const WETTELIJK = CATEGORIEEN.filter((c) => CATEGORIE_REGELS[c].grondslag === 'wettelijke-taak');

/** Every (gemeente, doelgroep) of the thirteen profiles. */
const GEVALLEN = [...PROFIELEN.values()].flatMap((profiel) =>
  profiel.doelgroepen.map((d) => ({
    naam: `${profiel.naam} ${d.doelgroep}`,
    profiel,
    doelgroep: d.doelgroep,
    mbPlicht: d.mbPlichtWi2021,
  })),
);
const BUITEN = GEVALLEN.filter((g) => !g.mbPlicht);

const staatVan = (profiel: Profiel, doelgroep: Staat['doelgroep'], toestemmingen = [] as Staat['toestemmingen']) =>
  ({
    inburgeraarId: IB,
    gemeente: profiel.cbs,
    doelgroep,
    uitvoeringsorganisatie: ORG,
    orgSinds: '2026-01-01T00:00:00.000Z',
    versie: 1,
    // The fixture's consents name Den Haag: here they name the profile's gemeente.
    toestemmingen: toestemmingen.map((t) => ({ ...t, ontvanger: { ...t.ontvanger, gemeente: profiel.cbs } })),
  }) satisfies Staat;

const vraagVoor = (profiel: Profiel, categorie: Categorie): Beslisvraag => {
  const naarUitvoering = CATEGORIE_REGELS[categorie].richting === 'gemeente-naar-uitvoering';
  return {
    categorie,
    inburgeraarId: IB,
    afzender: naarUitvoering ? gemeenteOrg(profiel.cbs) : ORG,
    tijdstip: T,
    gemeente: profiel.cbs,
    ontvanger: { gemeente: profiel.cbs },
    wettelijkePlicht: false,
  };
};

describe('the grondslag per categorie and doelgroep, over every profile', () => {
  it('the report: ouderen and ex-Nidos-jongeren in Den Haag and Roermond and Rotterdam’s gezinsmigranten are outside art. 13', () => {
    expect(BUITEN.map((g) => g.naam).sort()).toEqual(
      [
        'Den Haag oudere',
        'Den Haag ex-nidos-jongere',
        'Roermond oudere',
        'Roermond ex-nidos-jongere',
        'Rotterdam gezinsmigrant',
      ].sort(),
    );
  });

  it.each(GEVALLEN)(
    '$naam: every categorie has the ground its doelgroep gives it',
    ({ profiel, doelgroep, mbPlicht }) => {
      for (const categorie of CATEGORIEEN) {
        const { grondslag, bron } = grondslagIn(profiel, doelgroep, categorie);
        const wettelijk = CATEGORIE_REGELS[categorie].grondslag === 'wettelijke-taak';
        expect(grondslag, categorie).toBe(wettelijk && mbPlicht ? 'wettelijke-taak' : 'toestemming');
        expect(bron.soort, categorie).toBe(wettelijk && mbPlicht ? 'wet' : 'toestemming');
      }
    },
  );

  it.each(BUITEN)('$naam: nothing is shared without consent, in either direction', ({ profiel, doelgroep }) => {
    for (const categorie of CATEGORIEEN) {
      const besluit = beslis(vraagVoor(profiel, categorie), staatVan(profiel, doelgroep), profiel);
      expect(besluit, categorie).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
    }
  });

  it.each(BUITEN)(
    '$naam: trajectstatus and praktische-zaken are shared once the person consents',
    ({ profiel, doelgroep }) => {
      for (const categorie of WETTELIJK) {
        const staat = staatVan(profiel, doelgroep, [toestemming('t1', [categorie])]);
        expect(beslis(vraagVoor(profiel, categorie), staat, profiel), categorie).toEqual({
          besluit: 'permit',
          grondslag: 'toestemming',
          toestemmingId: 't1',
          reden: 'toestemming',
        });
      }
      // Each role a consent names gets its own decision, as for every consent-based categorie.
      const metRol = staatVan(profiel, doelgroep, [toestemming('t1', ['trajectstatus'], { rol: 'wmo-consulent' })]);
      expect(ontvangersVoor(metRol, 'trajectstatus', profiel.cbs, false, profiel)).toHaveLength(2);
    },
  );

  it.each(GEVALLEN.filter((g) => g.mbPlicht))(
    '$naam: trajectstatus is shared on art. 13 without consent',
    ({ profiel, doelgroep }) => {
      for (const categorie of WETTELIJK) {
        const besluit = beslis(vraagVoor(profiel, categorie), staatVan(profiel, doelgroep), profiel);
        expect(besluit, categorie).toMatchObject({ besluit: 'permit', grondslag: 'wettelijke-taak' });
      }
    },
  );

  it('a projection that never learnt the doelgroep shares nothing on a wettelijke taak', () => {
    const profiel = PROFIELEN.get('0518') as Profiel;
    const besluit = beslis(vraagVoor(profiel, 'trajectstatus'), staatVan(profiel, undefined), profiel);
    expect(besluit).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
  });
});

describe('a consent for trajectstatus or praktische-zaken (POST toestemmingen)', () => {
  const body = (categorieen: Categorie[]): ToestemmingBody => ({
    ontvanger: { gemeente: '0518' },
    categorieen,
    doel: 'regie',
    taal: 'nl',
    tekstversie: 'v1',
  });
  const gever = { relatie: 'inburgeraar' as const, sub: IB };

  it.each(GEVALLEN)('$naam: accepted outside art. 13, refused (422) under it', ({ profiel, doelgroep, mbPlicht }) => {
    const b = { ...body(['trajectstatus', 'praktische-zaken']), ontvanger: { gemeente: profiel.cbs } };
    const res = nieuweToestemming(b, staatVan(profiel, doelgroep), gever, T, 't1', profiel);
    if (mbPlicht) expect(res).toMatchObject({ slug: 'categorie-wettelijke-taak', status: 422 });
    else expect(res).not.toBeInstanceOf(Regelfout);
  });
});

describe('another ground a deployment names for a doelgroep outside art. 13', () => {
  const verordening = {
    grondslag: 'wettelijke-taak' as const,
    categorieen: ['trajectstatus' as const],
    bron: { regeling: 'Verordening maatschappelijke begeleiding Den Haag 2026', artikel: '4' },
  };
  const doelgroepen = (PROFIELEN.get('0518') as Profiel).doelgroepen.map((d) =>
    d.doelgroep === 'oudere' ? { ...d, andereGrondslag: verordening } : d,
  );
  const instellingen = { naam: 'test', profielen: { '0518': { doelgroepen } } };

  it('applies to the categories it names, with its source; the others still need consent', () => {
    const profiel = profielenVan(instellingen).get('0518') as Profiel;
    expect(grondslagIn(profiel, 'oudere', 'trajectstatus')).toEqual({
      grondslag: 'wettelijke-taak',
      bron: { soort: 'regeling', ...verordening.bron },
    });
    expect(grondslagIn(profiel, 'oudere', 'praktische-zaken').grondslag).toBe('toestemming');
    expect(grondslagIn(profiel, 'ex-nidos-jongere', 'trajectstatus').grondslag).toBe('toestemming');
    const besluit = beslis(vraagVoor(profiel, 'trajectstatus'), staatVan(profiel, 'oudere'), profiel);
    expect(besluit).toMatchObject({ besluit: 'permit', grondslag: 'wettelijke-taak' });
  });

  it('is refused without a source, for a doelgroep under art. 13, or for a categorie shared on consent', () => {
    const zonderBron = doelgroepen.map((d) =>
      d.doelgroep === 'oudere' ? { ...d, andereGrondslag: { ...verordening, bron: undefined } } : d,
    );
    const onderArt13 = doelgroepen.map((d) =>
      d.doelgroep === 'asielstatushouder' ? { ...d, andereGrondslag: verordening } : d,
    );
    const opToestemming = doelgroepen.map((d) =>
      d.doelgroep === 'oudere' ? { ...d, andereGrondslag: { ...verordening, categorieen: ['signalen'] } } : d,
    );
    for (const d of [zonderBron, onderArt13, opToestemming]) {
      expect(() => profielenVan({ naam: 'fout', profielen: { '0518': { doelgroepen: d } } })).toThrow();
    }
  });

  it('a deployment that assigns Rotterdam’s gezinsmigranten an organisation keeps them outside art. 13', () => {
    const override = organisatieVoorDoelgroep('0599', 'gezinsmigrant', 'vluchtelingenwerk');
    const profiel = profielenVan({ naam: 'r', profielen: { '0599': override } }).get('0599') as Profiel;
    expect(grondslagIn(profiel, 'gezinsmigrant', 'trajectstatus').grondslag).toBe('toestemming');
  });
});
