import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, plusMaanden, VASTE_KLOK, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

/**
 * Issue 22 items 1 and 2 over HTTP on the local platform: afspraken the begeleider moves, cancels and re-plans (report
 * 3.3, 4.2.2), and an ending that waits for its steps (4.3). Time passes through the platform clock (`/dev/klok`).
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ klok: VASTE_KLOK });
});
afterAll(() => p?.stop());

const persoon = { voornaam: 'Samira', achternaam: 'Yousef', geboortedatum: '1988-02-03', talen: ['ar'] };
const consulent = (cbs: string) =>
  p.token({ sub: `consulent-${cbs}`, rol: 'inburgeringsconsulent', org: `gemeente-${cbs}`, gemeenten: [cbs] });
const begeleider = (cbs: string) =>
  p.token({ sub: `mb-${cbs}`, rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', gemeenten: [cbs] });

/** An asielstatushouder with a koppeling a month ago and a woningtoewijzing on `woning`. */
async function gestart(cbs: string, woning: string): Promise<string> {
  const c = await consulent(cbs);
  const koppelingsdatum = plusDagen(woning, -30);
  const aanmelding = await p.api('POST', '/v1/aanmeldingen', {
    token: c,
    body: { gemeente: cbs, doelgroep: 'asielstatushouder', persoon, koppelingsdatum },
  });
  expect(aanmelding.status).toBe(201);
  const id = aanmelding.body.inburgeraarId as string;
  const toewijzing = await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
    token: c,
    body: { datum: woning },
  });
  expect(toewijzing.status).toBe(200);
  await p.settled();
  return id;
}

interface AfspraakAntwoord {
  afspraakId: string;
  datum: string;
  status: string;
  vervangt?: string;
  vervangenDoor?: string;
  geschiedenis?: { op: string; actie: string; van?: string; naar?: string; afspraakId?: string; door?: string }[];
}

describe("1. Den Haag: the opstartfase has the report's fixed afspraken, moved, cancelled and re-planned (3.3, 4.2.2)", () => {
  it('plans "twee tot vier vaste afspraken", moves one, cancels one and re-plans it, the history kept', async () => {
    // Arrange
    const start = vandaag();
    const id = await gestart('0518', start);
    const mb = await begeleider('0518');
    const afspraken = async () =>
      (await p.api('GET', `/v1/inburgeraars/${id}/afspraken`, { token: mb })).body.items as AfspraakAntwoord[];

    // Act
    const gepland = await afspraken();
    const verplaatst = await p.api('POST', `/v1/inburgeraars/${id}/afspraken/opstart-2/verplaatsing`, {
      token: mb,
      body: { datum: plusDagen(start, 16), vorm: 'huisbezoek', reden: 'de school van de kinderen begint' },
    });
    const afgezegd = await p.api('PUT', `/v1/inburgeraars/${id}/afspraken/opstart-3/aanwezigheid`, {
      token: mb,
      body: { status: 'afgezegd', afgezegdDoor: 'inburgeraar' },
    });
    const opnieuw = await p.api('POST', `/v1/inburgeraars/${id}/afspraken`, {
      token: mb,
      body: { datum: plusDagen(start, 30), vervangt: 'opstart-3' },
    });
    const naar = await p.api('POST', `/v1/inburgeraars/${id}/afspraken/opstart-3/verplaatsing`, {
      token: mb,
      body: { datum: plusDagen(start, 31) },
    });
    const na = await afspraken();
    const zonderAfspraak = await p.api('GET', '/v1/begeleiding/zonder-afspraak?gemeente=0518', { token: mb });

    // Assert: Den Haag plans four (3.3: "twee tot vier"), every two weeks from the woningtoewijzing
    expect(gepland.map((a) => a.datum)).toEqual([0, 14, 28, 42].map((d) => plusDagen(start, d)));
    expect(verplaatst.status).toBe(200);
    expect(afgezegd.status).toBe(200);
    expect(opnieuw.status).toBe(201);
    expect(naar.status).toBe(409);
    const per = new Map(na.map((a) => [a.afspraakId, a]));
    expect(per.get('opstart-2')).toMatchObject({
      datum: plusDagen(start, 16),
      status: 'gepland',
      geschiedenis: [
        {
          op: start,
          actie: 'verplaatst',
          van: plusDagen(start, 14),
          naar: plusDagen(start, 16),
          reden: 'de school van de kinderen begint',
        },
      ],
    });
    expect(per.get('opstart-3')).toMatchObject({
      datum: plusDagen(start, 28),
      status: 'afgezegd',
      vervangenDoor: opnieuw.body.afspraakId,
      geschiedenis: [
        { op: start, actie: 'afgezegd', door: 'inburgeraar' },
        { op: start, actie: 'opnieuw-gepland', naar: plusDagen(start, 30), afspraakId: opnieuw.body.afspraakId },
      ],
    });
    expect(per.get(opnieuw.body.afspraakId)).toMatchObject({ status: 'gepland', vervangt: 'opstart-3' });
    expect(na).toHaveLength(5);
    expect(zonderAfspraak.status).toBe(200);
    expect(zonderAfspraak.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).not.toContain(id);
  });
});

describe('2. Roermond: past its einddatum the traject waits for the eindgesprek and the written overdracht (4.3)', () => {
  it('waits, shows on the worklist, takes the afronding two days late and then is closed', async () => {
    // Arrange: MB started today; Roermond's looptijd is six months
    const start = vandaag();
    const id = await gestart('0957', start);
    const einddatum = plusMaanden(start, 6);
    const opDag = async (dag: string) => {
      const klok = await p.api('POST', '/dev/klok', { body: { nu: `${dag}T10:00:00Z` } });
      expect(klok.status).toBe(200);
    };

    // Act: the day after the einddatum, then two days after it
    await opDag(plusDagen(einddatum, 1));
    const mb = await begeleider('0957');
    const wachtend = await p.api('GET', `/v1/inburgeraars/${id}/traject`, { token: mb });
    const lijst = await p.api('GET', '/v1/begeleiding/afronding-open?gemeente=0957', { token: mb });
    await opDag(plusDagen(einddatum, 2));
    const laat = await begeleider('0957');
    const zonderStappen = await p.api('POST', `/v1/inburgeraars/${id}/afronding`, {
      token: laat,
      body: { datum: plusDagen(einddatum, 2), soort: 'geleidelijk' },
    });
    const afronding = await p.api('POST', `/v1/inburgeraars/${id}/afronding`, {
      token: laat,
      body: {
        datum: plusDagen(einddatum, 2),
        soort: 'eindgesprek',
        overdracht: 'Schriftelijke overdracht aan de inburgeringsconsulent.',
      },
    });
    await p.settled();
    const lijstNa = await p.api('GET', '/v1/begeleiding/afronding-open?gemeente=0957', { token: laat });
    const voorGemeente = await p.api('GET', `/v1/inburgeraars/${id}/traject`, { token: await consulent('0957') });

    // Assert
    expect(wachtend.body).toMatchObject({
      fase: 'afrondingsfase',
      einddatum,
      afrondingOpen: { sinds: plusDagen(einddatum, 1), ontbreekt: ['eindgesprek', 'schriftelijke-overdracht'] },
    });
    expect(lijst.body.items).toContainEqual({
      inburgeraarId: id,
      einddatum,
      dagenNaEinddatum: 1,
      ontbreekt: ['eindgesprek', 'schriftelijke-overdracht'],
    });
    expect(zonderStappen.status).toBe(422);
    expect(afronding.status).toBe(200);
    expect(afronding.body).toMatchObject({
      fase: 'afgerond',
      afronding: {
        datum: plusDagen(einddatum, 2),
        soort: 'eindgesprek',
        schriftelijkeOverdrachtOp: plusDagen(einddatum, 2),
      },
    });
    expect(afronding.body.afrondingOpen).toBeUndefined();
    expect(lijstNa.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).not.toContain(id);
    // The gemeente sees the trajectstatus (afgerond, the day), not the overdracht's content.
    expect(voorGemeente.body).toMatchObject({ fase: 'afgerond' });
    expect(JSON.stringify(voorGemeente.body)).not.toContain('Schriftelijke overdracht aan');
  });
});
