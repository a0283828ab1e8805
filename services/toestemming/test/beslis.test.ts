import { CATEGORIE_REGELS, CATEGORIEEN, GEMEENTE_ROLLEN, TOESTEMMING_CATEGORIEEN } from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { type Beslisvraag, beslis, ontvangersVoor } from '../src/domain/beslis';
import { ANDERE_ORG, GEMEENTE, IB, ORG, staatMet, toestemming } from './support/fixtures';

const T = '2026-03-10T10:00:00.000Z';
const vraag = (extra: Partial<Beslisvraag> = {}): Beslisvraag => ({
  categorie: 'zelfredzaamheid',
  inburgeraarId: IB,
  afzender: ORG,
  tijdstip: T,
  gemeente: GEMEENTE,
  ontvanger: { gemeente: GEMEENTE },
  wettelijkePlicht: false,
  ...extra,
});

const naarGemeente = (c: (typeof CATEGORIEEN)[number]) => CATEGORIE_REGELS[c].richting === 'uitvoering-naar-gemeente';

describe('beslis: grondslag per categorie', () => {
  it.each(CATEGORIEEN.filter((c) => CATEGORIE_REGELS[c].grondslag === 'wettelijke-taak' && naarGemeente(c)))(
    '%s is shared on wettelijke-taak without any consent',
    (categorie) => {
      expect(beslis(vraag({ categorie }), staatMet())).toEqual({
        besluit: 'permit',
        grondslag: 'wettelijke-taak',
        reden: 'wettelijke-taak',
      });
    },
  );

  it.each(TOESTEMMING_CATEGORIEEN.filter(naarGemeente))(
    '%s is refused without consent and permitted with a fitting one',
    (categorie) => {
      const geen = beslis(vraag({ categorie }), staatMet());
      const met = beslis(vraag({ categorie }), staatMet([toestemming('t1', [categorie], { expliciet: true })]));
      expect(geen).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
      expect(met).toEqual({ besluit: 'permit', grondslag: 'toestemming', toestemmingId: 't1', reden: 'toestemming' });
    },
  );

  it('a verwijzing to Veilig Thuis is permitted on wettelijke-plicht without consent', () => {
    const b = beslis(vraag({ categorie: 'verwijzing', wettelijkePlicht: true }), staatMet());
    expect(b).toMatchObject({ besluit: 'permit', grondslag: 'wettelijke-plicht' });
  });

  it('a claimed statutory duty does not open any other categorie', () => {
    const b = beslis(vraag({ categorie: 'signalen', wettelijkePlicht: true }), staatMet());
    expect(b.besluit).toBe('deny');
  });

  it('a consent for another categorie does not permit', () => {
    const b = beslis(vraag(), staatMet([toestemming('t1', ['contactmomenten'])]));
    expect(b).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
  });
});

describe('beslis: signalen need explicit consent', () => {
  it('refuses signalen under a consent that is not explicit', () => {
    const b = beslis(
      vraag({ categorie: 'signalen' }),
      staatMet([toestemming('t1', ['signalen'], { expliciet: false })]),
    );
    expect(b).toEqual({ besluit: 'deny', reden: 'toestemming-niet-expliciet' });
  });
  it('permits signalen under an explicit consent', () => {
    const b = beslis(
      vraag({ categorie: 'signalen' }),
      staatMet([toestemming('t1', ['signalen'], { expliciet: true })]),
    );
    expect(b.besluit).toBe('permit');
  });
});

describe('beslis: validity at T', () => {
  const met = (extra: Parameters<typeof toestemming>[2], staatExtra = {}) =>
    beslis(vraag(), staatMet([toestemming('t1', ['zelfredzaamheid'], extra)], staatExtra));

  it('permits on the last day of geldigTot and refuses the day after', () => {
    expect(met({ geldigTot: '2026-03-10' }).besluit).toBe('permit');
    expect(met({ geldigTot: '2026-03-09' })).toEqual({ besluit: 'deny', reden: 'toestemming-niet-geldig' });
  });
  it('refuses information from before the consent was given', () => {
    expect(met({ geldigVanaf: '2026-03-10T10:00:00.001Z' }).besluit).toBe('deny');
  });
  it('refuses under a withdrawn consent', () => {
    expect(met({ ingetrokkenOp: '2026-03-01T00:00:00.000Z' })).toEqual({
      besluit: 'deny',
      reden: 'toestemming-ingetrokken',
    });
  });
  it('ends consent after the afronding day of the traject', () => {
    expect(met({}, { afgerondOp: '2026-03-10' }).besluit).toBe('permit');
    expect(met({}, { afgerondOp: '2026-03-09' }).besluit).toBe('deny');
  });
  it('ends consent when the traject has another uitvoeringsorganisatie', () => {
    expect(met({ uitvoeringsorganisatie: ANDERE_ORG }).besluit).toBe('deny');
  });
  it('chooses the consent with the lowest id when several fit (deterministic)', () => {
    const staat = staatMet([toestemming('t2', ['zelfredzaamheid']), toestemming('t1', ['zelfredzaamheid'])]);
    expect(beslis(vraag(), staat).toestemmingId).toBe('t1');
  });
});

describe('beslis: recipients and roles', () => {
  it('a consent naming a role permits that role only', () => {
    const staat = staatMet([toestemming('t1', ['zelfredzaamheid'], { rol: 'inburgeringsconsulent' })]);
    expect(beslis(vraag({ ontvanger: { gemeente: GEMEENTE, rol: 'inburgeringsconsulent' } }), staat).besluit).toBe(
      'permit',
    );
    expect(beslis(vraag({ ontvanger: { gemeente: GEMEENTE, rol: 'inkomensconsulent' } }), staat).besluit).toBe('deny');
    expect(beslis(vraag(), staat).besluit).toBe('deny');
  });
  it('lists the gemeente plus every role a consent names, and only the gemeente for a wettelijke grondslag', () => {
    const staat = staatMet([
      toestemming('t1', ['zelfredzaamheid'], { rol: 'inkomensconsulent' }),
      toestemming('t2', ['signalen'], { rol: 'beleidsmedewerker', ingetrokkenOp: T }),
    ]);
    expect(ontvangersVoor(staat, 'contactmomenten', GEMEENTE, false)).toEqual([
      { gemeente: GEMEENTE },
      { gemeente: GEMEENTE, rol: 'beleidsmedewerker' },
      { gemeente: GEMEENTE, rol: 'inkomensconsulent' },
    ]);
    expect(ontvangersVoor(staat, 'trajectstatus', GEMEENTE, false)).toEqual([{ gemeente: GEMEENTE }]);
    expect(ontvangersVoor(staat, 'verwijzing', GEMEENTE, true)).toEqual([{ gemeente: GEMEENTE }]);
  });
  it('refuses a recipient outside the inburgeraar gemeente', () => {
    const staat = staatMet([toestemming('t1', ['zelfredzaamheid'])]);
    expect(beslis(vraag({ gemeente: '0014', ontvanger: { gemeente: '0014' } }), staat).reden).toBe(
      'ontvanger-niet-gemeente-van-inburgeraar',
    );
  });
  it.each(GEMEENTE_ROLLEN)('role %s reads under a consent naming it', (rol) => {
    const staat = staatMet([toestemming('t1', ['contactmomenten'], { rol })]);
    expect(beslis(vraag({ categorie: 'contactmomenten', ontvanger: { gemeente: GEMEENTE, rol } }), staat).besluit).toBe(
      'permit',
    );
  });
});

describe('beslis: only the assigned uitvoeringsorganisatie may send', () => {
  it.each([...PROFIELEN.values()])(
    '$naam: anyone but its assigned organisation is refused, also on wettelijke-taak',
    (p) => {
      const assigned = p.doelgroepen[0]?.uitvoeringsorganisatie ?? ORG;
      const staat = staatMet([toestemming('t1', ['zelfredzaamheid'])], {
        gemeente: p.cbs,
        uitvoeringsorganisatie: assigned,
      });
      const base = { gemeente: p.cbs, ontvanger: { gemeente: p.cbs } };
      const t = {
        ...staat,
        toestemmingen: staat.toestemmingen.map((x) => ({
          ...x,
          uitvoeringsorganisatie: assigned,
          ontvanger: { gemeente: p.cbs },
        })),
      };
      expect(beslis(vraag({ ...base, afzender: assigned }), t).besluit).toBe('permit');
      expect(beslis(vraag({ ...base, afzender: `niet-${assigned}` }), t)).toEqual({
        besluit: 'deny',
        reden: 'afzender-niet-toegewezen',
      });
      expect(beslis(vraag({ ...base, categorie: 'trajectstatus', afzender: undefined }), t).besluit).toBe('deny');
    },
  );
  it('refuses when the traject is unknown', () => {
    expect(beslis(vraag(), undefined)).toEqual({ besluit: 'deny', reden: 'traject-onbekend' });
  });
});

describe('beslis: the direction gemeente-naar-uitvoering (issue 12)', () => {
  const vanGemeente = (extra: Partial<Beslisvraag> = {}) => vraag({ afzender: `gemeente-${GEMEENTE}`, ...extra });
  const naarUitvoering = CATEGORIEEN.filter((c) => !naarGemeente(c));

  it.each(naarUitvoering.filter((c) => CATEGORIE_REGELS[c].grondslag === 'wettelijke-taak'))(
    "%s from the inburgeraar's gemeente goes to the assigned organisation on wettelijke-taak",
    (categorie) => {
      expect(beslis(vanGemeente({ categorie }), staatMet())).toEqual({
        besluit: 'permit',
        grondslag: 'wettelijke-taak',
        reden: 'wettelijke-taak',
      });
    },
  );

  it.each(naarUitvoering)('%s is refused when the uitvoeringsorganisatie sends it (wrong direction)', (categorie) => {
    expect(beslis(vraag({ categorie }), staatMet([toestemming('t1', [categorie])]))).toEqual({
      besluit: 'deny',
      reden: 'afzender-niet-gemeente-van-inburgeraar',
    });
  });

  it.each(naarUitvoering)('%s is refused from another gemeente', (categorie) => {
    const b = beslis(vanGemeente({ categorie, afzender: 'gemeente-0014' }), staatMet([toestemming('t1', [categorie])]));
    expect(b).toEqual({ besluit: 'deny', reden: 'afzender-niet-gemeente-van-inburgeraar' });
  });

  it.each(TOESTEMMING_CATEGORIEEN.filter(naarGemeente))(
    '%s is refused when the gemeente sends it (wrong direction), whatever the consent',
    (categorie) => {
      const b = beslis(vanGemeente({ categorie }), staatMet([toestemming('t1', [categorie], { expliciet: true })]));
      expect(b).toEqual({ besluit: 'deny', reden: 'afzender-niet-toegewezen' });
    },
  );

  it('brede-intake (the begeleider attends) needs the consent of the inburgeraar for the organisation assigned now', () => {
    const geen = beslis(vanGemeente({ categorie: 'brede-intake' }), staatMet());
    const met = beslis(vanGemeente({ categorie: 'brede-intake' }), staatMet([toestemming('t1', ['brede-intake'])]));
    const anderOrg = beslis(
      vanGemeente({ categorie: 'brede-intake' }),
      staatMet([toestemming('t1', ['brede-intake'], { uitvoeringsorganisatie: ANDERE_ORG })]),
    );
    const ingetrokken = beslis(
      vanGemeente({ categorie: 'brede-intake' }),
      staatMet([toestemming('t1', ['brede-intake'], { ingetrokkenOp: '2026-02-01T00:00:00.000Z' })]),
    );
    expect(geen).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
    expect(met).toEqual({ besluit: 'permit', grondslag: 'toestemming', toestemmingId: 't1', reden: 'toestemming' });
    expect(anderOrg).toEqual({ besluit: 'deny', reden: 'toestemming-niet-geldig' });
    expect(ingetrokken).toEqual({ besluit: 'deny', reden: 'toestemming-ingetrokken' });
  });

  it('a consent naming a rol does not count for the gemeente-naar-uitvoering direction', () => {
    const b = beslis(
      vanGemeente({ categorie: 'brede-intake' }),
      staatMet([toestemming('t1', ['brede-intake'], { rol: 'inburgeringsconsulent' })]),
    );
    expect(b).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
  });

  it("decides the gemeente's own information for one recipient only, whatever roles the consents name", () => {
    const staat = staatMet([toestemming('t1', ['brede-intake', 'zelfredzaamheid'], { rol: 'wmo-consulent' })]);
    expect(ontvangersVoor(staat, 'brede-intake', GEMEENTE, false)).toEqual([{ gemeente: GEMEENTE }]);
    expect(ontvangersVoor(staat, 'zelfredzaamheid', GEMEENTE, false)).toHaveLength(2);
  });
});
