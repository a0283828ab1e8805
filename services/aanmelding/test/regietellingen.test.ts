import { VoortgangGedeeld } from '@wegwijs/contracts';
import { event } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { type RegieOpnemer, regieOpnemer } from '@wegwijs/test-helpers/regietellingen';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { aanmeldingTabel } from '../src/tabel';
import { aanmeldingVoor, klok } from './support';

let omgeving: TestOmgeving;
let regie: RegieOpnemer;
let handler: ReturnType<typeof createHttpHandler>;

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [aanmeldingTabel] });
  gebruik(omgeving, 'aanmelding');
  regie = regieOpnemer(omgeving, klok);
  handler = createHttpHandler(defaultDeps({ clock: klok, publisher: regie.publisher }));
  omgeving.bus.register('aanmelding', createConsumer(defaultDeps({ clock: klok, publisher: regie.publisher })));
});
afterAll(() => omgeving.stop());
beforeEach(() => regie.wis());

const consulent = () => omgeving.token({ sub: 'c-1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });

async function meldAan(): Promise<string> {
  const res = await roep(handler, {
    method: 'POST',
    routePath: '/v1/aanmeldingen',
    body: aanmeldingVoor('0518', 'nareiziger', '2026-01-15'),
    token: await consulent(),
  });
  expect(res.status).toBe(201);
  return res.body.inburgeraarId as string;
}

const woning = async (id: string, datum: string) =>
  roep(handler, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/woningtoewijzing',
    params: { id },
    body: { datum },
    token: await consulent(),
  });

describe('aanmelding publishes regie tellingen in the write that records the fact', () => {
  it('an aanmelding: one anonymous RegietellingenBijgewerkt with the aanmelding per doelgroep, nothing personal', async () => {
    // Act
    const id = await meldAan();
    // Assert
    const [e, ...rest] = regie.events();
    expect(rest).toEqual([]);
    expect(e?.bron).toBe('wegwijs.aanmelding');
    expect(e?.meta).toEqual({
      gemeente: '0518',
      actor: { rol: 'inburgeringsconsulent', org: 'gemeente-0518' },
      correlationId: expect.any(String),
      // the request's W3C trace (a new one: the request sent no traceparent); it names nobody
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
    });
    expect(e?.data).toEqual({
      tellingen: [
        {
          indicatorset: 'fasen',
          indicator: 'aanmeldingen',
          maand: '2026-01',
          dimensies: { doelgroep: 'nareiziger' },
          delta: 1,
        },
      ],
    });
    const tekst = JSON.stringify(regie.inhoud());
    for (const geheim of [id, 'Amal', 'Haddad', '1990-05-01', 'c-1', 'vluchtelingenwerk']) {
      expect(tekst).not.toContain(geheim);
    }
  });

  it('a woningtoewijzing counts koppeling--woningtoewijzing with its days; the same date again counts nothing', async () => {
    // Arrange
    const id = await meldAan();
    regie.wis();
    // Act
    const eerste = await woning(id, '2026-02-02');
    const tweede = await woning(id, '2026-02-02');
    // Assert: 15 January to 2 February is 18 days
    expect([eerste.status, tweede.status]).toEqual([200, 200]);
    expect(regie.tellingen()).toEqual([
      {
        indicatorset: 'doorlooptijden',
        indicator: 'koppeling--woningtoewijzing',
        maand: '2026-02',
        dimensies: {},
        delta: 1,
        dagen: 18,
      },
    ]);
  });

  it("the broker's shared regeldag, applied by the consumer, counts the doorlooptijd it completes, caused by that event", async () => {
    // Arrange
    const id = await meldAan();
    await woning(id, '2026-02-02');
    const brp = await roep(handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/brp-inschrijving',
      params: { id },
      body: { datum: '2026-02-03' },
      token: await consulent(),
    });
    expect(brp.status).toBe(200);
    regie.wis();
    const gedeeld = event(
      VoortgangGedeeld,
      {
        gemeente: '0518',
        inburgeraarId: id,
        actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', sub: 'geheim-sub' },
        correlationId: 'c-regeldag',
      },
      {
        bronId: `regeldag-${id}`,
        bronDetailType: 'RegeldagGepland.v1',
        categorie: 'praktische-zaken',
        ontvanger: { gemeente: '0518' },
        grondslag: 'wettelijke-taak',
        mijlpaal: { soort: 'regeldag', datum: '2026-02-04' },
      },
    );
    const verwerkt = omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
    // Act
    await regie.publisher.publish(gedeeld);
    await verwerkt;
    // Assert: the BRP-inschrijving (3 February) to the regeldag (4 February) is one day
    const [e, ...rest] = regie.events();
    expect(rest).toEqual([]);
    expect(e?.meta).toEqual({
      gemeente: '0518',
      actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
      correlationId: 'c-regeldag',
      causationId: expect.any(String),
      // the trace the consuming delivery continues (or starts); it names nobody
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/),
    });
    expect(regie.tellingen()).toEqual([
      {
        indicatorset: 'doorlooptijden',
        indicator: 'brp-inschrijving--regeldag',
        maand: '2026-02',
        dimensies: {},
        delta: 1,
        dagen: 1,
      },
    ]);
    expect(JSON.stringify(regie.inhoud())).not.toContain(id);
  });
});
