import { KANALEN } from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { verifieer } from '../../../docs/abonnementen-ontvanger.mjs';
import { beoordeelCallback } from '../src/domain/callback';
import { onderteken } from '../src/domain/handtekening';
import { type AbonnementFilter, type Gebeurtenis, past, uitgifteVoor } from '../src/domain/notificatie';
import { naMislukking, OPGEVEN_NA_MS, wachttijdMs } from '../src/domain/schema';

const DEPLOYED = { loopbackHttp: false };
const LOKAAL = { loopbackHttp: true };
const URL = 'https://wegwijs.example';

describe('callback URLs', () => {
  it.each([
    ['http://127.0.0.1:9999/x', ['127.0.0.1']],
    ['https://10.1.2.3/x', ['10.1.2.3']],
    ['https://172.20.0.1/x', ['172.20.0.1']],
    ['https://192.168.1.1/x', ['192.168.1.1']],
    ['https://169.254.169.254/latest', ['169.254.169.254']],
    ['https://[::1]/x', ['::1']],
    ['https://[fe80::1]/x', ['fe80::1']],
    ['https://[fd00::1]/x', ['fd00::1']],
    ['https://[::ffff:192.168.0.1]/x', ['::ffff:192.168.0.1']],
    ['https://partner.example/x', ['93.184.216.34', '10.0.0.8']],
    ['https://partner.example/x', []],
    ['http://93.184.216.34/x', ['93.184.216.34']],
    ['https://user:pw@93.184.216.34/x', ['93.184.216.34']],
    ['ftp://93.184.216.34/x', ['93.184.216.34']],
  ])('refuses %s (resolving to %j) when deployed', (url, adressen) => {
    expect(beoordeelCallback(url, adressen, DEPLOYED)).toEqual(expect.any(String));
  });

  it('allows https to public addresses when deployed, and loopback http only by the local policy', () => {
    expect(
      beoordeelCallback('https://partner.example/hook', ['93.184.216.34', '2606:2800::1'], DEPLOYED),
    ).toBeUndefined();
    expect(beoordeelCallback('http://127.0.0.1:4000/hook', ['127.0.0.1'], LOKAAL)).toBeUndefined();
    expect(beoordeelCallback('http://10.0.0.1/hook', ['10.0.0.1'], LOKAAL)).toEqual(expect.any(String));
  });
});

describe('signature and back-off', () => {
  it('signs t.body with the secret; the sample receiver verifies it and refuses a replay or another secret', () => {
    const body = '{"notificatieId":"n1"}';
    const nu = new Date('2026-05-01T12:00:00Z');
    const kop = onderteken(body, 'geheim-van-16-tekens', nu);
    const t = nu.getTime() / 1000;
    expect(kop).toMatch(new RegExp(`^t=${t},v1=[0-9a-f]{64}$`));
    expect(verifieer(kop, body, 'geheim-van-16-tekens', t)).toBe(true);
    expect(verifieer(kop, body, 'een-ander-geheim-0', t)).toBe(false);
    expect(verifieer(kop, `${body} `, 'geheim-van-16-tekens', t)).toBe(false);
    expect(verifieer(kop, body, 'geheim-van-16-tekens', t + 301)).toBe(false);
  });

  it('backs off exponentially, retries for 24 hours, then mislukt', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(wachttijdMs)).toEqual([
      60_000, 240_000, 960_000, 3_840_000, 15_360_000, 21_600_000, 21_600_000,
    ]);
    const sinds = '2026-05-01T00:00:00.000Z';
    expect(naMislukking(sinds, 1, new Date(Date.parse(sinds) + 1000))).toEqual({
      status: 'bezig',
      volgendePoging: '2026-05-01T00:01:01.000Z',
    });
    expect(naMislukking(sinds, 12, new Date(Date.parse(sinds) + OPGEVEN_NA_MS - 1)).status).toBe('bezig');
    expect(naMislukking(sinds, 12, new Date(Date.parse(sinds) + OPGEVEN_NA_MS))).toEqual({ status: 'mislukt' });
  });
});

const event = (detailType: string, gemeente: string, data: Gebeurtenis['data']): Gebeurtenis => ({
  detailType,
  id: '01J0000000000000000000000A',
  occurredAt: '2026-05-01T12:00:00.000Z',
  gemeente,
  inburgeraarId: 'ib-1',
  data,
});
const abonnement = (org: string, gemeente: string, extra: Partial<AbonnementFilter> = {}): AbonnementFilter => ({
  org,
  rol: 'inburgeringsconsulent',
  gemeenten: [gemeente],
  kanalen: [...KANALEN],
  filters: {},
  ...extra,
});
const ontvangers = (e: Gebeurtenis, abonnementen: AbonnementFilter[]) => {
  const u = uitgifteVoor(e, URL);
  if (!u) return [];
  return abonnementen.filter((a) => u.ontvangers.some((o) => past(a, u.notificatie, o)));
};

describe.each([...PROFIELEN.keys()])('notifications in gemeente %s', (cbs) => {
  const gemeente = abonnement(`gemeente-${cbs}`, cbs);
  // The profile's organisation for MB; where the gemeente does MB itself (its own organisation), another one.
  const mb = PROFIELEN.get(cbs)?.doelgroepen.find((d) => d.uitvoeringsorganisatie)?.uitvoeringsorganisatie;
  const org = mb && mb !== `gemeente-${cbs}` ? mb : 'mb-organisatie';
  const uitvoering = abonnement(org, cbs, { rol: 'teamleider' });
  const ander = abonnement(`${org}-ander`, cbs, { rol: 'teamleider' });

  it('voortgang reaches the gemeente only as the broker shared it, narrowed to the role its consent names', () => {
    const gedeeld = event('VoortgangGedeeld.v1', cbs, { categorie: 'zelfredzaamheid', ontvanger: { gemeente: cbs } });
    const u = uitgifteVoor(gedeeld, URL);
    expect(u?.notificatie).toEqual({
      notificatieId: '01J0000000000000000000000A',
      kanaal: 'voortgang',
      actie: 'gedeeld',
      resourceUrl: `${URL}/v1/inburgeraars/ib-1/voortgang`,
      hoofdObject: `${URL}/v1/inburgeraars/ib-1`,
      aangemaaktOp: '2026-05-01T12:00:00.000Z',
      kenmerken: { gemeente: cbs, categorie: 'zelfredzaamheid' },
    });
    expect(ontvangers(gedeeld, [gemeente, uitvoering, ander])).toEqual([gemeente]);
    const perRol = event('VoortgangGedeeld.v1', cbs, {
      categorie: 'zelfredzaamheid',
      ontvanger: { gemeente: cbs, rol: 'inkomensconsulent' },
    });
    expect(ontvangers(perRol, [gemeente])).toEqual([]);
    expect(ontvangers(perRol, [{ ...gemeente, rol: 'inkomensconsulent' }])).toHaveLength(1);
    const verwijderd = event('GedeeldeVoortgangVerwijderd.v1', cbs, {
      categorie: 'zelfredzaamheid',
      ontvanger: { gemeente: cbs },
    });
    expect(uitgifteVoor(verwijderd, URL)?.notificatie.actie).toBe('verwijderd');
    expect(ontvangers(verwijderd, [gemeente])).toEqual([gemeente]);
    // A categorie event itself never makes a notification.
    expect(uitgifteVoor(event('MeetmomentVastgelegd.v1', cbs, { categorie: 'zelfredzaamheid' }), URL)).toBeUndefined();
  });

  it('filters by channel, gemeente and categorie', () => {
    const gedeeld = event('VoortgangGedeeld.v1', cbs, { categorie: 'trajectstatus', ontvanger: { gemeente: cbs } });
    expect(ontvangers(gedeeld, [{ ...gemeente, kanalen: ['aanmeldingen'] }])).toEqual([]);
    expect(ontvangers(gedeeld, [{ ...gemeente, filters: { categorie: 'zelfredzaamheid' } }])).toEqual([]);
    expect(ontvangers(gedeeld, [{ ...gemeente, filters: { categorie: 'trajectstatus', gemeente: cbs } }])).toHaveLength(
      1,
    );
  });

  it('tells an uitvoeringsorganisatie only of the inburgeraars assigned to it', () => {
    const aangemeld = event('AanmeldingGeregistreerd.v1', cbs, { uitvoeringsorganisatie: org });
    expect(ontvangers(aangemeld, [gemeente, uitvoering, ander])).toEqual([gemeente, uitvoering]);
    const gewijzigd = event('UitvoeringsorganisatieGewijzigd.v1', cbs, { naar: `${org}-ander` });
    expect(ontvangers(gewijzigd, [gemeente, uitvoering, ander])).toEqual([gemeente, ander]);
    // Outside the subscriber's gemeenten: nothing, whatever the organisation.
    expect(
      ontvangers(event('AanmeldingGeregistreerd.v1', '9999', { uitvoeringsorganisatie: org }), [uitvoering]),
    ).toEqual([]);
  });

  it('referrals: a referral reaches the gemeente as the broker shared it; its answer the gemeente and the organisation', () => {
    const verstuurd = event('VoortgangGedeeld.v1', cbs, { categorie: 'verwijzing', ontvanger: { gemeente: cbs } });
    expect(uitgifteVoor(verstuurd, URL)?.notificatie).toMatchObject({
      kanaal: 'verwijzingen',
      actie: 'verstuurd',
      resourceUrl: `${URL}/v1/inburgeraars/ib-1/verwijzingen`,
      kenmerken: { gemeente: cbs, categorie: 'verwijzing' },
    });
    expect(ontvangers(verstuurd, [gemeente, uitvoering, ander])).toEqual([gemeente]);
    expect(ontvangers(verstuurd, [{ ...gemeente, kanalen: ['voortgang'] }])).toEqual([]);
    for (const status of ['geaccepteerd', 'teruggewezen', 'afgerond']) {
      const antwoord = event('VerwijzingAfgerond.v1', cbs, { status, uitvoeringsorganisatie: org });
      expect(uitgifteVoor(antwoord, URL)?.notificatie).toMatchObject({
        kanaal: 'verwijzingen',
        actie: status,
        resourceUrl: `${URL}/v1/inburgeraars/ib-1/verwijzingen`,
      });
      expect(ontvangers(antwoord, [gemeente, uitvoering, ander])).toEqual([gemeente, uitvoering]);
    }
    // Another gemeente's referral: not this gemeente's subscription.
    expect(ontvangers(event('VerwijzingAfgerond.v1', '9999', { status: 'afgerond' }), [gemeente])).toEqual([]);
  });

  it('questions: asked, to the assigned organisation and the gemeente that asked; answered, to the gemeente as shared', () => {
    const gesteld = event('VoortgangGedeeld.v1', cbs, {
      categorie: 'consulentvraag',
      ontvanger: { gemeente: cbs },
      uitvoeringsorganisatie: org,
    });
    expect(uitgifteVoor(gesteld, URL)?.notificatie).toMatchObject({
      kanaal: 'vragen',
      actie: 'gesteld',
      resourceUrl: `${URL}/v1/inburgeraars/ib-1/vragen`,
    });
    expect(ontvangers(gesteld, [gemeente, uitvoering, ander])).toEqual([gemeente, uitvoering]);
    const beantwoord = event('VoortgangGedeeld.v1', cbs, { categorie: 'vraag-antwoord', ontvanger: { gemeente: cbs } });
    expect(uitgifteVoor(beantwoord, URL)?.notificatie).toMatchObject({ kanaal: 'vragen', actie: 'beantwoord' });
    expect(ontvangers(beantwoord, [gemeente, uitvoering, ander])).toEqual([gemeente]);
    // The gemeente's fact shared with the organisation stays on voortgang, for the organisation only.
    const inburgering = event('VoortgangGedeeld.v1', cbs, {
      categorie: 'inburgering',
      ontvanger: { gemeente: cbs },
      uitvoeringsorganisatie: org,
    });
    expect(uitgifteVoor(inburgering, URL)?.notificatie.kanaal).toBe('voortgang');
    expect(ontvangers(inburgering, [gemeente, uitvoering, ander])).toEqual([uitvoering]);
  });

  it('consents: given, withdrawn and verlopen reach the gemeente they name and the assigned organisation', () => {
    for (const [detailType, actie] of [
      ['ToestemmingGegeven.v1', 'gegeven'],
      ['ToestemmingIngetrokken.v1', 'ingetrokken'],
      ['ToestemmingVerlopen.v1', 'verlopen'],
    ] as const) {
      const e = event(detailType, cbs, {
        ontvanger: { gemeente: cbs, rol: 'wmo-consulent' },
        uitvoeringsorganisatie: org,
      });
      expect(uitgifteVoor(e, URL)?.notificatie).toMatchObject({
        kanaal: 'toestemmingen',
        actie,
        resourceUrl: `${URL}/v1/inburgeraars/ib-1/toestemmingen`,
        kenmerken: { gemeente: cbs },
      });
      // Every gemeente role may read the consents: the role a consent names narrows what is shared, not who hears.
      expect(ontvangers(e, [gemeente, uitvoering, ander])).toEqual([gemeente, uitvoering]);
      expect(ontvangers(e, [{ ...gemeente, kanalen: ['voortgang'] }])).toEqual([]);
      // A consent that names another gemeente: that gemeente's organisation, never this one.
      const elders = event(detailType, cbs, { ontvanger: { gemeente: '9999' } });
      expect(ontvangers(elders, [gemeente, uitvoering])).toEqual([]);
    }
    expect(uitgifteVoor(event('ToestemmingIngetrokken.v1', cbs, {}), URL)).toBeUndefined();
  });
});
