import { type AttributeValue, ListTablesCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, VASTE_KLOK, vandaag } from '../support/datums';
import { MijnClient } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

/**
 * Issue 19, acceptance: a Den Haag traject ends, the clock moves past its bewaartermijn, the person is on the
 * vernietigingslijst, the informatiebeheerder approves; afterwards no table of any context holds the person's name,
 * birth date or id except the archief's verslag (the retained verwerkingenlog and access log name the verslag instead);
 * every path of the person is 404; the regie figures are unchanged; a postponed entry is not destroyed. Erasure
 * on error: the same scan right after the consulent's removal.
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ logLevel: 'WARN', klok: VASTE_KLOK });
}, 120_000);
afterAll(() => p?.stop());

const DEN_HAAG = '0518';
const ORG = 'vluchtelingenwerk';
const t = (rol: string, extra: Record<string, unknown> = {}) =>
  p.token({ sub: `${rol}-0518`, rol: rol as never, gemeenten: [DEN_HAAG], ...extra });

async function aanmelden(voornaam: string, geboortedatum: string): Promise<string> {
  const consulent = await t('inburgeringsconsulent');
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token: consulent,
    body: {
      gemeente: DEN_HAAG,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam, achternaam: `${voornaam}sdottir`, geboortedatum, talen: ['ar'] },
      koppelingsdatum: plusDagen(vandaag(), -90),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.inburgeraarId as string;
  const woning = await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
    token: consulent,
    body: { datum: plusDagen(vandaag(), -60) },
  });
  expect(woning.status).toBe(200);
  await p.settled();
  return id;
}

async function afronden(id: string) {
  const begeleider = await t('maatschappelijk-begeleider', { org: ORG });
  const res = await p.api('POST', `/v1/inburgeraars/${id}/afronding`, {
    token: begeleider,
    body: { datum: vandaag(), soort: 'eindgesprek' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  await p.settled();
}

/** Every item of every table of every context that holds one of these values, as `table pk sk`. */
async function sporen(...waarden: string[]): Promise<string[]> {
  const client = p.platform.dynamo.client;
  const { TableNames = [] } = await client.send(new ListTablesCommand({}));
  const hits: string[] = [];
  for (const tabel of TableNames) {
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tabel, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of page.Items ?? []) {
        const tekst = JSON.stringify(unmarshall(item));
        if (waarden.some((w) => tekst.includes(w))) hits.push(`${tabel} ${item.pk?.S} ${item.sk?.S}`);
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return hits;
}

/**
 * What may stay: the archief's vernietigingsverslag, and nothing else. The retained logs (the verwerkingenlog until
 * its own term, the access log's entries) are kept without the person's id: they name the verslag instead.
 */
const toegestaan = (hit: string) => / VERSLAG#/.test(hit);

/** The logs kept of a destroyed person, found by the verslag's id: the verwerkingenlog and the access log. */
async function bewaardeLogs(verslagId: string) {
  const hits = await sporen(verslagId);
  return {
    verwerkingenlog: hits.filter((h) => h.includes('-toestemming ') && h.includes(` bewaard#${verslagId} log#`)),
    toegangslog: hits.filter((h) => h.includes('-toegangslog ') && / log#0518 /.test(h)),
  };
}

/** The broker's reads of a destroyed person: its staat is gone, its log retained (ids only) under its own term. */
const BROKER_LEZEN = ['/toestemmingen', '/verwerkingen', '/voortgang'];

/** Every GET of one person in the OpenAPI document. */
const PADEN = (id: string) =>
  [
    '',
    ...BROKER_LEZEN,
    '/afspraken',
    '/begeleiders',
    '/begeleidingsplan',
    '/regeldag',
    '/tijdlijn',
    '/traject',
    '/verwijzingen',
    '/vragen',
  ].map((rest) => `/v1/inburgeraars/${id}${rest}`);

const regie = async () => {
  const res = await p.api('GET', `/v1/regie/fasen?gemeente=${DEN_HAAG}`, { token: await t('beleidsmedewerker') });
  expect(res.status).toBe(200);
  return res.body.cellen;
};

describe('destruction after the bewaartermijn, and erasure on error, over the whole platform', () => {
  it('approves, destroys in every context, keeps only the verslag; a postponed entry stays', async () => {
    // Arrange: two Den Haag trajecten that end today
    const id = await aanmelden('Zainab', '1991-04-17');
    const ander = await aanmelden('Farida', '1988-11-02');
    await afronden(id);
    await afronden(ander);
    expect((await sporen('Zainab', '1991-04-17', id)).length).toBeGreaterThan(3);

    // Act: six years on, the daily job puts them on the list
    p.platform.zetKlok(new Date(`${plusDagen(vandaag(), 6 * 366)}T10:00:00Z`));
    await p.api('POST', '/dev/planner');
    await p.settled();
    const beheerder = await t('informatiebeheerder');
    const lijst = await p.api('GET', `/v1/vernietigingslijst?gemeente=${DEN_HAAG}`, { token: beheerder });
    const uitstel = await p.api('POST', `/v1/vernietigingslijst/${ander}/uitstel`, {
      token: beheerder,
      body: { tot: plusDagen(vandaag(), 6 * 366 + 200), reden: 'bezwaar aanhangig' },
    });
    const figuren = await regie();
    const akkoord = await p.api('POST', `/v1/vernietigingslijst/${id}/akkoord`, {
      token: beheerder,
      headers: { 'idempotency-key': 'akkoord-zainab' },
    });
    await p.settled();

    // Assert
    expect(lijst.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId).sort()).toEqual([id, ander].sort());
    expect(uitstel.status).toBe(200);
    expect(akkoord.status).toBe(202);
    const verslagen = await p.api('GET', `/v1/vernietigingsverslagen?gemeente=${DEN_HAAG}`, { token: beheerder });
    expect(verslagen.body.items).toEqual([
      expect.objectContaining({ verslagId: akkoord.body.verslagId, inburgeraarId: id, voltooidOp: expect.any(String) }),
    ]);
    const over = await sporen('Zainab', '1991-04-17', id);
    expect(
      over.filter((h) => !toegestaan(h)),
      over.join('\n'),
    ).toEqual([]);
    expect(await sporen('Zainab', '1991-04-17')).toEqual([]);
    const bewaard = await bewaardeLogs(akkoord.body.verslagId);
    expect(bewaard.verwerkingenlog.length).toBeGreaterThan(1);
    expect(bewaard.toegangslog.length).toBeGreaterThan(0);
    // The FG reads the access log of the destroyed dossier through the verslag's id.
    const fg0518 = await t('functionaris-gegevensbescherming');
    const toegang = await p.api(
      'GET',
      `/v1/toegangslog?gemeente=${DEN_HAAG}&inburgeraarId=${akkoord.body.verslagId}&vanaf=2000-01-01&tot=2100-01-01`,
      { token: fg0518 },
    );
    expect(toegang.status, JSON.stringify(toegang.body)).toBe(200);
    expect(toegang.body.items.length).toBeGreaterThan(0);
    const fgToken = await t('functionaris-gegevensbescherming');
    const statussen = await Promise.all(
      PADEN(id).map(async (pad) => [pad, (await p.api('GET', pad, { token: fgToken })).status]),
    );
    expect(
      statussen
        .filter(([, status]) => status !== 404)
        .map(([pad, status]) => `${status} ${String(pad).replace(id, '{id}')}`),
    ).toEqual([]);
    expect(await regie()).toEqual(figuren);
    // The postponed person is untouched
    expect((await sporen('Farida', '1988-11-02')).length).toBeGreaterThan(0);
    const fg = await t('functionaris-gegevensbescherming');
    expect((await p.api('GET', `/v1/inburgeraars/${ander}`, { token: fg })).status).toBe(200);
  }, 180_000);

  it('erasure on error: nothing of the person is left right after the consulent removes the aanmelding', async () => {
    // The clock of the first walk moved on six years; the sign-in below needs the provider's time and the platform's.
    p.platform.zetKlok(new Date(VASTE_KLOK));
    const id = await aanmelden('Mariam', '1979-02-23');
    // The person is signed in on Mijn Wegwijs: the portaal keeps a session for them.
    const sessies = async () =>
      (await p.platform.dynamo.client.send(new ScanCommand({ TableName: 'wegwijs-lokaal-portaal' }))).Items?.filter(
        (i) => i.pk?.S?.startsWith('sessie#'),
      ).length ?? 0;
    const voor = await sessies();
    const mijn = new MijnClient(p.url);
    const ingelogd = await mijn.logIn(id);
    expect(ingelogd.status, ingelogd.url + ingelogd.html.slice(0, 300)).toBe(200);
    expect(await sessies(), ingelogd.url + ingelogd.html.slice(0, 600)).toBe(voor + 1);
    const res = await p.api('POST', `/v1/inburgeraars/${id}/verwijdering`, {
      token: await t('inburgeringsconsulent'),
      body: { reden: 'onterecht-aangemeld' },
    });
    await p.settled();
    expect(res.status).toBe(202);
    const over = await sporen('Mariam', '1979-02-23', id);
    expect(
      over.filter((h) => !toegestaan(h)),
      over.join('\n'),
    ).toEqual([]);
    expect(await sporen('Mariam', '1979-02-23')).toEqual([]);
    expect((await bewaardeLogs(res.body.verslagId)).verwerkingenlog.length).toBeGreaterThan(0);
    const consulent = await t('inburgeringsconsulent');
    const statussen = await Promise.all(
      PADEN(id).map(async (pad) => [pad, (await p.api('GET', pad, { token: consulent })).status]),
    );
    expect(
      statussen
        .filter(([, status]) => status !== 404)
        .map(([pad, status]) => `${status} ${String(pad).replace(id, '{id}')}`),
    ).toEqual([]);
  }, 180_000);

  it('every read of the broker about a destroyed person answers 404 (its log stays, its staat is gone)', async () => {
    const id = await aanmelden('Noor', '1984-07-09');
    const consulent = await t('inburgeringsconsulent');
    await p.api('POST', `/v1/inburgeraars/${id}/verwijdering`, { token: consulent, body: { reden: 'dubbel' } });
    await p.settled();
    for (const rest of BROKER_LEZEN) {
      expect((await p.api('GET', `/v1/inburgeraars/${id}${rest}`, { token: consulent })).status, rest).toBe(404);
    }
  }, 180_000);
});
