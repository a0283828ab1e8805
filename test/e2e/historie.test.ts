import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 21 over HTTP on the local platform: a migration posts a person's historic contactmomenten and meetmomenten
// in one request; the consent broker decides them as one batch. Roles, tenancy and refusals as for a single POST.

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const dag = (terug: number) => plusDagen(vandaag(), -terug);
const contactmomenten = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    datum: dag(2 + (i % 40)),
    vorm: i % 2 ? 'huisbezoek' : 'telefoon',
    duurMinuten: 30,
  }));

describe('POST /v1/inburgeraars/{id}/historie on the local platform (Den Haag)', () => {
  it('stores 120 contactmomenten and 3 meetmomenten; the broker logs each once: contactmomenten gedeeld under the consent, meetmomenten geweigerd without one', async () => {
    // Arrange: the inburgeraar consents to contactmomenten for the gemeente, not to zelfredzaamheid
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['contactmomenten'],
        doel: 'regie',
        taal: 'ti',
        tekstversie: 'v1',
      },
    });
    expect(gegeven.status).toBe(201);
    const meetmomenten = [dag(30), dag(20), dag(10)].map((datum) => ({ datum, scores: { wonen: 3 } }));
    // Act
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/historie`, {
      token: d.begeleider,
      body: { contactmomenten: contactmomenten(120), meetmomenten },
      headers: { 'idempotency-key': `historie-${d.id}` },
    });
    await p.settled();
    // Assert
    expect(res.status).toBe(201);
    expect([res.body.contactmomentIds.length, res.body.meetmomentIds.length]).toEqual([120, 3]);
    const log = await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen?limit=200`, { token: d.inburgeraar });
    const items = log.body.items as { actie: string; bronId?: string; categorie?: string }[];
    const besluit = (bronId: string) => items.filter((i) => i.bronId === bronId).map((i) => i.actie);
    for (const id of res.body.contactmomentIds) expect(besluit(id), id).toEqual(['gedeeld']);
    for (const id of res.body.meetmomentIds) expect(besluit(id), id).toEqual(['geweigerd']);
    expect(log.body.keten.geldig).toBe(true);
    const traject = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
    expect(traject.body.laatsteContact).toBe(dag(2));
    const voortgang = await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent });
    const gedeeld = (voortgang.body.items as { bronId: string; categorie: string }[]).filter(
      (i) => i.categorie === 'contactmomenten',
    );
    expect(gedeeld.map((i) => i.bronId).sort()).toEqual([...res.body.contactmomentIds].sort());
  });

  it('answers 413 above 500 items, 422 naming a broken item, 404 in another gemeente, 403 for the gemeente; nothing stored', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const anders = await p.token({
      sub: 'mb-x',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0363'],
    });
    const post = (body: unknown, token = d.begeleider) =>
      p.api('POST', `/v1/inburgeraars/${d.id}/historie`, { token, body });
    const teVeel = await post({ contactmomenten: contactmomenten(501) });
    const ongeldig = await post({
      meetmomenten: [
        { datum: dag(3), scores: { wonen: 3 } },
        { datum: dag(-5), scores: { wonen: 3 } },
      ],
    });
    const elders = await post({ contactmomenten: contactmomenten(1) }, anders);
    const gemeente = await post({ contactmomenten: contactmomenten(1) }, d.consulent);
    await p.settled();
    expect([teVeel.status, teVeel.headers.get('content-type')]).toEqual([413, 'application/problem+json']);
    expect([ongeldig.status, ongeldig.body.errors?.[0]?.path]).toEqual([422, 'meetmomenten[1].datum']);
    expect([elders.status, gemeente.status]).toEqual([404, 403]);
    const traject = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
    expect(traject.body.laatsteContact).toBeUndefined();
  });
});
