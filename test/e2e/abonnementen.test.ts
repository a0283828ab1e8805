import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakOntvanger, verifieer } from '../../docs/abonnementen-ontvanger.mjs';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

const GEHEIM = 'een-gedeeld-geheim-van-de-gemeente';
type Notificatie = {
  notificatieId: string;
  kanaal: string;
  actie: string;
  resourceUrl: string;
  kenmerken: { gemeente: string; categorie?: string };
};

let p: TestPlatform;
let verschuivingS = 0;
let faalt = false;
const ontvangen: { pad: string; body: string; handtekening: string; notificatie: Notificatie }[] = [];
const ontvanger = maakOntvanger({
  geheim: GEHEIM,
  nu: () => Math.floor(Date.now() / 1000) + verschuivingS,
  opNotificatie: () => {
    if (faalt) throw new Error('receiver down');
  },
});
// Records every request, valid or not, before the sample receiver judges it.
ontvanger.prependListener('request', (req, _res) => {
  const stukken: Buffer[] = [];
  req.on('data', (s: Buffer) => stukken.push(s));
  req.on('end', () => {
    const body = Buffer.concat(stukken).toString('utf8');
    if (!faalt)
      ontvangen.push({
        pad: String(req.url),
        body,
        handtekening: String(req.headers['wegwijs-signature']),
        notificatie: JSON.parse(body),
      });
  });
});
let callback = '';

beforeAll(async () => {
  p = await startPlatform();
  await new Promise<void>((r) => ontvanger.listen(0, '127.0.0.1', r));
  callback = `http://127.0.0.1:${(ontvanger.address() as AddressInfo).port}/wegwijs`;
});
afterAll(async () => {
  ontvanger.close();
  await p?.stop();
});

const meetmoment = async (d: Dossier) => {
  const res = await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
    token: d.begeleider,
    body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
  });
  expect(res.status).toBe(201);
  await p.settled();
  return res.body.meetmomentId as string;
};
const voor = (d: Dossier, categorie: string) =>
  ontvangen.filter((o) => o.notificatie.resourceUrl.includes(d.id) && o.notificatie.kenmerken.categorie === categorie);
const klok = async (plusMs: number) => {
  verschuivingS = Math.floor(plusMs / 1000);
  await p.api('POST', '/dev/klok', { body: { nu: new Date(Date.now() + plusMs).toISOString() } });
};
const sweep = async () => {
  await p.api('POST', '/dev/planner');
  await p.settled();
};

describe('abonnementen: notifications to a partner system on loopback', () => {
  it('notifies a gemeente of voortgang only as the broker shares it, signed, without personal data', async () => {
    const consulent = await p.token({ sub: 'c-abo', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const abo = await p.api('POST', '/v1/abonnementen', {
      token: consulent,
      body: { callbackUrl: callback, kanalen: ['voortgang'], geheim: GEHEIM },
    });
    expect(abo.status).toBe(201);
    expect(abo.body).not.toHaveProperty('geheim');
    expect(abo.body).toMatchObject({ callbackUrl: callback, kanalen: ['voortgang'], filters: {} });

    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    await meetmoment(d);
    expect(voor(d, 'zelfredzaamheid')).toHaveLength(0);

    const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'toestemming-v1',
      },
    });
    expect(gegeven.status).toBe(201);
    const met = await meetmoment(d);
    const gedeeld = voor(d, 'zelfredzaamheid');
    expect(gedeeld).toHaveLength(1);
    const [eerste] = gedeeld;
    if (!eerste) throw new Error('no notification');
    expect(verifieer(eerste.handtekening, eerste.body, GEHEIM, Math.floor(Date.now() / 1000))).toBe(true);
    expect(eerste.notificatie).toMatchObject({
      kanaal: 'voortgang',
      actie: 'gedeeld',
      kenmerken: { gemeente: '0518' },
    });
    for (const persoonlijk of ['Yonas', 'Tesfaye', '1993-06-30', '"wonen"', '"scores"']) {
      expect(eerste.body).not.toContain(persoonlijk);
    }
    // The resource, read with the gemeente's own token, holds the shared item.
    const pad = new URL(eerste.notificatie.resourceUrl).pathname;
    const resource = await p.api('GET', pad, { token: consulent });
    expect(resource.status).toBe(200);
    expect(resource.body.items.map((i: { bronId: string }) => i.bronId)).toContain(met);

    // A replay (the same notification, later than the tolerance) is refused by the sample receiver.
    const oud = await fetch(callback, {
      method: 'POST',
      body: eerste.body,
      headers: { 'content-type': 'application/json', 'wegwijs-signature': eerste.handtekening },
    });
    expect(oud.status).toBe(204);
    verschuivingS = 600;
    const replay = await fetch(callback, {
      method: 'POST',
      body: eerste.body,
      headers: { 'content-type': 'application/json', 'wegwijs-signature': eerste.handtekening },
    });
    expect(replay.status).toBe(401);
    verschuivingS = 0;

    // A withdrawal notifies.
    const intrekking = await p.api(
      'POST',
      `/v1/inburgeraars/${d.id}/toestemmingen/${gegeven.body.toestemmingId}/intrekking`,
      { token: d.inburgeraar },
    );
    expect(intrekking.status).toBe(200);
    await p.settled();
    expect(voor(d, 'zelfredzaamheid').map((o) => o.notificatie.actie)).toContain('verwijderd');

    // Deliveries are listed; another organisation sees nothing of this subscription.
    const lijst = await p.api('GET', `/v1/abonnementen/${abo.body.abonnementId}/afleveringen`, { token: consulent });
    expect(lijst.status).toBe(200);
    expect(lijst.body.items.length).toBeGreaterThanOrEqual(2);
    expect(lijst.body.items.every((i: { status: string }) => i.status === 'afgeleverd')).toBe(true);
    const ander = await p.token({ sub: 'c-ander', rol: 'inburgeringsconsulent', gemeenten: ['0599'] });
    expect((await p.api('GET', `/v1/abonnementen/${abo.body.abonnementId}`, { token: ander })).status).toBe(404);
    const eind = await p.api('DELETE', `/v1/abonnementen/${abo.body.abonnementId}`, { token: consulent });
    expect(eind.status).toBe(204);
    expect((await p.api('GET', `/v1/abonnementen/${abo.body.abonnementId}`, { token: consulent })).status).toBe(404);
  });

  it('retries with back-off while the receiver fails, then mislukt after 24 hours, and delivers again on request', async () => {
    // Minted anew at each use: the clock walks a day, beyond a token's lifetime.
    const tl = () => p.token({ sub: 'tl-abo', rol: 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] });
    const teamleider = await tl();
    const abo = await p.api('POST', '/v1/abonnementen', {
      token: teamleider,
      body: { callbackUrl: callback, kanalen: ['aanmeldingen'], geheim: GEHEIM },
    });
    expect(abo.status).toBe(201);
    const afleveringen = async () =>
      (await p.api('GET', `/v1/abonnementen/${abo.body.abonnementId}/afleveringen`, { token: await tl() })).body
        .items as { notificatieId: string; status: string; pogingen: number }[];

    // Another organisation in the same gemeente subscribes too: it never hears of vluchtelingenwerk's inburgeraars.
    const ander = await p.token({ sub: 'tl-hum', rol: 'teamleider', org: 'humanitas', gemeenten: ['0518'] });
    const anderAbo = await p.api('POST', '/v1/abonnementen', {
      token: ander,
      body: { callbackUrl: `${callback}/humanitas`, kanalen: ['aanmeldingen', 'traject', 'voortgang'], geheim: GEHEIM },
    });
    expect(anderAbo.status).toBe(201);

    faalt = true;
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const [eerste] = await afleveringen();
    expect(eerste).toMatchObject({ status: 'bezig', pogingen: 1 });
    // Two minutes on: the second attempt (after one minute) fails too; the receiver recovers; five more: delivered.
    await klok(2 * 60_000);
    await sweep();
    expect((await afleveringen())[0]).toMatchObject({ status: 'bezig', pogingen: 2 });
    faalt = false;
    await klok(7 * 60_000);
    await sweep();
    expect((await afleveringen())[0]).toMatchObject({ status: 'afgeleverd', pogingen: 3 });
    expect(ontvangen.some((o) => o.notificatie.resourceUrl.endsWith(`/v1/inburgeraars/${d.id}`))).toBe(true);

    // Failing for 24 hours: a dead letter (mislukt), which the subscriber can ask for again.
    faalt = true;
    const d2 = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    for (const uur of [1, 6, 12, 18, 25]) {
      await klok(uur * 3_600_000);
      await sweep();
    }
    const dood = (await afleveringen()).find((a) => a.status === 'mislukt');
    expect(dood).toBeDefined();
    faalt = false;
    const opnieuw = await p.api(
      'POST',
      `/v1/abonnementen/${abo.body.abonnementId}/afleveringen/${dood?.notificatieId}/opnieuw`,
      { token: await tl() },
    );
    expect(opnieuw.status).toBe(202);
    expect((await afleveringen()).find((a) => a.notificatieId === dood?.notificatieId)?.status).toBe('afgeleverd');
    expect(ontvangen.some((o) => o.notificatie.resourceUrl.endsWith(`/v1/inburgeraars/${d2.id}`))).toBe(true);
    const bijAnder = await p.api('GET', `/v1/abonnementen/${anderAbo.body.abonnementId}/afleveringen`, {
      token: await p.token({ sub: 'tl-hum', rol: 'teamleider', org: 'humanitas', gemeenten: ['0518'] }),
    });
    expect(bijAnder.body.items).toEqual([]);
    expect(ontvangen.some((o) => o.body.includes('humanitas'))).toBe(false);
    await p.api('DELETE', '/dev/klok');
    verschuivingS = 0;
  });

  it('notifies referrals, consents and questions only to the organisations that may read them', async () => {
    // Arrange: the gemeente, the assigned organisation and another organisation of the same gemeente subscribe.
    const kanalen = ['verwijzingen', 'toestemmingen', 'vragen'];
    const consulent = await p.token({ sub: 'c-kan', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const vwn = await p.token({ sub: 'tl-kan', rol: 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] });
    const hum = await p.token({ sub: 'tl-kan-h', rol: 'teamleider', org: 'humanitas', gemeenten: ['0518'] });
    for (const [token, pad] of [
      [consulent, '/kan-gemeente'],
      [vwn, '/kan-vwn'],
      [hum, '/kan-humanitas'],
    ] as const) {
      const abo = await p.api('POST', '/v1/abonnementen', {
        token,
        body: { callbackUrl: `${callback}${pad}`, kanalen, geheim: GEHEIM },
      });
      expect(abo.status).toBe(201);
    }
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const bij = (pad: string, kanaal: string) =>
      ontvangen
        .filter(
          (o) => o.pad.endsWith(pad) && o.notificatie.kanaal === kanaal && o.notificatie.resourceUrl.includes(d.id),
        )
        .map((o) => o.notificatie.actie);
    const lees = async (n: Notificatie | undefined, token: string) =>
      p.api('GET', new URL(n?.resourceUrl ?? 'http://x/').pathname, { token });
    const laatste = (pad: string, kanaal: string) =>
      ontvangen
        .filter(
          (o) => o.pad.endsWith(pad) && o.notificatie.kanaal === kanaal && o.notificatie.resourceUrl.includes(d.id),
        )
        .at(-1)?.notificatie;

    // Act + Assert: a consent for referrals and answers, given by the inburgeraar.
    const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['verwijzing', 'vraag-antwoord'],
        doel: 'verwijzing',
        taal: 'ti',
        tekstversie: 'toestemming-v1',
      },
    });
    expect(gegeven.status).toBe(201);
    await p.settled();
    expect(bij('/kan-gemeente', 'toestemmingen')).toEqual(['gegeven']);
    expect(bij('/kan-vwn', 'toestemmingen')).toEqual(['gegeven']);
    const consent = await lees(laatste('/kan-gemeente', 'toestemmingen'), consulent);
    expect(consent.status).toBe(200);
    expect(consent.body.items.map((t: { toestemmingId: string }) => t.toestemmingId)).toContain(
      gegeven.body.toestemmingId,
    );

    // A referral: the gemeente hears of it as the broker shared it; the partner's answer reaches both.
    const verwijzing = await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
      token: d.begeleider,
      body: { naar: 'wmo', toelichting: 'Hulp bij de aanvraag van een scootmobiel.' },
    });
    expect(verwijzing.status).toBe(201);
    await p.settled();
    expect(bij('/kan-gemeente', 'verwijzingen')).toEqual(['verstuurd']);
    const wmo = await p.token({ sub: 'wmo-kan', rol: 'wmo-consulent', org: 'gemeente-0518', gemeenten: ['0518'] });
    const acceptatie = await p.api(
      'POST',
      `/v1/inburgeraars/${d.id}/verwijzingen/${verwijzing.body.verwijzingId}/acceptatie`,
      { token: wmo, body: {} },
    );
    expect(acceptatie.status).toBe(200);
    await p.settled();
    expect(bij('/kan-gemeente', 'verwijzingen')).toEqual(['verstuurd', 'geaccepteerd']);
    expect(bij('/kan-vwn', 'verwijzingen')).toEqual(['geaccepteerd']);
    const referrals = await lees(laatste('/kan-gemeente', 'verwijzingen'), consulent);
    expect(referrals.status).toBe(200);
    expect(referrals.body.items).toEqual([
      expect.objectContaining({ verwijzingId: verwijzing.body.verwijzingId, status: 'geaccepteerd' }),
    ]);

    // A question of the consulent: the organisation it is put to, and the gemeente; the answer reaches the gemeente.
    const vraag = await p.api('POST', `/v1/inburgeraars/${d.id}/vragen`, {
      token: d.consulent,
      body: { onderwerp: 'school-kinderen', vraag: 'Gaat de oudste zoon weer naar school?' },
    });
    expect(vraag.status).toBe(201);
    await p.settled();
    expect(bij('/kan-vwn', 'vragen')).toEqual(['gesteld']);
    expect(bij('/kan-gemeente', 'vragen')).toEqual(['gesteld']);
    const vragen = await lees(laatste('/kan-vwn', 'vragen'), vwn);
    expect(vragen.status).toBe(200);
    expect(vragen.body.items.map((v: { vraagId: string }) => v.vraagId)).toContain(vraag.body.vraagId);
    const antwoord = await p.api('POST', `/v1/inburgeraars/${d.id}/vragen/${vraag.body.vraagId}/antwoord`, {
      token: d.begeleider,
      body: { antwoord: 'Ja, sinds maandag weer.' },
    });
    expect(antwoord.status).toBe(201);
    await p.settled();
    expect(bij('/kan-gemeente', 'vragen')).toEqual(['gesteld', 'beantwoord']);
    expect(bij('/kan-vwn', 'vragen')).toEqual(['gesteld']);

    // The withdrawal reaches both; another organisation of the same gemeente heard nothing of this inburgeraar.
    const intrekking = await p.api(
      'POST',
      `/v1/inburgeraars/${d.id}/toestemmingen/${gegeven.body.toestemmingId}/intrekking`,
      { token: d.inburgeraar },
    );
    expect(intrekking.status).toBe(200);
    await p.settled();
    expect(bij('/kan-gemeente', 'toestemmingen')).toEqual(['gegeven', 'ingetrokken']);
    expect(bij('/kan-vwn', 'toestemmingen')).toEqual(['gegeven', 'ingetrokken']);
    expect(ontvangen.filter((o) => o.pad.endsWith('/kan-humanitas'))).toEqual([]);

    // A consent that ends with a change of organisation (verlopen), in Rotterdam: the gemeente and the new
    // organisation hear it; the old one no longer may read the dossier and hears nothing more.
    const g = await nieuwDossier(p, '0599', 'vluchtelingenwerk');
    const groningen = await p.token({ sub: 'c-kan-g', rol: 'inburgeringsconsulent', gemeenten: ['0599'] });
    const oud = await p.token({ sub: 'tl-kan-g', rol: 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0599'] });
    const groUp = await p.token({ sub: 'tl-kan-gu', rol: 'teamleider', org: 'gro-up', gemeenten: ['0599'] });
    for (const [token, pad] of [
      [groningen, '/kan-0599'],
      [oud, '/kan-oud-0599'],
      [groUp, '/kan-group'],
    ] as const) {
      const abo = await p.api('POST', '/v1/abonnementen', {
        token,
        body: { callbackUrl: `${callback}${pad}`, kanalen: ['toestemmingen'], geheim: GEHEIM },
      });
      expect(abo.status).toBe(201);
    }
    const inG = (pad: string) =>
      ontvangen
        .filter((o) => o.pad.endsWith(pad) && o.notificatie.resourceUrl.includes(g.id))
        .map((o) => o.notificatie.actie);
    const tweede = await p.api('POST', `/v1/inburgeraars/${g.id}/toestemmingen`, {
      token: g.inburgeraar,
      body: {
        ontvanger: { gemeente: '0599' },
        categorieen: ['zelfredzaamheid'],
        doel: 'regie',
        taal: 'ti',
        tekstversie: 'toestemming-v1',
      },
    });
    expect(tweede.status).toBe(201);
    await p.settled();
    const wissel = await p.api('PUT', `/v1/inburgeraars/${g.id}/uitvoeringsorganisatie`, {
      token: g.consulent,
      body: { uitvoeringsorganisatie: 'gro-up', datum: vandaag() },
    });
    expect(wissel.status).toBe(200);
    await p.settled();
    expect(inG('/kan-0599')).toEqual(['gegeven', 'verlopen']);
    expect(inG('/kan-oud-0599')).toEqual(['gegeven']);
    expect(inG('/kan-group')).toEqual(['verlopen']);
    const laatsteGroUp = ontvangen.filter((o) => o.pad.endsWith('/kan-group')).at(-1)?.notificatie;
    const mbGroUp = await p.token({
      sub: 'mb-kan-gu',
      rol: 'maatschappelijk-begeleider',
      org: 'gro-up',
      gemeenten: ['0599'],
    });
    const nieuw = await lees(laatsteGroUp, mbGroUp);
    expect(nieuw.status).toBe(200);
    expect(
      nieuw.body.items.find((t: { toestemmingId: string }) => t.toestemmingId === tweede.body.toestemmingId),
    ).toMatchObject({ status: 'verlopen' });

    // Every notification is signed and names no person: no name, birth date, free text or question.
    const nu = Math.floor(Date.now() / 1000);
    for (const o of ontvangen.filter((x) => x.pad.includes('/kan-'))) {
      expect(verifieer(o.handtekening, o.body, GEHEIM, nu)).toBe(true);
      for (const persoonlijk of ['Yonas', 'Tesfaye', '1993-06-30', 'scootmobiel', 'school?', 'maandag']) {
        expect(o.body).not.toContain(persoonlijk);
      }
    }
  });
});
