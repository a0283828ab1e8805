import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { MijnClient } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

/** Every dossier this file's flows create: their logs are checked against the register at the end. */
const dossiers: Dossier[] = [];

type Item = { bronId: string; categorie: string; grondslag: string; toestemmingId?: string };
const trajectstatusToestemming = {
  ontvanger: { gemeente: '0518' },
  categorieen: ['trajectstatus'],
  doel: 'regie',
  taal: 'nl',
  tekstversie: 'toestemming-1-nl',
};

describe('the grondslag per doelgroep, end to end (an oudere in Den Haag: outside Wi2021 art. 13, report 4.4)', () => {
  it('the gemeente sees no trajectstatus until the person consents; Mijn Wegwijs names no law as ground', async () => {
    // Arrange: an oudere whose traject started (the fase change is trajectstatus)
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk', { doelgroep: 'oudere' });
    dossiers.push(d);
    const voortgang = async () =>
      (await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent })).body.items as Item[];
    const log = async () =>
      (await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token: d.inburgeraar })).body.items as {
        actie: string;
        categorie?: string;
        reden?: string;
      }[];

    // Assert: refused, not shared on a wettelijke taak
    expect((await voortgang()).filter((i) => i.categorie === 'trajectstatus')).toEqual([]);
    expect(await log()).toContainEqual(expect.objectContaining({ actie: 'geweigerd', categorie: 'trajectstatus' }));

    // Act: the person consents to trajectstatus (accepted for them: no 422), then the traject changes
    const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: trajectstatusToestemming,
    });
    expect(gegeven.status).toBe(201);
    const verlenging = await p.api('POST', `/v1/inburgeraars/${d.id}/verlenging`, {
      token: d.begeleider,
      body: { maanden: 6, reden: 'meer tijd nodig', verzoekVanInburgeraar: { datum: vandaag() } },
    });
    expect(verlenging.status).toBe(200);
    await p.settled();

    // Assert: now shared, on consent
    const gedeeld = (await voortgang()).filter((i) => i.categorie === 'trajectstatus');
    expect(gedeeld.length).toBeGreaterThan(0);
    for (const i of gedeeld) {
      expect(i).toMatchObject({ grondslag: 'toestemming', toestemmingId: gegeven.body.toestemmingId });
    }

    // Mijn Wegwijs tells this person that nothing is shared without consent and that no law allows it
    const mijn = new MijnClient(p.url);
    const pagina = await mijn.logIn(d.id);
    expect(pagina.status).toBe(200);
    expect(pagina.html).toContain('data-grond="geen"');
    expect(pagina.html).toContain('De Wet inburgering 2021 verplicht de gemeente niet');
    expect(pagina.html).not.toContain('id="cat-trajectstatus"');
  });

  it('an asielstatushouder in Den Haag: trajectstatus on art. 13, a consent for it is refused, Mijn Wegwijs names the law', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    dossiers.push(d);
    const items = (await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent })).body
      .items as Item[];
    expect(items.some((i) => i.categorie === 'trajectstatus' && i.grondslag === 'wettelijke-taak')).toBe(true);
    const geweigerd = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: trajectstatusToestemming,
    });
    expect(geweigerd.status).toBe(422);
    const pagina = await new MijnClient(p.url).logIn(d.id);
    expect(pagina.html).toContain('data-grond="wet"');
  });
});

describe('the verwerkingsregister (GET /v1/verwerkingsactiviteiten)', () => {
  it('every staff role and the inburgeraar read it, a page at a time; an entry has every field', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const rollen = [
      ['inburgeringsconsulent', 'gemeente-0518'],
      ['beleidsmedewerker', 'gemeente-0518'],
      ['functionaris-gegevensbescherming', 'gemeente-0518'],
      ['maatschappelijk-begeleider', 'vluchtelingenwerk'],
      ['teamleider', 'vluchtelingenwerk'],
    ] as const;
    const tokens = [
      d.inburgeraar,
      ...(await Promise.all(rollen.map(([rol, org]) => p.token({ sub: `r-${rol}`, rol, org, gemeenten: ['0518'] })))),
    ];
    for (const token of tokens) {
      const res = await p.api('GET', '/v1/verwerkingsactiviteiten', { token });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(10);
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await p.api('GET', `/v1/verwerkingsactiviteiten?limit=7${cursor ? `&cursor=${cursor}` : ''}`, {
        token: d.inburgeraar,
      });
      expect(res.body.items.length).toBeLessThanOrEqual(7);
      ids.push(...res.body.items.map((a: { id: string }) => a.id));
      cursor = res.body.volgende;
    } while (cursor);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('delen-trajectstatus');
    const zonder = await fetch(`${p.url}/v1/verwerkingsactiviteiten`);
    expect(zonder.status).toBe(401);
  });

  it('every verwerkingenlog entry of these flows names an activity that exists in the register', async () => {
    // A flow with every kind of entry: a grant, shares and refusals, a read by the gemeente, a withdrawal.
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    dossiers.push(d);
    const t = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: { ...trajectstatusToestemming, categorieen: ['zelfredzaamheid'] },
    });
    await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
    });
    await p.api('POST', `/v1/inburgeraars/${d.id}/contactmomenten`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), vorm: 'telefoon', duurMinuten: 10 },
    });
    await p.settled();
    await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent });
    await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen/${t.body.toestemmingId}/intrekking`, {
      token: d.inburgeraar,
    });
    await p.settled();

    const register = new Set(
      (
        (await p.api('GET', '/v1/verwerkingsactiviteiten?limit=200', { token: d.fg })).body.items as { id: string }[]
      ).map((a) => a.id),
    );
    const acties = new Set<string>();
    for (const dossier of dossiers) {
      const log = (await p.api('GET', `/v1/inburgeraars/${dossier.id}/verwerkingen?limit=200`, { token: dossier.fg }))
        .body as { items: { actie: string; verwerkingsactiviteit: string }[]; keten: { geldig: boolean } };
      expect(log.keten.geldig).toBe(true);
      for (const e of log.items) {
        acties.add(e.actie);
        expect(register.has(e.verwerkingsactiviteit), `${e.actie} ${e.verwerkingsactiviteit}`).toBe(true);
      }
    }
    expect([...acties].sort()).toEqual(
      ['gedeeld', 'geweigerd', 'ingezien', 'toestemming-gegeven', 'toestemming-ingetrokken', 'verwijderd'].sort(),
    );
  });
});
