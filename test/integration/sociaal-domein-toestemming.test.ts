import { AanmeldingGeregistreerd, SignaalGeregistreerd, VerwijzingVerstuurd } from '@wegwijs/contracts';
import { createPublisher, dynamoClient, dynamoDedupeStore, event } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer as sociaalConsumer } from '../../services/sociaal-domein/src/handlers/consumer';
import { defaultDeps } from '../../services/sociaal-domein/src/handlers/deps';
import { createHttpHandler } from '../../services/sociaal-domein/src/handlers/http';
import { sociaalDomeinTabel } from '../../services/sociaal-domein/src/tabel';
import { handler as beslissing } from '../../services/toestemming/src/handlers/beslissing';
import { handler as brokerConsumer } from '../../services/toestemming/src/handlers/consumer';
import { handler as brokerHttp } from '../../services/toestemming/src/handlers/http';
import { toestemmingTabel } from '../../services/toestemming/src/tabel';

// Cross-context: the sociaal-domein handlers against the REAL consent broker (its decision function on the local
// Lambda endpoint, its consumer on the local bus, its HTTP API for consents and the verwerkingenlog). The process
// environment is the broker's; sociaal-domein gets its own table name explicitly.
const GEMEENTE = '0518';
const ORG = 'vluchtelingenwerk';
let omgeving: TestOmgeving;
let sociaal: ReturnType<typeof createHttpHandler>;
let begeleider: string;
const naarBroker: BusEvent[] = [];

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [sociaalDomeinTabel, toestemmingTabel] });
  gebruik(omgeving, 'toestemming');
  const tabel = omgeving.tabel('sociaal-domein');
  sociaal = createHttpHandler(defaultDeps({}, { tabel }));
  omgeving.bus.register(
    'sociaal-domein',
    sociaalConsumer(defaultDeps({}, { tabel }), { dedupe: dynamoDedupeStore(dynamoClient(), tabel) }),
  );
  omgeving.bus.register('toestemming', async (e) => {
    naarBroker.push(e);
    await brokerConsumer(e);
  });
  omgeving.aws.registerFunction('toestemming-beslissing', (payload) => beslissing(payload));
  begeleider = await omgeving.token({ sub: 'b-1', rol: 'maatschappelijk-begeleider', org: ORG, gemeenten: [GEMEENTE] });
});
afterAll(() => omgeving.stop());

let teller = 0;
async function aanmelden(gemeente = GEMEENTE): Promise<string> {
  const inburgeraarId = `x-${++teller}-${Date.now().toString(36)}`;
  const beide = Promise.all(
    ['sociaal-domein', 'toestemming'].map((c) =>
      omgeving.bus.waitFor(c, AanmeldingGeregistreerd.detailType, (e) => metaVan(e).inburgeraarId === inburgeraarId),
    ),
  );
  await createPublisher({ busName: omgeving.bus.busName }).publish(
    event(
      AanmeldingGeregistreerd,
      {
        gemeente,
        inburgeraarId,
        actor: { rol: 'inburgeringsconsulent' },
        correlationId: `c-${inburgeraarId}`,
      },
      { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: ORG, koppelingsdatum: '2026-01-05' },
    ),
  );
  await beide;
  return inburgeraarId;
}
const metaVan = (e: BusEvent) => (e.detail as { meta: { inburgeraarId: string } }).meta;
const dataVan = (e: BusEvent) => (e.detail as { data: Record<string, unknown> }).data;

async function toestemming(id: string, categorieen: string[], expliciet: boolean, gemeente = GEMEENTE) {
  const res = await roep(brokerHttp, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/toestemmingen',
    params: { id },
    token: await omgeving.token({ sub: id, rol: 'inburgeraar' }),
    body: {
      ontvanger: { gemeente },
      categorieen,
      doel: 'verwijzing',
      expliciet,
      taal: 'ar',
      tekstversie: 'v1',
    },
  });
  expect(res.status).toBe(201);
  return res.body.toestemmingId as string;
}
async function verwerkingen(id: string) {
  const res = await roep(brokerHttp, {
    method: 'GET',
    routePath: '/v1/inburgeraars/{id}/verwerkingen',
    params: { id },
    token: await omgeving.token({ sub: id, rol: 'inburgeraar' }),
  });
  expect(res.status).toBe(200);
  return res.body as { items: Record<string, unknown>[]; keten: { geldig: boolean } };
}
const verwijs = (id: string, body: unknown) =>
  roep(sociaal, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/verwijzingen',
    params: { id },
    body,
    token: begeleider,
  });

describe('sociaal-domein x toestemming (the real broker)', () => {
  it('a verwijzing without consent: 422 toestemming-vereist, nothing sent, the refusal logged', async () => {
    // Arrange
    const id = await aanmelden();
    // Act
    const res = await verwijs(id, { naar: 'wmo', toelichting: 'Huishoudelijke hulp.' });
    await omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/toestemming-vereist$/);
    expect(
      naarBroker.filter((e) => e['detail-type'] === VerwijzingVerstuurd.detailType && metaVan(e).inburgeraarId === id),
    ).toEqual([]);
    const log = await verwerkingen(id);
    expect(log.items).toContainEqual(expect.objectContaining({ actie: 'geweigerd', categorie: 'verwijzing' }));
    expect(log.keten.geldig).toBe(true);
  });

  it('a verwijzing under a consent covering verwijzing: 201, and the decision is in the verwerkingenlog', async () => {
    // Arrange
    const id = await aanmelden();
    const toestemmingId = await toestemming(id, ['verwijzing'], false);
    const ontvangen = omgeving.bus.waitFor(
      'toestemming',
      VerwijzingVerstuurd.detailType,
      (e) => metaVan(e).inburgeraarId === id,
    );
    // Act
    const res = await verwijs(id, { naar: 'schuldhulpverlening', toelichting: 'Betalingsachterstanden.' });
    await ontvangen;
    // Assert
    expect(res.status).toBe(201);
    const log = await verwerkingen(id);
    expect(log.items).toContainEqual(
      expect.objectContaining({
        actie: 'gedeeld',
        categorie: 'verwijzing',
        bronId: res.body.verwijzingId,
        grondslag: 'toestemming',
        toestemmingId,
      }),
    );
    expect(JSON.stringify(log)).not.toContain('Betalingsachterstanden');
  });

  it('veilig-thuis without consent: 201, logged with grondslag wettelijke-plicht', async () => {
    const id = await aanmelden();
    const res = await verwijs(id, { naar: 'veilig-thuis', toelichting: 'Meldcode: vermoeden van geweld.' });
    await omgeving.bus.idle();
    expect(res.status).toBe(201);
    const log = await verwerkingen(id);
    expect(log.items).toContainEqual(
      expect.objectContaining({ actie: 'gedeeld', bronId: res.body.verwijzingId, grondslag: 'wettelijke-plicht' }),
    );
  });

  it('a psychisch signaal is not shared under a consent that is not explicit, and is shared under an explicit one', async () => {
    // Arrange: one inburgeraar with a non-explicit consent (without signalen: the broker refuses signalen unless explicit)
    const zonder = await aanmelden();
    await toestemming(zonder, ['verwijzing', 'zelfredzaamheid'], false);
    const met = await aanmelden();
    const explicieteId = await toestemming(met, ['signalen'], true);
    const signaal = async (id: string) => {
      const verwerkt = omgeving.bus.waitFor(
        'toestemming',
        SignaalGeregistreerd.detailType,
        (e) => metaVan(e).inburgeraarId === id,
      );
      const res = await roep(sociaal, {
        method: 'POST',
        routePath: '/v1/inburgeraars/{id}/signalen',
        params: { id },
        token: begeleider,
        body: { datum: '2026-03-01', soort: 'psychisch', urgentie: 'hoog', toelichting: 'Nachtmerries.' },
      });
      expect(res.status).toBe(201);
      expect(dataVan(await verwerkt).signaalId).toBe(res.body.signaalId);
      return res.body.signaalId as string;
    };
    // Act
    const a = await signaal(zonder);
    const b = await signaal(met);
    // Assert: a consent covering signalen that is not explicit cannot even be given (AVG art. 9)
    const nietExpliciet = await roep(brokerHttp, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/toestemmingen',
      params: { id: zonder },
      token: await omgeving.token({ sub: zonder, rol: 'inburgeraar' }),
      body: {
        ontvanger: { gemeente: GEMEENTE },
        categorieen: ['signalen'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'v1',
      },
    });
    expect(nietExpliciet.status).toBe(422);
    const logZonder = await verwerkingen(zonder);
    const logMet = await verwerkingen(met);
    expect(logZonder.items).toContainEqual(
      expect.objectContaining({ actie: 'geweigerd', categorie: 'signalen', bronId: a }),
    );
    expect(logZonder.items).not.toContainEqual(expect.objectContaining({ actie: 'gedeeld', bronId: a }));
    expect(logMet.items).toContainEqual(
      expect.objectContaining({ actie: 'gedeeld', categorie: 'signalen', bronId: b, toestemmingId: explicieteId }),
    );
  });

  it('casuistiekoverleg (Woerden): the vraag shows under an explicit consent and is hidden at once after withdrawal', async () => {
    // Arrange
    const id = await aanmelden('0632');
    const woerden = await omgeving.token({
      sub: 'b-w',
      rol: 'maatschappelijk-begeleider',
      org: ORG,
      gemeenten: ['0632'],
    });
    const consulent = await omgeving.token({ sub: 'c-w', rol: 'inburgeringsconsulent', gemeenten: ['0632'] });
    const AGENDA = '/v1/casuistiekoverleg/{cbs}/agenda';
    const ingebracht = await roep(sociaal, {
      method: 'POST',
      routePath: AGENDA,
      params: { cbs: '0632' },
      token: woerden,
      body: { inburgeraarId: id, datum: '2026-07-06', vraag: 'Somber sinds de gezinshereniging mislukte.' },
    });
    expect(ingebracht.status).toBe(201);
    const lees = async () =>
      (
        await roep(sociaal, { method: 'GET', routePath: AGENDA, params: { cbs: '0632' }, token: consulent })
      ).body.items.find((i: { inburgeraarId: string }) => i.inburgeraarId === id);
    // Act
    const zonder = await lees();
    const toestemmingId = await toestemming(id, ['signalen'], true, '0632');
    const met = await lees();
    const intrekking = await roep(brokerHttp, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking',
      params: { id, toestemmingId },
      token: await omgeving.token({ sub: id, rol: 'inburgeraar' }),
      body: {},
    });
    const na = await lees();
    // Assert
    expect(intrekking.status).toBe(200);
    expect([zonder.afgeschermd, met.afgeschermd, na.afgeschermd]).toEqual([true, false, true]);
    expect(met.vraag).toContain('Somber');
    expect(na).not.toHaveProperty('vraag');
  });
});
