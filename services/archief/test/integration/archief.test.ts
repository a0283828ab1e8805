import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  AanmeldingGeregistreerd,
  type PersoonContext,
  type PersoonVernietigVerzoek,
  TrajectBeeindigd,
} from '@wegwijs/contracts';
import type { Clock } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vernietiger } from '../../src/adapters/vernietiger';
import { createConsumer } from '../../src/handlers/consumer';
import { defaultDeps } from '../../src/handlers/deps';
import { createHttpHandler } from '../../src/handlers/http';
import { createPlanner } from '../../src/handlers/planner';
import { archiefTabel } from '../../src/tabel';

let omgeving: TestOmgeving;
let nu = new Date('2026-03-02T09:00:00Z');
const klok: Clock = { now: () => new Date(nu) };

/** The contexts' `persoon` functions as the archief sees them: records every call; `storing` makes one context fail. */
const aanroepen: { context: PersoonContext; verzoek: PersoonVernietigVerzoek }[] = [];
let storing: PersoonContext | undefined;
const vernietiger: Vernietiger = {
  async vernietig(context, verzoek) {
    if (context === storing) throw new Error('crash');
    aanroepen.push({ context, verzoek });
    return { vernietigdOp: klok.now().toISOString() };
  },
};

let http: ReturnType<typeof createHttpHandler>;
let consumer: ReturnType<typeof createConsumer>;
let planner: ReturnType<typeof createPlanner>;
beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [archiefTabel] });
  gebruik(omgeving, 'archief');
  const deps = defaultDeps({ clock: klok, vernietiger });
  http = createHttpHandler(deps);
  consumer = createConsumer(deps);
  planner = createPlanner(deps);
});
afterAll(() => omgeving?.stop());

let n = 0;
const event = (contract: { detailType: string }, inburgeraarId: string, occurredAt: string, data: unknown) => {
  n++;
  return {
    version: '0',
    id: `eb-${n}`,
    'detail-type': contract.detailType,
    source: contract.detailType.startsWith('Trajec') ? 'wegwijs.begeleiding' : 'wegwijs.aanmelding',
    account: '000000000000',
    time: occurredAt,
    region: 'eu-west-1',
    resources: [],
    detail: {
      meta: {
        id: `ev-${n}`,
        occurredAt,
        gemeente: '0518',
        inburgeraarId,
        actor: { rol: 'inburgeringsconsulent', org: 'gemeente-0518', sub: 'c1' },
        correlationId: `c-${n}`,
      },
      data,
    },
  } as EventBridgeEvent<string, unknown>;
};
const aanmelding = (id: string, op: string) =>
  consumer(
    event(AanmeldingGeregistreerd, id, op, {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: op.slice(0, 10),
    }),
  );
const einde = (id: string, einddatum: string) =>
  consumer(event(TrajectBeeindigd, id, `${einddatum}T12:00:00.000Z`, { einddatum, gestart: true }));

const token = (rol: string, gemeenten = ['0518'], sub = `${rol}-1`) =>
  omgeving.issuer.mint({ sub, rol: rol as never, org: `gemeente-${gemeenten[0]}`, gemeenten });

const scan = async () => {
  const res = await omgeving.dynamo.client.send(new ScanCommand({ TableName: process.env.WEGWIJS_TABEL }));
  return (res.Items ?? []).map((i) => unmarshall(i));
};

describe('the archief against dynalite: the vernietigingslijst, approval, postponement, erasure, resumption', () => {
  it('puts people on the list on their day by the index, answers 404/403 outside reach or role', async () => {
    // Arrange: two trajecten that ended in 2021 (due 2026-03-01), one still running
    await aanmelding('ib-oud', '2020-01-10T10:00:00.000Z');
    await einde('ib-oud', '2021-03-01');
    await aanmelding('ib-uitstel', '2020-01-10T10:00:00.000Z');
    await einde('ib-uitstel', '2021-02-01');
    await aanmelding('ib-actief', '2025-06-01T10:00:00.000Z');
    const beheerder = await token('informatiebeheerder');

    // Act
    const voor = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingslijst',
      query: 'gemeente=0518',
      token: beheerder,
    });
    await planner({});
    const lijst = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingslijst',
      query: 'gemeente=0518',
      token: beheerder,
    });

    // Assert
    expect(voor.body.items).toEqual([]);
    expect(lijst.status).toBe(200);
    expect(lijst.body.items).toEqual([
      {
        inburgeraarId: 'ib-uitstel',
        einddatum: '2021-02-01',
        vernietigenVanaf: '2026-02-01',
        bron: expect.objectContaining({ soort: 'dossier' }),
      },
      expect.objectContaining({ inburgeraarId: 'ib-oud', einddatum: '2021-03-01', vernietigenVanaf: '2026-03-01' }),
    ]);
    const elders = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingslijst',
      query: 'gemeente=0363',
      token: beheerder,
    });
    expect(elders.status).toBe(404);
    const fg = await token('functionaris-gegevensbescherming');
    expect(
      (await roep(http, { method: 'GET', routePath: '/v1/vernietigingslijst', query: 'gemeente=0518', token: fg }))
        .status,
    ).toBe(403);
    const anderBeheer = await token('informatiebeheerder', ['0363']);
    const akkoordElders = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/akkoord',
      params: { inburgeraarId: 'ib-oud' },
      token: anderBeheer,
    });
    expect(akkoordElders.status).toBe(404);
    const consulent = await token('inburgeringsconsulent');
    const akkoordRol = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/akkoord',
      params: { inburgeraarId: 'ib-oud' },
      token: consulent,
    });
    expect(akkoordRol.status).toBe(403);
  });

  it('a postponed entry leaves the list and is not destroyed; it returns on its day', async () => {
    const beheerder = await token('informatiebeheerder');
    const uitstel = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/uitstel',
      params: { inburgeraarId: 'ib-uitstel' },
      body: { tot: '2026-09-01', reden: 'bezwaar aanhangig' },
      token: beheerder,
    });
    expect(uitstel).toMatchObject({ status: 200, body: { inburgeraarId: 'ib-uitstel', tot: '2026-09-01' } });
    const inVerleden = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/uitstel',
      params: { inburgeraarId: 'ib-oud' },
      body: { tot: '2026-01-01', reden: 'x' },
      token: beheerder,
    });
    expect(inVerleden.status).toBe(422);
    await planner({});
    const lijst = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingslijst',
      query: 'gemeente=0518',
      token: beheerder,
    });
    expect(lijst.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual(['ib-oud']);
  });

  it('approval destroys in every context; a failure half-way is resumed by the daily job without redoing a context', async () => {
    // Arrange: begeleiding's function fails the first time
    const beheerder = await token('informatiebeheerder');
    storing = 'begeleiding';

    // Act
    const akkoord = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/akkoord',
      params: { inburgeraarId: 'ib-oud' },
      token: beheerder,
      headers: { 'idempotency-key': 'akkoord-1' },
    });

    // Assert: accepted, the verslag says what is done
    expect(akkoord.status).toBe(202);
    const verslagId = akkoord.body.verslagId as string;
    const fg = await token('functionaris-gegevensbescherming');
    const half = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingsverslagen',
      query: 'gemeente=0518',
      token: fg,
    });
    expect(half.body.items).toHaveLength(1);
    expect(half.body.items[0]).toMatchObject({
      verslagId,
      inburgeraarId: 'ib-oud',
      reden: 'bewaartermijn-verstreken',
      goedgekeurdDoor: 'informatiebeheerder-1',
    });
    expect(half.body.items[0].voltooidOp).toBeUndefined();
    expect(
      half.body.items[0].contexten
        .filter((c: { vernietigdOp?: string }) => c.vernietigdOp)
        .map((c: { context: string }) => c.context),
    ).toEqual(['aanmelding', 'regeldag']);

    // Act: the daily job resumes
    storing = undefined;
    await planner({});

    // Assert: complete; each context destroyed exactly once; the archief keeps only the verslag
    const klaar = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingsverslagen',
      query: 'gemeente=0518',
      token: fg,
    });
    expect(klaar.body.items[0].voltooidOp).toBeDefined();
    expect(klaar.body.items[0].contexten.every((c: { vernietigdOp?: string }) => c.vernietigdOp)).toBe(true);
    expect(aanroepen.filter((a) => a.verzoek.inburgeraarId === 'ib-oud').map((a) => a.context)).toEqual([
      'aanmelding',
      'regeldag',
      'begeleiding',
      'sociaal-domein',
      'toestemming',
      'toegangslog',
    ]);
    expect(aanroepen.every((a) => a.verzoek.verslagId === verslagId && a.verzoek.fase === 'gegevens')).toBe(true);
    const items = (await scan()).filter((i) => JSON.stringify(i).includes('ib-oud'));
    expect(items.map((i) => i.pk)).toEqual([`VERSLAG#${verslagId}`]);
    // A repeated request answers the same; the person is gone for every other path
    const nogmaals = await roep(http, {
      method: 'POST',
      routePath: '/v1/vernietigingslijst/{inburgeraarId}/akkoord',
      params: { inburgeraarId: 'ib-oud' },
      token: beheerder,
    });
    expect(nogmaals.status).toBe(404);
    // A late event creates nothing again
    await aanmelding('ib-oud', '2020-01-10T10:00:00.000Z');
    await einde('ib-oud', '2021-03-01');
    expect((await scan()).filter((i) => JSON.stringify(i).includes('ib-oud'))).toHaveLength(1);
  });

  it('erasure on error: the consulent removes at once, with a verslag; 404 afterwards', async () => {
    const consulent = await token('inburgeringsconsulent');
    const res = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijdering',
      params: { id: 'ib-actief' },
      body: { reden: 'correctiesignaal', toelichting: 'DUO signal' },
      token: consulent,
    });
    expect(res.status).toBe(202);
    const fg = await token('functionaris-gegevensbescherming');
    const verslagen = await roep(http, {
      method: 'GET',
      routePath: '/v1/vernietigingsverslagen',
      query: 'gemeente=0518',
      token: fg,
    });
    expect(verslagen.body.items.find((v: { verslagId: string }) => v.verslagId === res.body.verslagId)).toMatchObject({
      inburgeraarId: 'ib-actief',
      reden: 'correctiesignaal',
      voltooidOp: expect.any(String),
    });
    expect(JSON.stringify(await scan())).not.toContain('DUO signal');
    const weer = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijdering',
      params: { id: 'ib-actief' },
      body: { reden: 'dubbel' },
      token: consulent,
    });
    expect(weer.status).toBe(404);
  });

  it('the retained verwerkingenlog goes at its own, longer term (fase logboek)', async () => {
    aanroepen.length = 0;
    await planner({});
    expect(aanroepen).toEqual([]);
    nu = new Date('2028-03-02T09:00:00Z'); // 7 years after the end in 2021
    await planner({});
    expect(aanroepen.map((a) => [a.context, a.verzoek.inburgeraarId, a.verzoek.fase])).toEqual([
      ['toestemming', 'ib-oud', 'logboek'],
    ]);
    await planner({});
    expect(aanroepen).toHaveLength(1);
  });
});
