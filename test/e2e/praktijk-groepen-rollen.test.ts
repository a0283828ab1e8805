import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, plusMaanden, VASTE_KLOK, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 22, the acceptance of items 5, 6 and 10 on the local platform: a Rotterdam gezinsmigrant enrolled in a
// workshop of choice and attending it, with no statushouder traject; a Tholen regisseur inburgering recording a
// contactmoment; a Groningen decliner whose call is recorded and leaves the bellijst until the next one is due. The
// platform runs at a fixed instant; the decliner's months pass through the platform clock (POST /dev/klok), last.

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ klok: VASTE_KLOK });
}, 60_000);
afterAll(() => p?.stop());

describe('4.4: the workshop of choice that is Rotterdam MB for gezinsmigranten', () => {
  it('4.4: a Rotterdam gezinsmigrant is enrolled in a workshop of choice and attends it, with no statushouder traject', async () => {
    // Arrange: the deployment names the aanbieder of gezinsmigranten; MB starts at the BRP-inschrijving
    const d = await nieuwDossier(p, '0599', 'aanbieder-gezinsmigranten', { doelgroep: 'gezinsmigrant', woning: false });
    const start = plusDagen(vandaag(), -10);
    const brp = await p.api('POST', `/v1/inburgeraars/${d.id}/brp-inschrijving`, {
      token: d.consulent,
      body: { datum: start },
    });
    expect(brp.status).toBe(200);
    await p.settled();
    const gisteren = plusDagen(vandaag(), -1);
    // Act
    const traject = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
    const afspraken = await p.api('GET', `/v1/inburgeraars/${d.id}/afspraken`, { token: d.begeleider });
    const workshop = await p.api('POST', '/v1/gemeenten/0599/groepsactiviteiten', {
      token: d.begeleider,
      body: {
        aanbod: 'financien',
        titel: 'Belastingen en toeslagen',
        bijeenkomsten: [gisteren, plusDagen(vandaag(), 6)],
      },
    });
    const inschrijving = await p.api('POST', `/v1/inburgeraars/${d.id}/groepsactiviteiten`, {
      token: d.begeleider,
      body: { activiteitId: workshop.body.activiteitId },
    });
    const aanwezig = await p.api(
      'PUT',
      `/v1/inburgeraars/${d.id}/groepsactiviteiten/${workshop.body.activiteitId}/aanwezigheid`,
      { token: d.begeleider, body: { datum: gisteren, aanwezig: true } },
    );
    const tweede = await p.api('POST', '/v1/gemeenten/0599/groepsactiviteiten', {
      token: d.begeleider,
      body: { aanbod: 'gezondheidszorg', bijeenkomsten: [gisteren] },
    });
    const tweedeKeuze = await p.api('POST', `/v1/inburgeraars/${d.id}/groepsactiviteiten`, {
      token: d.begeleider,
      body: { activiteitId: tweede.body.activiteitId },
    });
    const eigen = await p.api('GET', `/v1/inburgeraars/${d.id}/groepsactiviteiten`, { token: d.inburgeraar });
    const lijst = await p.api('GET', '/v1/gemeenten/0599/groepsactiviteiten', { token: d.consulent });
    const naAanwezigheid = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
    // Assert: no opstartfase, no afspraken planned, no einddatum: the offer of 4.4
    expect(traject.status).toBe(200);
    expect(traject.body).toMatchObject({ fase: 'begeleidingsfase', startdatum: start, einddatum: null });
    expect(traject.body.aanbod).toMatchObject({
      workshopNaarKeuze: ['gezondheidszorg', 'financien', 'meedoen-in-de-wijk'],
      individueleHulp: true,
    });
    expect(afspraken.body.items).toEqual([]);
    expect([workshop.status, inschrijving.status, aanwezig.status]).toEqual([201, 201, 200]);
    expect(workshop.body).toMatchObject({
      aanbod: 'financien',
      soort: 'workshop',
      organisatie: 'aanbieder-gezinsmigranten',
    });
    expect(aanwezig.body).toEqual({
      activiteitId: workshop.body.activiteitId,
      aanbod: 'financien',
      ingeschrevenOp: vandaag(),
      aanwezigheid: [{ datum: gisteren, aanwezig: true }],
    });
    // one workshop of choice: a second is refused
    expect(tweedeKeuze.status).toBe(409);
    expect(tweedeKeuze.body.type).toMatch(/workshop-al-gekozen$/);
    expect(eigen.body.items).toEqual([aanwezig.body]);
    expect(lijst.body.items.map((a: { activiteitId: string }) => a.activiteitId)).toContain(workshop.body.activiteitId);
    expect(naAanwezigheid.body.laatsteContact).toBe(gisteren);
  });
});

describe('3.2.2: in-house MB by gemeente staff (Tholen)', () => {
  it('3.2.2: a Tholen regisseur inburgering records a contactmoment; a regisseur of an outsourcing gemeente may not', async () => {
    // Arrange
    const tholen = await nieuwDossier(p, '0716', 'gemeente-0716');
    const denHaag = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const regisseur = (cbs: string) =>
      p.token({ sub: `regisseur-${cbs}`, rol: 'regisseur-inburgering', org: `gemeente-${cbs}`, gemeenten: [cbs] });
    const contact = { datum: plusDagen(vandaag(), -1), vorm: 'spreekuur', duurMinuten: 20 };
    // Act
    const res = await p.api('POST', `/v1/inburgeraars/${tholen.id}/contactmomenten`, {
      token: await regisseur('0716'),
      body: contact,
    });
    const traject = await p.api('GET', `/v1/inburgeraars/${tholen.id}/traject`, { token: await regisseur('0716') });
    const elders = await p.api('POST', `/v1/inburgeraars/${denHaag.id}/contactmomenten`, {
      token: await regisseur('0518'),
      body: contact,
    });
    // Assert
    expect(res.status).toBe(201);
    expect(res.body.contactmomentId).toEqual(expect.any(String));
    expect(traject.status).toBe(200);
    expect(traject.body.laatsteContact).toBe(contact.datum);
    expect(elders.status).toBe(403);
  });
});

describe('4.2.2: the bellijst keeps whoever declined MB (Groningen)', () => {
  it('4.2.2: a Groningen decliner stays on the bellijst; the call is recorded and takes them off until the next one is due', async () => {
    // Arrange: a Groningen statushouder declines MB today
    const d = await nieuwDossier(p, '0014', 'humanitas');
    // a token minted at the platform's time of the call (the clock moves months on below)
    const begeleider = () =>
      p.token({ sub: 'mb-0014', rol: 'maatschappelijk-begeleider', org: 'humanitas', gemeenten: ['0014'] });
    const lijst = async () => {
      const res = await p.api('GET', '/v1/begeleiding/bellijst?gemeente=0014&limit=200', { token: await begeleider() });
      expect(res.status).toBe(200);
      return (res.body.items as { inburgeraarId: string; bellenVanaf: string }[]).find((i) => i.inburgeraarId === d.id);
    };
    const afronding = await p.api('POST', `/v1/inburgeraars/${d.id}/afronding`, {
      token: d.begeleider,
      body: { datum: vandaag(), soort: 'geleidelijk', afgewezenDoorInburgeraar: true },
    });
    expect(afronding.status).toBe(200);
    const opDeLijst = await lijst();
    // Act
    const gebeld = await p.api('POST', `/v1/inburgeraars/${d.id}/contactmomenten`, {
      token: d.begeleider,
      body: { datum: vandaag(), vorm: 'telefoon', duurMinuten: 10 },
    });
    const bezoek = await p.api('POST', `/v1/inburgeraars/${d.id}/contactmomenten`, {
      token: d.begeleider,
      body: { datum: vandaag(), vorm: 'huisbezoek', duurMinuten: 60 },
    });
    const naHetGesprek = await lijst();
    const volgende = plusMaanden(vandaag(), 3);
    await p.api('POST', '/dev/klok', { body: { nu: `${plusDagen(volgende, -1)}T10:00:00Z` } });
    const daarvoor = await lijst();
    await p.api('POST', '/dev/klok', { body: { nu: `${volgende}T10:00:00Z` } });
    const weer = await lijst();
    // Assert
    expect(opDeLijst?.bellenVanaf).toBe(vandaag());
    expect(gebeld.status).toBe(201);
    // after the afronding only the call is recorded
    expect(bezoek.status).toBe(422);
    expect(bezoek.body.type).toMatch(/alleen-bellen-na-afwijzing$/);
    expect(naHetGesprek).toBeUndefined();
    expect(daarvoor).toBeUndefined();
    expect(weer?.bellenVanaf).toBe(volgende);
  });
});
