import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INDICATORSETS } from '@wegwijs/contracts';
import { OPERATIES } from '@wegwijs/contracts/openapi/operaties';
import { organisatiesVan, profielVan } from '@wegwijs/profielen';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, VASTE_KLOK, vandaag } from '../support/datums';
import { type ApiResponse, startPlatform, type TestPlatform } from '../support/platform';
import { VERZOEKEN, VERZOEKEN_BESTAND, type VerzoekTabel, VerzoekTeller } from '../support/verzoeken';

/**
 * Issue 14: the AWS requests of every request type, counted end to end on the real local platform (dynalite and the
 * local AWS endpoint see every request and which service sent it), compared with the committed table
 * test/support/verzoeken.expected.json. A change that adds (or saves) a request fails here until the table is
 * updated on purpose: `WEGWIJS_VERZOEKEN_BIJWERKEN=1 npx vitest run test/e2e/verzoeken.test.ts` rewrites it.
 */

let p: TestPlatform;
const teller = new VerzoekTeller();
const gemeten: VerzoekTabel = {};
const NOOIT = 1_000_000_000;

/** Issue 23: a deployment this one accepts hand-overs from; the test signs one with its key. */
const ELDERS = generateKeyPairSync('ec', { namedCurve: 'P-256' });

beforeAll(async () => {
  // No timer-driven planner or relay runs: only what a request causes is counted. Events are delivered one at a
  // time, so two deliveries to one aggregate never contend: the table holds the requests without contention retries.
  // A fixed clock: the regie items a write touches depend on the months its dates fall in (issue 19, item 6).
  p = await startPlatform({
    plannerIntervalMs: NOOIT,
    relayIntervalMs: NOOIT,
    serieleBezorging: true,
    klok: VASTE_KLOK,
    verhuizing: {
      afzenders: [
        { naam: 'elders', gemeenten: ['0014'], jwks: { keys: [ELDERS.publicKey.export({ format: 'jwk' })] } },
      ],
    },
  });
  p.platform.luister(teller.luisteraar);
});
afterAll(() => p?.stop());

/** Counts one request and everything it causes (its events' deliveries, chained ones too) under `naam`. */
async function meet(naam: string, status: number, verzoek: () => Promise<ApiResponse>): Promise<ApiResponse> {
  await p.settled();
  teller.neem();
  const res = await verzoek();
  await p.settled();
  gemeten[naam] = teller.neem();
  expect(res.status, `${naam}: ${JSON.stringify(res.body)}`).toBe(status);
  return res;
}

const DEN_HAAG = '0518';
const ORG = 'vluchtelingenwerk';
const gister = () => plusDagen(vandaag(), -1);
const morgen = () => plusDagen(vandaag(), 1);

/** The first gemeente whose profile keeps the list, with its organisation (bellijst: Groningen; niet-gezien). */
function gemeenteMet(kenmerk: (cbs: string) => boolean): { cbs: string; org: string } {
  const cbs = p.platform.config.gemeenten.find(kenmerk);
  const org = cbs ? profielVan(cbs)?.uitvoeringsorganisatie : undefined;
  if (!cbs || !org) throw new Error('test setup: no gemeente keeps this list');
  return { cbs, org };
}

describe('AWS requests per request type, end to end', () => {
  it('every operation of the OpenAPI document, the planner run and the consumers match the committed table', async () => {
    // Arrange: the parties of one Den Haag dossier
    const token = (claims: Parameters<TestPlatform['token']>[0]) => p.token(claims);
    const consulent = await token({ sub: 'c-0518', rol: 'inburgeringsconsulent', gemeenten: [DEN_HAAG] });
    const begeleider = await token({
      sub: 'mb-0518',
      rol: 'maatschappelijk-begeleider',
      org: ORG,
      gemeenten: [DEN_HAAG],
    });
    const teamleider = await token({ sub: 'tl-0518', rol: 'teamleider', org: ORG, gemeenten: [DEN_HAAG] });
    const wmo = await token({ sub: 'wmo-0518', rol: 'wmo-consulent', gemeenten: [DEN_HAAG] });
    const fg = await token({ sub: 'fg-0518', rol: 'functionaris-gegevensbescherming', gemeenten: [DEN_HAAG] });
    const api = (method: string, pad: string, t: string | undefined, body?: unknown) =>
      p.api(method, pad, { ...(t ? { token: t } : {}), ...(body === undefined ? {} : { body }) });
    const start = plusDagen(vandaag(), -60);

    // Act, one request type at a time, in the order a traject goes
    // The planner with nothing due: its fixed cost (one index Query per gemeente).
    await meet('planner', 200, () => api('POST', '/dev/planner', undefined));
    await meet('GET /health', 200, () => api('GET', '/health', undefined));
    await meet('GET /v1/openapi.json', 200, () => api('GET', '/v1/openapi.json', undefined));
    await meet('GET /v1/gemeenten/{cbs}/profiel', 200, () =>
      api('GET', `/v1/gemeenten/${DEN_HAAG}/profiel`, consulent),
    );
    await meet('GET /v1/verwerkingsactiviteiten', 200, () => api('GET', '/v1/verwerkingsactiviteiten', consulent));
    const aanmelding = await meet('POST /v1/aanmeldingen', 201, () =>
      api('POST', '/v1/aanmeldingen', consulent, {
        gemeente: DEN_HAAG,
        doelgroep: 'asielstatushouder',
        persoon: { voornaam: 'Yonas', achternaam: 'Tesfaye', geboortedatum: '1993-06-30', talen: ['ti'] },
        koppelingsdatum: plusDagen(start, -20),
      }),
    );
    const id = aanmelding.body.inburgeraarId as string;
    const ib = `/v1/inburgeraars/${id}`;
    const inburgeraar = await token({ sub: id, rol: 'inburgeraar' });
    await meet('POST /v1/inburgeraars/{id}/woningtoewijzing', 200, () =>
      api('POST', `${ib}/woningtoewijzing`, consulent, { datum: start }),
    );
    await meet('POST /v1/inburgeraars/{id}/brp-inschrijving', 200, () =>
      api('POST', `${ib}/brp-inschrijving`, consulent, { datum: plusDagen(start, 2) }),
    );
    await meet('GET /v1/inburgeraars/{id}', 200, () => api('GET', ib, consulent));
    await meet('GET /v1/inburgeraars', 200, () => api('GET', `/v1/inburgeraars?gemeente=${DEN_HAAG}`, consulent));

    await meet('POST /v1/inburgeraars/{id}/inburgering', 200, () =>
      api('POST', `${ib}/inburgering`, consulent, { soort: 'brede-intake', datum: plusDagen(start, 3) }),
    );
    await meet('GET /v1/inburgeraars/{id}/tijdlijn', 200, () => api('GET', `${ib}/tijdlijn`, consulent));
    const vraag = await meet('POST /v1/inburgeraars/{id}/vragen', 201, () =>
      api('POST', `${ib}/vragen`, consulent, { onderwerp: 'examen', vraag: 'Wanneer is het examen?' }),
    );
    await meet('GET /v1/inburgeraars/{id}/vragen', 200, () => api('GET', `${ib}/vragen`, begeleider));
    await meet('POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord', 201, () =>
      api('POST', `${ib}/vragen/${vraag.body.vraagId}/antwoord`, begeleider, { antwoord: 'In juni.' }),
    );
    const regeldag = await meet('POST /v1/inburgeraars/{id}/regeldag', 201, () =>
      api('POST', `${ib}/regeldag`, begeleider, { datum: plusDagen(start, 5) }),
    );
    await meet('GET /v1/inburgeraars/{id}/regeldag', 200, () => api('GET', `${ib}/regeldag`, begeleider));
    const items = (regeldag.body.checklist as { item: string }[]).map((i) => i.item);
    const [eerste, ...rest] = items;
    await meet('PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}', 200, () =>
      api('PATCH', `${ib}/regeldag/checklist/${eerste}`, begeleider, { status: 'geregeld' }),
    );
    for (const item of rest) {
      const res = await api('PATCH', `${ib}/regeldag/checklist/${item}`, begeleider, { status: 'geregeld' });
      expect(res.status).toBe(200);
    }
    await meet('POST /v1/inburgeraars/{id}/opstartfase/afronding', 200, () =>
      api('POST', `${ib}/opstartfase/afronding`, begeleider, { datum: gister() }),
    );

    await meet('GET /v1/inburgeraars/{id}/traject', 200, () => api('GET', `${ib}/traject`, begeleider));
    await meet('PUT /v1/inburgeraars/{id}/begeleider', 200, () =>
      api('PUT', `${ib}/begeleider`, teamleider, { begeleiderId: 'mb-0518', soort: 'betaald' }),
    );
    const toestemming = await meet('POST /v1/inburgeraars/{id}/toestemmingen', 201, () =>
      api('POST', `${ib}/toestemmingen`, inburgeraar, {
        ontvanger: { gemeente: DEN_HAAG },
        categorieen: ['zelfredzaamheid', 'contactmomenten', 'signalen', 'verwijzing'],
        doel: 'verwijzing',
        expliciet: true,
        taal: 'ti',
        tekstversie: 'v1',
      }),
    );
    await meet('GET /v1/inburgeraars/{id}/toestemmingen', 200, () => api('GET', `${ib}/toestemmingen`, inburgeraar));
    await meet('POST /v1/inburgeraars/{id}/meetmomenten', 201, () =>
      api('POST', `${ib}/meetmomenten`, begeleider, { datum: gister(), scores: { 'financien-en-administratie': 3 } }),
    );
    await meet('POST /v1/inburgeraars/{id}/contactmomenten', 201, () =>
      api('POST', `${ib}/contactmomenten`, begeleider, { datum: gister(), vorm: 'huisbezoek', duurMinuten: 45 }),
    );
    // A migration's batch (issue 21): two contactmomenten and one meetmoment, one batch event per categorie.
    await meet('POST /v1/inburgeraars/{id}/historie', 201, () =>
      api('POST', `${ib}/historie`, begeleider, {
        contactmomenten: [
          { datum: gister(), vorm: 'telefoon', duurMinuten: 15 },
          { datum: gister(), vorm: 'kantoor', duurMinuten: 30 },
        ],
        meetmomenten: [{ datum: gister(), scores: { 'financien-en-administratie': 4 } }],
      }),
    );
    await meet('POST /v1/inburgeraars/{id}/voortgangsrapportages', 201, () =>
      api('POST', `${ib}/voortgangsrapportages`, begeleider, { datum: gister(), tekst: 'Gaat goed.' }),
    );
    const toewijzing = await meet('POST /v1/inburgeraars/{id}/begeleiders', 201, () =>
      api('POST', `${ib}/begeleiders`, teamleider, {
        begeleiderId: 'vb-1',
        rol: 'vast',
        dienstverband: 'betaald',
        van: vandaag(),
      }),
    );
    await meet('GET /v1/inburgeraars/{id}/begeleiders', 200, () => api('GET', `${ib}/begeleiders`, teamleider));
    await meet('POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging', 200, () =>
      api('POST', `${ib}/begeleiders/${toewijzing.body.toewijzingId}/beeindiging`, teamleider, {
        datum: vandaag(),
        reden: 'opstartfase-afgerond',
      }),
    );
    const vervolg = await meet('POST /v1/inburgeraars/{id}/afspraken', 201, () =>
      api('POST', `${ib}/afspraken`, begeleider, { datum: morgen(), vorm: 'huisbezoek' }),
    );
    await meet('POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing', 200, () =>
      api('POST', `${ib}/afspraken/${vervolg.body.afspraakId}/verplaatsing`, begeleider, {
        datum: plusDagen(morgen(), 1),
      }),
    );
    const afspraken = await meet('GET /v1/inburgeraars/{id}/afspraken', 200, () =>
      api('GET', `${ib}/afspraken`, begeleider),
    );
    await meet('PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid', 200, () =>
      api('PUT', `${ib}/afspraken/${afspraken.body.items[0].afspraakId}/aanwezigheid`, begeleider, {
        status: 'verschenen',
        duurMinuten: 60,
      }),
    );
    const plan = await meet('PUT /v1/inburgeraars/{id}/begeleidingsplan', 200, () =>
      api('PUT', `${ib}/begeleidingsplan`, begeleider, {
        datum: plusDagen(start, 10),
        leefgebieden: [{ leefgebied: 'financien-en-administratie', doelen: [{ omschrijving: 'Zelf de post openen' }] }],
      }),
    );
    await meet('GET /v1/inburgeraars/{id}/begeleidingsplan', 200, () =>
      api('GET', `${ib}/begeleidingsplan`, begeleider),
    );
    await meet('POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties', 201, () =>
      api('POST', `${ib}/begeleidingsplan/evaluaties`, begeleider, {
        datum: gister(),
        moment: 'meetmoment',
        doelen: [{ doelId: plan.body.leefgebieden[0].doelen[0].doelId, status: 'bezig' }],
      }),
    );
    await meet('GET /v1/inburgeraars/{id}/voortgang', 200, () => api('GET', `${ib}/voortgang`, consulent));
    await meet('GET /v1/inburgeraars/{id}/verwerkingen', 200, () => api('GET', `${ib}/verwerkingen`, fg));
    await meet('GET /v1/inburgeraars/{id}/inzage', 200, () => api('GET', `${ib}/inzage`, fg));

    await meet('GET /v1/begeleiding/caseload', 200, () =>
      api('GET', `/v1/begeleiding/caseload?gemeente=${DEN_HAAG}`, teamleider),
    );
    const bel = gemeenteMet((cbs) => Boolean(profielVan(cbs)?.bellijst));
    const belToken = await token({
      sub: 'mb-bel',
      rol: 'maatschappelijk-begeleider',
      org: bel.org,
      gemeenten: [bel.cbs],
    });
    await meet('GET /v1/begeleiding/bellijst', 200, () =>
      api('GET', `/v1/begeleiding/bellijst?gemeente=${bel.cbs}`, belToken),
    );
    const gezien = gemeenteMet((cbs) => Boolean(profielVan(cbs)?.maxDagenZonderContact));
    const gezienToken = await token({
      sub: 'mb-gezien',
      rol: 'maatschappelijk-begeleider',
      org: gezien.org,
      gemeenten: [gezien.cbs],
    });
    await meet('GET /v1/begeleiding/niet-gezien', 200, () =>
      api('GET', `/v1/begeleiding/niet-gezien?gemeente=${gezien.cbs}`, gezienToken),
    );
    // Issue 22 items 5 and 6: the nabellen worklist (Tholen, Roermond), group activities, enrolment and attendance.
    const nabel = gemeenteMet((cbs) => Boolean(profielVan(cbs)?.nabellen));
    const nabelToken = await token({
      sub: 'mb-nabel',
      rol: 'maatschappelijk-begeleider',
      org: nabel.org,
      gemeenten: [nabel.cbs],
    });
    await meet('GET /v1/begeleiding/nabellen', 200, () =>
      api('GET', `/v1/begeleiding/nabellen?gemeente=${nabel.cbs}`, nabelToken),
    );
    const groep = await meet('POST /v1/gemeenten/{cbs}/groepsactiviteiten', 201, () =>
      api('POST', `/v1/gemeenten/${DEN_HAAG}/groepsactiviteiten`, begeleider, {
        aanbod: 'groepsvoorlichting',
        bijeenkomsten: [gister()],
      }),
    );
    await meet('GET /v1/gemeenten/{cbs}/groepsactiviteiten', 200, () =>
      api('GET', `/v1/gemeenten/${DEN_HAAG}/groepsactiviteiten`, consulent),
    );
    await meet('POST /v1/inburgeraars/{id}/groepsactiviteiten', 201, () =>
      api('POST', `${ib}/groepsactiviteiten`, begeleider, { activiteitId: groep.body.activiteitId }),
    );
    await meet('PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid', 200, () =>
      api('PUT', `${ib}/groepsactiviteiten/${groep.body.activiteitId}/aanwezigheid`, begeleider, {
        datum: gister(),
        aanwezig: true,
      }),
    );
    await meet('GET /v1/inburgeraars/{id}/groepsactiviteiten', 200, () =>
      api('GET', `${ib}/groepsactiviteiten`, begeleider),
    );
    await meet('GET /v1/begeleiding/zonder-afspraak', 200, () =>
      api('GET', `/v1/begeleiding/zonder-afspraak?gemeente=${DEN_HAAG}`, begeleider),
    );
    await meet('GET /v1/begeleiding/afronding-open', 200, () =>
      api('GET', `/v1/begeleiding/afronding-open?gemeente=${DEN_HAAG}`, teamleider),
    );
    // Den Haag gives no form with the regular services (only Roermond, report 4.3): its refusal is measured.
    await meet('GET /v1/inburgeraars/{id}/afronding/dienstverleners', 422, () =>
      api('GET', `${ib}/afronding/dienstverleners?taal=ar`, begeleider),
    );

    const signaal = await meet('POST /v1/inburgeraars/{id}/signalen', 201, () =>
      api('POST', `${ib}/signalen`, begeleider, {
        datum: gister(),
        soort: 'financiele-zorgen',
        urgentie: 'midden',
        toelichting: 'Achterstand huur',
      }),
    );
    const verwijzing = await meet('POST /v1/inburgeraars/{id}/verwijzingen', 201, () =>
      api('POST', `${ib}/verwijzingen`, begeleider, {
        naar: 'wmo',
        signaalId: signaal.body.signaalId,
        toelichting: 'Hulp bij huishouden',
      }),
    );
    const verwijzingId = verwijzing.body.verwijzingId as string;
    await meet('GET /v1/inburgeraars/{id}/verwijzingen', 200, () => api('GET', `${ib}/verwijzingen`, begeleider));
    await meet('POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie', 200, () =>
      api('POST', `${ib}/verwijzingen/${verwijzingId}/acceptatie`, wmo, {}),
    );
    await meet('POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding', 200, () =>
      api('POST', `${ib}/verwijzingen/${verwijzingId}/afronding`, wmo, {}),
    );
    const tweede = await api('POST', `${ib}/verwijzingen`, begeleider, { naar: 'wmo', toelichting: 'Nog een vraag' });
    expect(tweede.status).toBe(201);
    await meet('POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing', 200, () =>
      api('POST', `${ib}/verwijzingen/${tweede.body.verwijzingId}/terugwijzing`, wmo, {
        reden: 'Geen capaciteit',
        redenCode: 'capaciteit',
      }),
    );

    const agenda = `/v1/casuistiekoverleg/${DEN_HAAG}/agenda`;
    const punt = await meet('POST /v1/casuistiekoverleg/{cbs}/agenda', 201, () =>
      api('POST', agenda, begeleider, { inburgeraarId: id, datum: morgen(), vraag: 'Hoe verder met de schulden?' }),
    );
    await meet('GET /v1/casuistiekoverleg/{cbs}/agenda', 200, () => api('GET', agenda, wmo));
    await meet('PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst', 200, () =>
      api('PUT', `${agenda}/${punt.body.agendapuntId}/uitkomst`, begeleider, { vervolg: 'binnen-inburgering' }),
    );

    await meet('POST /v1/inburgeraars/{id}/verlenging', 200, () =>
      api('POST', `${ib}/verlenging`, teamleider, {
        maanden: profielVan(DEN_HAAG)?.verlenging?.maanden,
        reden: 'Verzoek van de inburgeraar',
        verzoekVanInburgeraar: { datum: gister() },
      }),
    );
    await meet('POST /v1/inburgeraars/{id}/warme-overdracht', 201, () =>
      api('POST', `${ib}/warme-overdracht`, begeleider, { naar: 'wijkteam', datum: vandaag() }),
    );
    await meet('POST /v1/inburgeraars/{id}/afronding', 200, () =>
      api('POST', `${ib}/afronding`, begeleider, { datum: vandaag(), soort: 'warme-overdracht' }),
    );
    await meet('POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking', 200, () =>
      api('POST', `${ib}/toestemmingen/${toestemming.body.toestemmingId}/intrekking`, inburgeraar, {}),
    );
    const andere = organisatiesVan(p.platform.config, DEN_HAAG).find((o) => o.id !== ORG)?.id;
    await meet('PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie', 200, () =>
      api('PUT', `${ib}/uitvoeringsorganisatie`, consulent, {
        uitvoeringsorganisatie: andere ?? ORG,
        datum: vandaag(),
      }),
    );

    // Issue 13: the regie monitor reads one Query per gemeente (sets with a stand read every month up to `tot`).
    const beleid = await token({ sub: 'bm-0518', rol: 'beleidsmedewerker', gemeenten: [DEN_HAAG] });
    for (const set of INDICATORSETS) {
      await meet(`GET /v1/regie/${set}`, 200, () => api('GET', `/v1/regie/${set}?gemeente=${DEN_HAAG}`, beleid));
    }

    // Issue 20: the access log reads one Query per page (and one GetItem for a dossier's gemeente when filtered on it).
    await meet('GET /v1/toegangslog', 200, () => api('GET', `/v1/toegangslog?gemeente=${DEN_HAAG}&limit=10`, fg));
    await meet('GET /v1/toegangslog/signaleringen', 200, () =>
      api('GET', `/v1/toegangslog/signaleringen?gemeente=${DEN_HAAG}`, fg),
    );
    // Issue 19: the archief. The list is one index Query; erasure of an aanmelding received in error, at once.
    const beheer = async () => token({ sub: 'ibh-0518', rol: 'informatiebeheerder', gemeenten: [DEN_HAAG] });
    await meet('GET /v1/vernietigingslijst', 200, async () =>
      api('GET', `/v1/vernietigingslijst?gemeente=${DEN_HAAG}`, await beheer()),
    );
    const fout = await api('POST', '/v1/aanmeldingen', consulent, {
      gemeente: DEN_HAAG,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Dubbel', achternaam: 'Aangemeld', geboortedatum: '1990-01-01', talen: ['ar'] },
      koppelingsdatum: gister(),
    });
    await meet('POST /v1/inburgeraars/{id}/verwijdering', 202, () =>
      api('POST', `/v1/inburgeraars/${fout.body.inburgeraarId}/verwijdering`, consulent, { reden: 'dubbel' }),
    );
    // The traject that ended above passes its bewaartermijn: the clock moves on, the daily job puts it on the list.
    const verplaats = async (nu: string) => {
      p.platform.zetKlok(new Date(nu));
      await p.api('POST', '/dev/planner');
      await p.settled();
    };
    await verplaats(`${plusDagen(vandaag(), 6 * 366)}T10:00:00Z`);
    await meet('POST /v1/vernietigingslijst/{inburgeraarId}/uitstel', 200, async () =>
      api('POST', `/v1/vernietigingslijst/${id}/uitstel`, await beheer(), {
        tot: plusDagen(vandaag(), 6 * 366 + 30),
        reden: 'bezwaar aanhangig',
      }),
    );
    await verplaats(`${plusDagen(vandaag(), 6 * 366 + 31)}T10:00:00Z`);
    await meet('POST /v1/vernietigingslijst/{inburgeraarId}/akkoord', 202, async () =>
      api('POST', `/v1/vernietigingslijst/${id}/akkoord`, await beheer()),
    );
    await meet('GET /v1/vernietigingsverslagen', 200, async () =>
      api('GET', `/v1/vernietigingsverslagen?gemeente=${DEN_HAAG}`, await beheer()),
    );
    p.platform.zetKlok(new Date(VASTE_KLOK));

    // Issue 23: subscriptions. A notification costs the consumer one Query per organisation that may receive it, and
    // a delivery a PutItem, a claim, a GetItem of the subscription and its outcome; the sweep is one index Query.
    const ontvanger = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((r) => ontvanger.listen(0, '127.0.0.1', r));
    const callbackUrl = `http://127.0.0.1:${(ontvanger.address() as AddressInfo).port}/wegwijs`;
    const abo = await meet('POST /v1/abonnementen', 201, () =>
      api('POST', '/v1/abonnementen', consulent, {
        callbackUrl,
        kanalen: ['aanmeldingen'],
        geheim: 'geheim-van-zestien',
      }),
    );
    const aboPad = `/v1/abonnementen/${abo.body.abonnementId}`;
    await meet('GET /v1/abonnementen', 200, () => api('GET', '/v1/abonnementen', consulent));
    await meet('GET /v1/abonnementen/{id}', 200, () => api('GET', aboPad, consulent));
    await api('POST', '/v1/aanmeldingen', consulent, {
      gemeente: DEN_HAAG,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-02-01', talen: ['ar'] },
      koppelingsdatum: plusDagen(start, -20),
    });
    const afleveringen = await meet('GET /v1/abonnementen/{id}/afleveringen', 200, () =>
      api('GET', `${aboPad}/afleveringen`, consulent),
    );
    const notificatieId = afleveringen.body.items[0]?.notificatieId as string;
    await meet('POST /v1/abonnementen/{id}/afleveringen/{notificatieId}/opnieuw', 202, () =>
      api('POST', `${aboPad}/afleveringen/${notificatieId}/opnieuw`, consulent),
    );
    await meet('DELETE /v1/abonnementen/{id}', 204, () => api('DELETE', aboPad, consulent));
    ontvanger.close();

    // Issue 23: a move within the deployment (Den Haag to Rotterdam): one write of the dossier, each context's move;
    // and a hand-over received from another deployment: one write of the new dossier and what its aanmelding causes.
    const verhuizer = await api('POST', '/v1/aanmeldingen', consulent, {
      gemeente: DEN_HAAG,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Samir', achternaam: 'Khalil', geboortedatum: '1991-03-04', talen: ['ar'] },
      koppelingsdatum: plusDagen(start, -20),
    });
    await meet('POST /v1/inburgeraars/{id}/verhuizing', 200, () =>
      api('POST', `/v1/inburgeraars/${verhuizer.body.inburgeraarId}/verhuizing`, consulent, {
        naarGemeente: '0599',
        datum: vandaag(),
      }),
    );
    const overdracht = await new SignJWT({
      verhuizingId: '01JVERHUIZINGELDERS00000000',
      inburgeraarId: '01JINBURGERAARELDERS0000000',
      van: '0014',
      naar: DEN_HAAG,
      datum: vandaag(),
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Hiwet', achternaam: 'Berhane', geboortedatum: '1995-07-08', talen: ['ti'] },
      aangemeldOp: `${plusDagen(start, -20)}T09:00:00.000Z`,
      koppelingsdatum: plusDagen(start, -20),
      traject: { fase: 'opstartfase', startdatum: start },
      inburgering: [],
      mbMijlpalen: {},
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'wegwijs-verhuizing+jwt' })
      .setIssuer('elders')
      .setAudience(p.url)
      // The signature's own time is the machine's (jose's), not the platform clock the scenario set.
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(ELDERS.privateKey);
    await meet('POST /v1/verhuizingen', 200, () => api('POST', '/v1/verhuizingen', undefined, { overdracht }));

    if (process.env.WEGWIJS_VERZOEKEN_BIJWERKEN === '1') {
      writeFileSync(VERZOEKEN_BESTAND, `${JSON.stringify(gemeten, null, 2)}\n`);
    }

    // Assert: every operation of the document was counted, nothing ever Scans, and the counts are the committed ones
    expect(Object.keys(gemeten).sort()).toEqual([...Object.keys(OPERATIES), 'planner'].sort());
    const scans = Object.entries(gemeten).filter(([, t]) => Object.values(t).some((ops) => (ops.Scan ?? 0) > 0));
    expect(scans.map(([naam]) => naam)).toEqual([]);
    expect(gemeten).toEqual(VERZOEKEN);
  });
});
