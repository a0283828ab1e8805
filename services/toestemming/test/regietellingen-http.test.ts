import { AanmeldingGeregistreerd, MeetmomentVastgelegd } from '@wegwijs/contracts';
import { createPublisher, event } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { type RegieOpnemer, regieOpnemer } from '@wegwijs/test-helpers/regietellingen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { toestemmingTabel } from '../src/tabel';
import { body, meetmoment, ROUTES } from './support/omgeving';

const IB = 'ib-regie-geheim';
const klok = { now: () => new Date('2026-04-30T21:00:00.000Z') };
let omgeving: TestOmgeving;
let regie: RegieOpnemer;
let http: ReturnType<typeof createHttpHandler>;

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [toestemmingTabel] });
  gebruik(omgeving, 'toestemming');
  regie = regieOpnemer(omgeving, klok);
  const deps = defaultDeps({ clock: klok, publisher: regie.publisher });
  omgeving.bus.register('toestemming', createConsumer(deps));
  http = createHttpHandler(deps);
  await createPublisher({ busName: omgeving.bus.busName }).publish(
    event(
      AanmeldingGeregistreerd,
      { gemeente: '0518', inburgeraarId: IB, actor: { rol: 'inburgeringsconsulent' }, correlationId: 'c-aanmelding' },
      { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: 'vluchtelingenwerk', koppelingsdatum: '2026-01-05' },
    ),
  );
  await omgeving.bus.idle();
});
afterAll(() => omgeving.stop());

describe('the broker publishes regie tellingen in the write of the consent', () => {
  it('given: gegeven per categorie; a share under it counts nothing; withdrawn: ingetrokken per categorie', async () => {
    // Arrange
    const inburgeraar = await omgeving.token({ sub: IB, rol: 'inburgeraar' });
    regie.wis();
    // Act
    const gegeven = await roep(http, {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: IB },
      body: body({ categorieen: ['zelfredzaamheid', 'contactmomenten'] }),
      token: inburgeraar,
    });
    const bijGeven = regie.events();
    regie.wis();
    await createPublisher({ busName: omgeving.bus.busName }).publish(
      event(
        MeetmomentVastgelegd,
        {
          gemeente: '0518',
          inburgeraarId: IB,
          actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
          correlationId: 'c-mm',
        },
        meetmoment('mm-geheim'),
      ),
    );
    await omgeving.bus.idle();
    const bijDelen = regie.events();
    const ingetrokken = await roep(http, {
      method: 'POST',
      routePath: ROUTES.intrekking,
      params: { id: IB, toestemmingId: gegeven.body.toestemmingId },
      token: inburgeraar,
    });
    // Assert
    expect([gegeven.status, ingetrokken.status]).toEqual([201, 200]);
    expect(bijGeven.map((e) => [e.bron, e.meta, e.data])).toEqual([
      [
        'wegwijs.toestemming',
        {
          gemeente: '0518',
          actor: { rol: 'inburgeraar' },
          correlationId: expect.any(String),
          // the request's trace (a new one: it sent no traceparent), no person in it
          traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
        },
        {
          tellingen: [
            {
              indicatorset: 'toestemmingen',
              indicator: 'gegeven',
              maand: '2026-04',
              dimensies: { categorie: 'contactmomenten' },
              delta: 1,
            },
            {
              indicatorset: 'toestemmingen',
              indicator: 'gegeven',
              maand: '2026-04',
              dimensies: { categorie: 'zelfredzaamheid' },
              delta: 1,
            },
          ],
        },
      ],
    ]);
    expect(bijDelen).toEqual([]);
    expect(regie.tellingen().map((t) => [t.indicator, t.maand, t.dimensies.categorie, t.delta])).toEqual([
      ['ingetrokken', '2026-04', 'contactmomenten', 1],
      ['ingetrokken', '2026-04', 'zelfredzaamheid', 1],
    ]);
    const tekst = JSON.stringify([...bijGeven.map((e) => [e.meta, e.data]), ...regie.inhoud()]);
    for (const geheim of [IB, gegeven.body.toestemmingId, 'mm-geheim', '"ar"', '"doel"'])
      expect(tekst).not.toContain(geheim);
  });
});
