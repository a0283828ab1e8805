import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { MijnClient } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

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
