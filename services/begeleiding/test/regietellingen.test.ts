import { AanmeldingGeregistreerd, WoningToegewezen } from '@wegwijs/contracts';
import { saldo, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { type RegieOpnemer, regieOpnemer } from '@wegwijs/test-helpers/regietellingen';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { createPlanner } from '../src/handlers/planner';
import { begeleidingTabel } from '../src/tabel';
import { bronEvent, klok } from './support-omgeving';

let omgeving: TestOmgeving;
let regie: RegieOpnemer;
let http: ReturnType<typeof createHttpHandler>;
let consumer: ReturnType<typeof createConsumer>;
let planner: ReturnType<typeof createPlanner>;

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [begeleidingTabel] });
  gebruik(omgeving, 'begeleiding');
  regie = regieOpnemer(omgeving, klok);
  const deps = () => defaultDeps({ clock: klok, publisher: regie.publisher });
  http = createHttpHandler(deps());
  consumer = createConsumer(deps());
  planner = createPlanner(deps());
});
afterAll(() => omgeving.stop());
beforeEach(() => {
  klok.dag = '2025-05-01';
  regie.wis();
});

/** A telling as one readable line: `set/indicator maand dim=waarde|... ±delta`. */
const regels = (tellingen: readonly Telling[]) =>
  saldo(tellingen)
    .map(
      (t) =>
        `${t.indicatorset}/${t.indicator} ${t.maand} ${Object.entries(t.dimensies)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${k}=${v}`)
          .join('|')} ${t.delta > 0 ? '+' : ''}${t.delta}`,
    )
    .sort();

const ASH = 'doelgroep=asielstatushouder';
/** The tellingen one event carried. */
const inhoud = (e: { data: unknown } | undefined) =>
  (e?.data as { tellingen?: Telling[] } | undefined)?.tellingen ?? [];
const begeleider = (rol = 'teamleider') =>
  omgeving.token({ sub: 'mb-geheim', rol: rol as 'teamleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] });

/** A Den Haag traject through the consumer: koppeling 10 January, woningtoewijzing (the start of MB) 1 April 2025. */
async function gestart(id: string) {
  const meta = { inburgeraarId: id, gemeente: '0518' };
  await consumer(
    bronEvent(AanmeldingGeregistreerd, meta, {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: '2025-01-10',
    }),
  );
  await consumer(bronEvent(WoningToegewezen, meta, { datum: '2025-04-01' }));
}

describe('begeleiding publishes regie tellingen in the write of the traject', () => {
  it('the consumer: the aanmelding enters aangemeld; the woningtoewijzing starts MB, plans the opstart afspraken, waits', async () => {
    // Act
    await gestart('ib-regie-1');
    // Assert
    const [aanmelding, woning, ...rest] = regie.events();
    expect(rest).toEqual([]);
    expect(regels(inhoud(aanmelding))).toEqual([`fasen/inburgeraars 2025-01 ${ASH}|fase=aangemeld +1`]);
    // Den Haag plans four fixed afspraken (3.3) every two weeks from 1 April: 1, 15, 29 April; 13 May
    expect(regels(inhoud(woning))).toEqual([
      'afspraken/gepland 2025-04 fase=opstartfase +3',
      'afspraken/gepland 2025-05 fase=opstartfase +1',
      'capaciteit/wacht-op-maatje 2025-04  +1',
      `fasen/inburgeraars 2025-04 ${ASH}|fase=aangemeld -1`,
      `fasen/inburgeraars 2025-04 ${ASH}|fase=opstartfase +1`,
    ]);
    expect(woning?.bron).toBe('wegwijs.begeleiding');
    expect(woning?.meta).toEqual({
      gemeente: '0518',
      actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
      correlationId: expect.any(String),
      causationId: expect.any(String),
      // the trace the consuming delivery continues (or starts); it names nobody
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/),
    });
    expect(JSON.stringify(regie.inhoud())).not.toContain('ib-regie-1');
  });

  it('an afspraak planned, then attended: gepland, verschenen and the contactmoment per fase and vorm', async () => {
    // Arrange
    await gestart('ib-regie-2');
    const token = await begeleider();
    regie.wis();
    // Act
    const gepland = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/afspraken',
      params: { id: 'ib-regie-2' },
      body: { datum: '2025-05-20', vorm: 'huisbezoek' },
      token,
    });
    const planning = regels(regie.tellingen());
    regie.wis();
    klok.dag = '2025-05-21';
    const aanwezig = await roep(http, {
      method: 'PUT',
      routePath: '/v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid',
      params: { id: 'ib-regie-2', afspraakId: gepland.body.afspraakId },
      body: { status: 'verschenen', duurMinuten: 60 },
      token,
    });
    // Assert
    expect([gepland.status, aanwezig.status]).toEqual([201, 200]);
    expect(planning).toEqual(['afspraken/gepland 2025-05 fase=opstartfase +1']);
    expect(regels(regie.tellingen())).toEqual([
      'afspraken/verschenen 2025-05 fase=opstartfase +1',
      'contacten/contactmomenten 2025-05 fase=opstartfase|vorm=huisbezoek +1',
      'contacten/uren 2025-05 fase=opstartfase|vorm=huisbezoek +60',
    ]);
    expect(regie.events()[0]?.meta).toMatchObject({ actor: { rol: 'teamleider', org: 'vluchtelingenwerk' } });
    expect(JSON.stringify(regie.inhoud())).not.toMatch(/mb-geheim|ib-regie-2|afspraakId/);
  });

  it('a vaste begeleider ends the waiting; the planner moves the traject into the begeleidingsfase on 1 August', async () => {
    // Arrange
    await gestart('ib-regie-3');
    regie.wis();
    // Act
    const toegewezen = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/begeleiders',
      params: { id: 'ib-regie-3' },
      body: { begeleiderId: 'b-geheim', rol: 'vast', dienstverband: 'vrijwilliger', van: '2025-05-01' },
      token: await begeleider(),
    });
    const toewijzing = regels(regie.tellingen());
    regie.wis();
    klok.dag = '2025-08-02';
    await planner();
    // Assert
    expect(toegewezen.status).toBe(201);
    expect(toewijzing).toEqual([
      'capaciteit/toewijzingen 2025-05 dienstverband=vrijwilliger|rol=vast +1',
      'capaciteit/wacht-op-maatje 2025-05  -1',
    ]);
    // every traject of this file started on 1 April: each planner write moves one inburgeraar, in its own event
    const telling = regie.events().find((e) => inhoud(e)[0]?.indicator === 'begeleiders');
    const faseEvents = regie.events().filter((e) => e !== telling);
    const perWrite = faseEvents.map((e) => regels(inhoud(e)));
    expect(perWrite.length).toBeGreaterThan(0);
    // the first planner run of August counts the begeleiders of each gemeente: in Den Haag the one vaste volunteer
    expect(telling?.meta).toEqual({
      gemeente: '0518',
      actor: { rol: 'maatschappelijk-begeleider' },
      correlationId: expect.any(String),
    });
    expect(regels(inhoud(telling))).toEqual(['capaciteit/begeleiders 2025-08 dienstverband=vrijwilliger +1']);
    for (const lines of perWrite) {
      expect(lines).toEqual([
        `fasen/inburgeraars 2025-08 ${ASH}|fase=begeleidingsfase +1`,
        `fasen/inburgeraars 2025-08 ${ASH}|fase=opstartfase -1`,
      ]);
    }
    expect(JSON.stringify(regie.inhoud())).not.toContain('b-geheim');
  });

  it('the begeleiders are counted once a month: a second run adds nothing, the next month publishes the change', async () => {
    // Arrange: the count of August was made by the planner run of the test before
    klok.dag = '2025-08-20';
    await planner();
    const zelfdeMaand = regie.tellingen().filter((t) => t.indicator === 'begeleiders');
    const beeindigd = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging',
      params: { id: 'ib-regie-3', toewijzingId: await toewijzingVan('ib-regie-3') },
      body: { datum: '2025-08-20', reden: 'vrijwilliger-gestopt' },
      token: await begeleider(),
    });
    regie.wis();
    // Act
    klok.dag = '2025-09-01';
    await planner();
    // Assert
    expect(beeindigd.status).toBe(200);
    expect(zelfdeMaand).toEqual([]);
    expect(regels(regie.tellingen().filter((t) => t.indicator === 'begeleiders'))).toEqual([
      'capaciteit/begeleiders 2025-09 dienstverband=vrijwilliger -1',
    ]);
  });
});

async function toewijzingVan(id: string): Promise<string> {
  const res = await roep(http, {
    method: 'GET',
    routePath: '/v1/inburgeraars/{id}/begeleiders',
    params: { id },
    token: await begeleider(),
  });
  return res.body.items[0].toewijzingId as string;
}
