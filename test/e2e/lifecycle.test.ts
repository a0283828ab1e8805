import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, plusMaanden, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

interface Casus {
  naam: string;
  cbs: string;
  org: string;
  koppelingsdatum: string;
  woningtoewijzing: string;
  einddatum: string;
  leefgebied: string;
  vreemdLeefgebied: string;
  /** INOVA names leefgebieden as examples (report 4.2.2): other leefgebieden are accepted too. */
  ruimLeefgebied?: boolean;
  verlenging: { status: number; einddatum?: string };
  afronding: { soort: string; overdracht?: string };
}

// A traject that started 60 days ago: well inside the looptijd, whatever day the tests run.
const START = plusDagen(vandaag(), -60);
const KOPPELING = plusDagen(START, -30);
const dag = (n: number) => plusDagen(START, n);

const CASES: Casus[] = [
  {
    naam: 'Den Haag (VluchtelingenWerk, 12 months, one verlenging of 6 on request)',
    cbs: '0518',
    org: 'vluchtelingenwerk',
    koppelingsdatum: KOPPELING,
    woningtoewijzing: START,
    einddatum: plusMaanden(START, 12),
    leefgebied: 'financien-en-administratie',
    vreemdLeefgebied: 'huisvesting',
    verlenging: { status: 200, einddatum: plusMaanden(START, 18) },
    afronding: { soort: 'warme-overdracht' },
  },
  {
    naam: 'Castricum (Zaffier, INOVA, 12 months, one verlenging of 6 on request)',
    cbs: '0383',
    org: 'inova',
    koppelingsdatum: KOPPELING,
    woningtoewijzing: START,
    einddatum: plusMaanden(START, 12),
    leefgebied: 'huisvesting',
    vreemdLeefgebied: 'jeugd-en-school',
    ruimLeefgebied: true,
    verlenging: { status: 200, einddatum: plusMaanden(START, 18) },
    afronding: { soort: 'eindgesprek' },
  },
];

describe.each(CASES)('one inburgeraar in $naam from aanmelding to afronding over HTTP', (c) => {
  it('walks the whole traject', async () => {
    const consulent = await p.token({
      sub: `consulent-${c.cbs}`,
      rol: 'inburgeringsconsulent',
      org: `gemeente-${c.cbs}`,
      gemeenten: [c.cbs],
    });
    const begeleider = await p.token({
      sub: `mb-${c.cbs}`,
      rol: 'maatschappelijk-begeleider',
      org: c.org,
      gemeenten: [c.cbs],
    });
    const api = (method: string, path: string, token: string, body?: unknown) =>
      p.api(method, path, { token, ...(body === undefined ? {} : { body }) });

    // Aanmelding by the gemeente's inburgeringsconsulent
    const aanmelding = await api('POST', '/v1/aanmeldingen', consulent, {
      gemeente: c.cbs,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-04-12', talen: ['ar'] },
      koppelingsdatum: c.koppelingsdatum,
    });
    expect(aanmelding.status).toBe(201);
    expect(aanmelding.body).toMatchObject({
      gemeente: c.cbs,
      doelgroep: 'asielstatushouder',
      status: 'aangemeld',
      uitvoeringsorganisatie: c.org,
    });
    const id = aanmelding.body.inburgeraarId as string;

    // Woningtoewijzing (the start of MB in these profiles) and BRP-inschrijving (the legal start)
    expect(
      (await api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, consulent, { datum: c.woningtoewijzing })).status,
    ).toBe(200);
    expect(
      (await api('POST', `/v1/inburgeraars/${id}/brp-inschrijving`, consulent, { datum: c.woningtoewijzing })).status,
    ).toBe(200);
    const inburgeraar = await api('GET', `/v1/inburgeraars/${id}`, consulent);
    expect(inburgeraar.body).toMatchObject({
      inburgeraarId: id,
      traject: { startdatum: c.woningtoewijzing, einddatum: c.einddatum },
    });

    // Regeldag: the checklist from the profile; every item arranged; the opstartfase closed
    const regeldag = await api('POST', `/v1/inburgeraars/${id}/regeldag`, begeleider, {
      datum: c.woningtoewijzing,
      locatie: 'stadskantoor',
    });
    expect(regeldag.status).toBe(201);
    const checklist = regeldag.body.checklist as { item: string; categorie: string; status: string }[];
    expect(checklist.length).toBeGreaterThan(10);
    expect(checklist.every((i) => i.status === 'open' && ['HV', 'FIN', 'INS', 'VL'].includes(i.categorie))).toBe(true);
    expect(checklist.some((i) => i.item === 'voedselbank')).toBe(false);
    for (const [n, { item }] of checklist.entries()) {
      const status = n % 4 === 3 ? 'niet-van-toepassing' : 'geregeld';
      const res = await api('PATCH', `/v1/inburgeraars/${id}/regeldag/checklist/${item}`, begeleider, { status });
      expect(res.status).toBe(200);
    }
    expect(
      (await api('POST', `/v1/inburgeraars/${id}/opstartfase/afronding`, begeleider, { datum: dag(30) })).status,
    ).toBe(200);

    // Begeleiding: the traject, a meetmoment on the gemeente's own leefgebieden, contact, a rapportage
    const traject = await api('GET', `/v1/inburgeraars/${id}/traject`, begeleider);
    expect(traject.body).toMatchObject({
      fase: 'begeleidingsfase',
      startdatum: c.woningtoewijzing,
      einddatum: c.einddatum,
      verlengingen: 0,
    });
    const meetmoment = await api('POST', `/v1/inburgeraars/${id}/meetmomenten`, begeleider, {
      datum: dag(40),
      scores: { [c.leefgebied]: 3 },
    });
    expect(meetmoment.status).toBe(201);
    expect(meetmoment.body.meetmomentId).toEqual(expect.any(String));
    const vreemd = await api('POST', `/v1/inburgeraars/${id}/meetmomenten`, begeleider, {
      datum: dag(40),
      scores: { [c.vreemdLeefgebied]: 3 },
    });
    expect(vreemd.status).toBe(c.ruimLeefgebied ? 201 : 422);
    const contact = await api('POST', `/v1/inburgeraars/${id}/contactmomenten`, begeleider, {
      datum: dag(45),
      vorm: 'huisbezoek',
      duurMinuten: 45,
    });
    expect(contact.status).toBe(201);
    const rapportage = await api('POST', `/v1/inburgeraars/${id}/voortgangsrapportages`, begeleider, {
      datum: dag(50),
      tekst: 'Gaat goed.',
    });
    expect(rapportage.status).toBe(201);

    // Verlenging where the profile offers it (once), on the inburgeraar's explicit request (report 3.3.4)
    const zonderVerzoek = await api('POST', `/v1/inburgeraars/${id}/verlenging`, begeleider, {
      maanden: 6,
      reden: 'Nog niet zelfredzaam',
    });
    expect(zonderVerzoek.status).toBe(422);
    const verlenging = await api('POST', `/v1/inburgeraars/${id}/verlenging`, begeleider, {
      maanden: 6,
      reden: 'Nog niet zelfredzaam',
      verzoekVanInburgeraar: { datum: dag(50) },
    });
    expect(verlenging.status).toBe(c.verlenging.status);
    if (c.verlenging.einddatum) {
      expect((await api('GET', `/v1/inburgeraars/${id}/traject`, begeleider)).body).toMatchObject({
        einddatum: c.verlenging.einddatum,
        verlengingen: 1,
      });
      expect(
        (
          await api('POST', `/v1/inburgeraars/${id}/verlenging`, begeleider, {
            maanden: 6,
            reden: 'Nog eens',
            verzoekVanInburgeraar: { datum: dag(50) },
          })
        ).status,
      ).toBe(422);
    }

    // The gemeente reads status but may not write to the traject
    expect((await api('GET', `/v1/inburgeraars/${id}/traject`, consulent)).status).toBe(200);
    expect(
      (
        await api('POST', `/v1/inburgeraars/${id}/contactmomenten`, consulent, {
          datum: dag(45),
          vorm: 'telefoon',
          duurMinuten: 5,
        })
      ).status,
    ).toBe(403);

    // Afronding
    const afronding = await api('POST', `/v1/inburgeraars/${id}/afronding`, begeleider, {
      datum: dag(55),
      ...c.afronding,
    });
    expect(afronding.status).toBe(200);
    expect((await api('GET', `/v1/inburgeraars/${id}/traject`, begeleider)).body.fase).toBe('afgerond');
    expect(
      (await api('POST', `/v1/inburgeraars/${id}/afronding`, begeleider, { datum: dag(56), ...c.afronding })).status,
    ).toBe(409);
    await p.settled();
    expect((await api('GET', `/v1/inburgeraars/${id}`, consulent)).body).toMatchObject({
      traject: { fase: 'afgerond' },
    });
  });
});

describe('tenancy over HTTP', () => {
  it('hides an inburgeraar of another gemeente and refuses gezinsmigranten outside Rotterdam', async () => {
    const denHaag = await p.token({ sub: 'c-0518', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const groningen = await p.token({ sub: 'c-0014', rol: 'inburgeringsconsulent', gemeenten: ['0014'] });
    const persoon = { voornaam: 'Samir', achternaam: 'Nasser', geboortedatum: '1985-01-02', talen: ['ti'] };
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: denHaag,
      body: { gemeente: '0518', doelgroep: 'nareiziger', persoon, koppelingsdatum: KOPPELING },
    });
    expect(res.status).toBe(201);
    expect((await p.api('GET', `/v1/inburgeraars/${res.body.inburgeraarId}`, { token: groningen })).status).toBe(404);
    const gezinsmigrant = await p.api('POST', '/v1/aanmeldingen', {
      token: denHaag,
      body: { gemeente: '0518', doelgroep: 'gezinsmigrant', persoon, koppelingsdatum: KOPPELING },
    });
    expect(gezinsmigrant.status).toBe(422);
    expect(
      (
        await p.api('POST', '/v1/aanmeldingen', {
          token: groningen,
          body: { gemeente: '0518', doelgroep: 'nareiziger', persoon, koppelingsdatum: KOPPELING },
        })
      ).status,
    ).toBe(404);
    const rotterdam = await p.token({ sub: 'c-0599', rol: 'inburgeringsconsulent', gemeenten: ['0599'] });
    const gm = await p.api('POST', '/v1/aanmeldingen', {
      token: rotterdam,
      body: { gemeente: '0599', doelgroep: 'gezinsmigrant', persoon },
    });
    expect(gm.body).toMatchObject({ uitvoeringsorganisatie: 'aanbieder-gezinsmigranten' });
  });
});
