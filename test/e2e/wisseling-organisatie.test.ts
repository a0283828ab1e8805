import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

// Free text the first organisation wrote about the person: it must not reach the organisation that takes over.
const GEHEIM = 'Beginsituatie: schulden bij de woningcorporatie, schaamte om hulp te vragen';

describe('a change of uitvoeringsorganisatie (issue 19, item 7: a new organisation reads only what it should)', () => {
  it("the new organisation gets 404 for the old one's plan, starts its own, and sees what the broker decides", async () => {
    // Arrange: Rotterdam, guided by Vluchtelingenwerk, with a plan; the gemeente moves the traject to Gro-Up
    const d = await nieuwDossier(p, '0599', 'vluchtelingenwerk');
    const plan = await p.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
      token: d.begeleider,
      body: {
        datum: plusDagen(vandaag(), -2),
        leefgebieden: [{ leefgebied: 'wonen', beginsituatie: GEHEIM, doelen: [{ omschrijving: 'Huur op tijd' }] }],
      },
    });
    expect(plan.status).toBe(200);
    const verwijzing = await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
      token: d.begeleider,
      body: { naar: 'veilig-thuis', toelichting: GEHEIM },
    });
    expect(verwijzing.status).toBe(201);
    const toestemming = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0599' },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'nl',
        tekstversie: 'toestemming-1-nl',
      },
    });
    expect(toestemming.status).toBe(201);
    const wissel = await p.api('PUT', `/v1/inburgeraars/${d.id}/uitvoeringsorganisatie`, {
      token: d.consulent,
      body: { uitvoeringsorganisatie: 'gro-up', datum: vandaag() },
    });
    expect(wissel.status).toBe(200);
    await p.settled();
    const nieuw = await p.token({
      sub: 'mb-gro-up',
      rol: 'maatschappelijk-begeleider',
      org: 'gro-up',
      gemeenten: ['0599'],
    });

    // Act / Assert: the old organisation's plan is absent for the new one (404), and its text is nowhere in its reads
    const gelezen = await p.api('GET', `/v1/inburgeraars/${d.id}/begeleidingsplan`, { token: nieuw });
    expect(gelezen.status).toBe(404);
    expect(JSON.stringify(gelezen.body)).not.toContain('schulden');
    const traject = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: nieuw });
    expect(traject.status).toBe(200);
    expect(JSON.stringify(traject.body)).not.toContain('schulden');

    // The new organisation sets its own plan: a fresh one, not a continuation of the old goals
    const eigen = await p.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
      token: nieuw,
      body: {
        datum: vandaag(),
        leefgebieden: [{ leefgebied: 'sociaal-netwerk', doelen: [{ omschrijving: 'Buurthuis' }] }],
      },
    });
    expect(eigen.status).toBe(200);
    expect(JSON.stringify(eigen.body)).not.toContain('schulden');
    expect(eigen.body.leefgebieden.map((l: { leefgebied: string }) => l.leefgebied)).toEqual(['sociaal-netwerk']);

    // What passes is decided by the broker: the consent was given for Vluchtelingenwerk and ended with the change
    const lijst = await p.api('GET', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar });
    expect(
      lijst.body.items.find((t: { toestemmingId: string }) => t.toestemmingId === toestemming.body.toestemmingId),
    ).toMatchObject({ status: 'verlopen' });
    const meetmoment = await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
      token: nieuw,
      body: { datum: vandaag(), scores: { wonen: 3 } },
    });
    expect(meetmoment.status).toBe(201);
    await p.settled();
    const log = (await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen?limit=200`, { token: d.inburgeraar })).body
      .items as { actie: string; bronId?: string; van?: string }[];
    expect(log.find((e) => e.bronId === meetmoment.body.meetmomentId)).toMatchObject({
      actie: 'geweigerd',
      van: 'gro-up',
    });

    // The referral the old organisation sent: the new one sees that it exists and its status, not its text
    const verwijzingen = await p.api('GET', `/v1/inburgeraars/${d.id}/verwijzingen`, { token: nieuw });
    expect(verwijzingen.status).toBe(200);
    expect(verwijzingen.body.items).toEqual([
      expect.objectContaining({ verwijzingId: verwijzing.body.verwijzingId, naar: 'veilig-thuis' }),
    ]);
    expect(verwijzingen.body.items[0]).not.toHaveProperty('toelichting');
    expect(JSON.stringify(verwijzingen.body)).not.toContain('schulden');

    // The old organisation no longer reads the traject at all (404, outside its reach)
    const oud = await p.api('GET', `/v1/inburgeraars/${d.id}/begeleidingsplan`, { token: d.begeleider });
    expect(oud.status).toBe(404);
  });
});
