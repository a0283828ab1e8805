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
const ontvangen: { body: string; handtekening: string; notificatie: Notificatie }[] = [];
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
      ontvangen.push({ body, handtekening: String(req.headers['wegwijs-signature']), notificatie: JSON.parse(body) });
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
});
