import { generateKeyPairSync } from 'node:crypto';
import type { BusEvent } from '@wegwijs/local-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { MijnClient, tekstVan } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 23, "Verhuizing": a move within Zaffier (Alkmaar to Heiloo, one deployment) and a move out of Den Haag to
// Groningen (two platforms standing in for two deployments, the hand-over signed by the one and received by the other).

const ALKMAAR = '0361';
const HEILOO = '0399';
const DEN_HAAG = '0518';
const GRONINGEN = '0014';

/** Every GET of a person's data a gemeente's consulent may reach (each context's routes, voortgang included). */
const PADEN = ['', '/tijdlijn', '/voortgang', '/traject', '/regeldag', '/verwijzingen', '/vragen', '/afspraken'];

const consulentVan = (p: TestPlatform, cbs: string) =>
  p.token({ sub: `consulent-${cbs}`, rol: 'inburgeringsconsulent', org: `gemeente-${cbs}`, gemeenten: [cbs] });

/** The tellingen regie received, per gemeente (collected from the bus's deliveries to regie). */
function regieTellingen(p: TestPlatform) {
  const ontvangen: BusEvent[] = [];
  p.platform.bus.onDelivery((d) => {
    if (d.ok && d.consumer === 'regie') ontvangen.push(d.event);
  });
  return (gemeente: string, indicator: string) =>
    ontvangen
      .filter((e) => (e.detail as { meta: { gemeente: string } }).meta.gemeente === gemeente)
      .flatMap((e) => (e.detail as { data: { tellingen: { indicator: string; delta: number }[] } }).data.tellingen)
      .filter((t) => t.indicator === indicator)
      .reduce((som, t) => som + t.delta, 0);
}

/** A consent for the gemeente and a meetmoment the broker shares with it under that consent. */
async function deelOpToestemming(
  p: TestPlatform,
  d: { id: string; inburgeraar: string; begeleider: string },
  cbs: string,
  leefgebied: string,
) {
  const toestemming = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
    token: d.inburgeraar,
    body: {
      ontvanger: { gemeente: cbs },
      categorieen: ['zelfredzaamheid'],
      doel: 'regie',
      taal: 'nl',
      tekstversie: 'toestemming-1-nl',
    },
  });
  expect(toestemming.status).toBe(201);
  const meetmoment = await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
    token: d.begeleider,
    body: { datum: vandaag(), scores: { [leefgebied]: 3 } },
  });
  expect(meetmoment.status).toBe(201);
  await p.settled();
  return toestemming.body.toestemmingId as string;
}

describe('a move within the deployment (Zaffier: Alkmaar to Heiloo)', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform();
  });
  afterAll(() => p?.stop());

  it('the new gemeente sees what the law allows, the old one nothing; consents end; the log and regie record it', async () => {
    // Arrange: an inburgeraar of Alkmaar guided by INOVA, a consent for Alkmaar and a meetmoment shared under it
    const tellingen = regieTellingen(p);
    const d = await nieuwDossier(p, ALKMAAR, 'inova');
    const toestemmingId = await deelOpToestemming(p, d, ALKMAAR, 'werk');
    const voor = await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent });
    expect(JSON.stringify(voor.body)).toContain('zelfredzaamheid');
    const heiloo = await consulentVan(p, HEILOO);
    const verhuizing = { naarGemeente: HEILOO, datum: vandaag() };
    const sleutel = { 'idempotency-key': `verhuizing-${d.id}` };

    // Act
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, {
      token: d.consulent,
      body: verhuizing,
      headers: sleutel,
    });
    const herhaald = await p.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, {
      token: d.consulent,
      body: verhuizing,
      headers: sleutel,
    });
    await p.settled();

    // Assert: 200 the inburgeraar, now Heiloo's with INOVA (which serves Heiloo too); the same key answered once
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ inburgeraarId: d.id, gemeente: HEILOO, uitvoeringsorganisatie: 'inova' });
    expect(herhaald.status).toBe(200);
    expect(herhaald.body).toEqual(res.body);
    // The new gemeente: the dossier, its trajectstatus and milestones; of voortgang nothing that Alkmaar got on consent
    const dossier = await p.api('GET', `/v1/inburgeraars/${d.id}`, { token: heiloo });
    expect(dossier.status).toBe(200);
    expect(dossier.body).toMatchObject({ gemeente: HEILOO, woningtoewijzingsdatum: expect.any(String) });
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/tijdlijn`, { token: heiloo })).status).toBe(200);
    const voortgang = await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: heiloo });
    expect(voortgang.status).toBe(200);
    expect(JSON.stringify(voortgang.body)).not.toContain('zelfredzaamheid');
    // The traject continues under Heiloo's profile with INOVA's begeleider for Heiloo
    const inovaHeiloo = await p.token({
      sub: 'mb-inova',
      rol: 'maatschappelijk-begeleider',
      org: 'inova',
      gemeenten: [HEILOO],
    });
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: inovaHeiloo })).status).toBe(200);
    // The old gemeente: 404 on every path of the person, voortgang included
    for (const pad of PADEN) {
      const oud = await p.api('GET', `/v1/inburgeraars/${d.id}${pad}`, { token: d.consulent });
      expect({ pad, status: oud.status }).toEqual({ pad, status: 404 });
    }
    // A new request of the old gemeente (no key) is 404 too; a move to the same gemeente or an unknown one is 422
    expect(
      (await p.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, { token: d.consulent, body: verhuizing })).status,
    ).toBe(404);
    for (const naarGemeente of [HEILOO, '9999']) {
      const fout = await p.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, {
        token: heiloo,
        body: { naarGemeente, datum: vandaag() },
      });
      expect(fout.status).toBe(422);
    }
    // Consents given for Alkmaar ended
    const lijst = await p.api('GET', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar });
    expect(lijst.body.items.find((t: { toestemmingId: string }) => t.toestemmingId === toestemmingId)).toMatchObject({
      status: 'verlopen',
    });
    // The log records the hand-over; Mijn Wegwijs says it in the inburgeraar's words
    const log = await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen?limit=200`, { token: d.inburgeraar });
    expect(log.body.items).toContainEqual(
      expect.objectContaining({
        actie: 'overgedragen',
        van: ALKMAAR,
        aan: HEILOO,
        verwerkingsactiviteit: 'verhuizing',
      }),
    );
    const mijn = new MijnClient(p.url);
    await mijn.logIn(d.id);
    const pagina = tekstVan((await mijn.ga('/mijn/verwerkingen')).html);
    expect(pagina).toContain('bent u verhuisd');
    expect(pagina).toContain('Heiloo');
    expect(pagina).toContain('opnieuw toestemming geven');
    // Regie: one move out of Alkmaar and one into Heiloo, as counts without a person
    expect(tellingen(ALKMAAR, 'verhuisd-uit')).toBe(1);
    expect(tellingen(HEILOO, 'verhuisd-in')).toBe(1);
    expect(tellingen(HEILOO, 'verhuisd-uit')).toBe(0);
  });

  it('refuses a move dated in the future (422) and changes nothing', async () => {
    // Arrange
    const d = await nieuwDossier(p, ALKMAAR, 'inova');
    const morgen = new Date(Date.parse(`${vandaag()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // Act
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, {
      token: d.consulent,
      body: { naarGemeente: HEILOO, datum: morgen },
    });
    // Assert
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/datum-in-toekomst$/);
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}`, { token: d.consulent })).body.gemeente).toBe(ALKMAAR);
  });
});

describe('a move to another deployment (Den Haag to Groningen)', () => {
  let denHaag: TestPlatform;
  let groningen: TestPlatform;
  beforeAll(async () => {
    // The sending deployment's key pair: its private half signs, the receiver lists the public half.
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    groningen = await startPlatform({
      gemeenten: [GRONINGEN],
      verhuizing: {
        afzenders: [{ naam: 'lokaal', gemeenten: [DEN_HAAG], jwks: { keys: [publicKey.export({ format: 'jwk' })] } }],
      },
    });
    denHaag = await startPlatform({
      gemeenten: [DEN_HAAG],
      verhuizing: { ontvangers: [{ naam: 'groningen', gemeenten: [GRONINGEN], url: groningen.url }] },
      verhuizingSleutel: privateKey.export({ format: 'jwk' }),
    });
  });
  afterAll(async () => {
    await denHaag?.stop();
    await groningen?.stop();
  });

  it('Groningen receives exactly what the law allows; Den Haag reaches nothing; consents end; log and regie record it', async () => {
    // Arrange: a Den Haag inburgeraar with a fact of the inburgering, a consent for Den Haag and a share under it
    const uit = regieTellingen(denHaag);
    const in_ = regieTellingen(groningen);
    const d = await nieuwDossier(denHaag, DEN_HAAG, 'vluchtelingenwerk');
    const intake = await denHaag.api('POST', `/v1/inburgeraars/${d.id}/inburgering`, {
      token: d.consulent,
      body: { soort: 'brede-intake', datum: vandaag(), begeleiderUitgenodigd: true },
    });
    expect(intake.status).toBeLessThan(300);
    const toestemmingId = await deelOpToestemming(denHaag, d, DEN_HAAG, 'wonen');
    const ontvangen = groningen.platform.bus.waitFor('toestemming', 'AanmeldingGeregistreerd.v1');

    // Act
    const res = await denHaag.api('POST', `/v1/inburgeraars/${d.id}/verhuizing`, {
      token: d.consulent,
      body: { naarGemeente: GRONINGEN, datum: vandaag() },
    });
    await denHaag.settled();
    await ontvangen;
    await groningen.settled();

    // Assert: the move is recorded
    expect(res.status).toBe(200);
    expect(res.body.gemeente).toBe(GRONINGEN);
    // Groningen: the person, the dates, the trajectstatus and the brede intake; nothing that was shared on consent
    const groningenConsulent = await consulentVan(groningen, GRONINGEN);
    const dossier = await groningen.api('GET', `/v1/inburgeraars/${d.id}`, { token: groningenConsulent });
    expect(dossier.status).toBe(200);
    expect(dossier.body).toMatchObject({
      gemeente: GRONINGEN,
      uitvoeringsorganisatie: 'humanitas',
      woningtoewijzingsdatum: expect.any(String),
      persoon: { achternaam: 'Tesfaye' },
    });
    const tijdlijn = await groningen.api('GET', `/v1/inburgeraars/${d.id}/tijdlijn`, { token: groningenConsulent });
    expect(JSON.stringify(tijdlijn.body)).toContain('brede-intake');
    expect(JSON.stringify(tijdlijn.body)).not.toContain('begeleiderUitgenodigd');
    const voortgang = await groningen.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: groningenConsulent });
    expect(voortgang.status).toBe(200);
    expect(JSON.stringify(voortgang.body)).not.toContain('zelfredzaamheid');
    // Den Haag: 404 on every path, for the gemeente and for the old organisation
    for (const pad of PADEN) {
      const oud = await denHaag.api('GET', `/v1/inburgeraars/${d.id}${pad}`, { token: d.consulent });
      expect({ pad, status: oud.status }).toEqual({ pad, status: 404 });
    }
    expect((await denHaag.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider })).status).toBe(404);
    // The consents for Den Haag ended; the log there records the hand-over
    const lijst = await denHaag.api('GET', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar });
    expect(lijst.body.items.find((t: { toestemmingId: string }) => t.toestemmingId === toestemmingId)).toMatchObject({
      status: 'verlopen',
    });
    const log = await denHaag.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen?limit=200`, { token: d.inburgeraar });
    expect(log.body.items).toContainEqual(
      expect.objectContaining({ actie: 'overgedragen', van: DEN_HAAG, aan: GRONINGEN }),
    );
    // Regie: one move out in Den Haag's deployment, one in at Groningen's
    expect(uit(DEN_HAAG, 'verhuisd-uit')).toBe(1);
    expect(in_(GRONINGEN, 'verhuisd-in')).toBe(1);
    expect(in_(GRONINGEN, 'aanmeldingen')).toBe(0);
  });

  it('refuses a hand-over whose signature does not verify (401) and one from no known deployment', async () => {
    // Arrange: a key nobody configured
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { SignJWT } = await import('jose');
    const jws = await new SignJWT({ verhuizingId: 'x' })
      .setProtectedHeader({ alg: 'ES256', typ: 'wegwijs-verhuizing+jwt' })
      .setIssuer('lokaal')
      .setAudience(groningen.url)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    // Act
    const vervalst = await groningen.api('POST', '/v1/verhuizingen', { body: { overdracht: jws } });
    const onzin = await groningen.api('POST', '/v1/verhuizingen', { body: { overdracht: 'geen-jws' } });
    // Assert
    expect(vervalst.status).toBe(401);
    expect(onzin.status).toBe(401);
  });
});
