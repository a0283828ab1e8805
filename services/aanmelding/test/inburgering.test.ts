import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { InburgeringsmijlpaalVastgelegd, VoortgangGedeeld } from '@wegwijs/contracts';
import { createPublisher, event } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsVan, type Opzet, zetOp } from './support';

const INBURGERING = '/v1/inburgeraars/{id}/inburgering';
const TIJDLIJN = '/v1/inburgeraars/{id}/tijdlijn';
const ORG = 'vluchtelingenwerk';

let o: Opzet;
const naarBroker: BusEvent[] = [];
beforeAll(async () => {
  o = await zetOp();
  o.omgeving.bus.register('toestemming', async (e) => void naarBroker.push(e));
});
afterAll(() => o.omgeving.stop());

const consulent = (gemeente = '0518') => o.token('inburgeringsconsulent', [gemeente], `gemeente-${gemeente}`);
const begeleider = (org = ORG) => o.token('maatschappelijk-begeleider', ['0518'], org);
const leg = async (id: string, body: object, token?: string) =>
  roep(o.handler, {
    method: 'POST',
    routePath: INBURGERING,
    params: { id },
    body,
    token: token ?? (await consulent()),
  });
const tijdlijn = async (id: string, token: string) =>
  roep(o.handler, { method: 'GET', routePath: TIJDLIJN, params: { id }, token });

const dataVan = (e: BusEvent | undefined) => (e?.detail as { data?: Record<string, unknown> } | undefined)?.data ?? {};

/** The broker's share of a fact with the organisation, as the toestemming context publishes it. */
async function deelMetOrganisatie(
  id: string,
  bronId: string,
  categorie: 'inburgering' | 'brede-intake' = 'inburgering',
) {
  const publisher = createPublisher({ busName: o.omgeving.bus.busName, client: new EventBridgeClient({}) });
  const ontvangen = o.omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
  await publisher.publish(
    event(
      VoortgangGedeeld,
      {
        gemeente: '0518',
        inburgeraarId: id,
        actor: { rol: 'inburgeringsconsulent', org: 'gemeente-0518' },
        correlationId: 'c',
      },
      {
        bronId,
        bronDetailType: InburgeringsmijlpaalVastgelegd.detailType,
        categorie,
        ontvanger: { gemeente: '0518' },
        grondslag: categorie === 'inburgering' ? 'wettelijke-taak' : 'toestemming',
        uitvoeringsorganisatie: ORG,
      },
    ),
  );
  await ontvangen;
}

describe('POST /v1/inburgeraars/{id}/inburgering', () => {
  it('records the PIP date and publishes only its date, with categorie inburgering, for the broker alone', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    // Act
    const res = await leg(id, { soort: 'pip-vastgesteld', datum: '2026-02-10' });
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { mijlpaal: string }) => i.mijlpaal)).toEqual(['koppeling', 'pip-vastgesteld']);
    const [e, ...rest] = eventsVan(naarBroker, id, InburgeringsmijlpaalVastgelegd.detailType);
    expect(rest).toEqual([]);
    expect(e?.detail).toMatchObject({
      meta: { categorie: 'inburgering', actor: { org: 'gemeente-0518' } },
      data: { soort: 'pip-vastgesteld', datum: '2026-02-10' },
    });
    expect(Object.keys(dataVan(e)).sort()).toEqual(['datum', 'mijlpaalId', 'soort']);
    expect(eventsVan(o.gezien, id, InburgeringsmijlpaalVastgelegd.detailType)).toEqual([]);
  });

  it('answers the same fact again without a new event, another value 409, a date before the koppeling 422', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    await leg(id, { soort: 'leerroute', datum: '2026-02-01', leerroute: 'b1-route' });
    await o.omgeving.bus.idle();
    // Act
    const opnieuw = await leg(id, { soort: 'leerroute', datum: '2026-02-01', leerroute: 'b1-route' });
    const anders = await leg(id, { soort: 'leerroute', datum: '2026-02-01', leerroute: 'z-route' });
    const vroeg = await leg(id, { soort: 'eerste-taalles', datum: '2026-01-01' });
    await o.omgeving.bus.idle();
    // Assert
    expect(opnieuw.status).toBe(200);
    expect(anders.status).toBe(409);
    expect(anders.body.type).toMatch(/mijlpaal-al-vastgelegd$/);
    expect(vroeg.status).toBe(422);
    expect(vroeg.body.type).toMatch(/datum-voor-koppeling$/);
    expect(eventsVan(naarBroker, id, InburgeringsmijlpaalVastgelegd.detailType)).toHaveLength(1);
  });

  it('is for the inburgeringsconsulent: 403 for the begeleider, 404 for another gemeente, 400 for an unknown soort', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    // Act
    const doorBegeleider = await leg(id, { soort: 'eerste-taalles', datum: '2026-02-01' }, await begeleider());
    const andereGemeente = await leg(id, { soort: 'eerste-taalles', datum: '2026-02-01' }, await consulent('0014'));
    const onbekend = await leg(id, { soort: 'pip-inhoud', datum: '2026-02-01' });
    const inhoud = await leg(id, { soort: 'pip-vastgesteld', datum: '2026-02-01', inhoud: 'vertrouwelijk' });
    // Assert
    expect(doorBegeleider.status).toBe(403);
    expect(andereGemeente.status).toBe(404);
    expect(onbekend.status).toBe(400);
    expect(inhoud.status).toBe(400);
  });

  it('records the begeleider at the brede intake only after the broker shared the invitation (consent), 422 before', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const gepland = await leg(id, { soort: 'brede-intake', datum: '2026-02-05', begeleiderUitgenodigd: true });
    await o.omgeving.bus.idle();
    const [e] = eventsVan(naarBroker, id, InburgeringsmijlpaalVastgelegd.detailType);
    const mijlpaalId = String(dataVan(e).mijlpaalId);
    // Act
    const voor = await leg(id, { soort: 'brede-intake', datum: '2026-02-05', begeleiderAanwezig: true });
    await deelMetOrganisatie(id, mijlpaalId);
    await deelMetOrganisatie(id, `${mijlpaalId}:uitnodiging`, 'brede-intake');
    const na = await leg(id, { soort: 'brede-intake', datum: '2026-02-05', begeleiderAanwezig: true });
    // Assert
    expect(gepland.status).toBe(200);
    expect(voor.status).toBe(422);
    expect(voor.body.type).toMatch(/toestemming-vereist$/);
    expect(na.status).toBe(200);
    expect(na.body.items.find((i: { mijlpaal: string }) => i.mijlpaal === 'brede-intake')).toMatchObject({
      begeleiderUitgenodigd: true,
      begeleiderAanwezig: true,
    });
  });
});

describe('GET /v1/inburgeraars/{id}/tijdlijn', () => {
  it('shows the gemeente every fact with the gaps, and the organisation only what the broker shared with it', async () => {
    // Arrange
    const id = await o.meldAan('0518', 'asielstatushouder', '2026-01-15');
    await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/woningtoewijzing',
      params: { id },
      body: { datum: '2026-01-20' },
      token: await consulent(),
    });
    await leg(id, { soort: 'pip-vastgesteld', datum: '2026-02-10' });
    await leg(id, { soort: 'eerste-taalles', datum: '2026-03-02' });
    await o.omgeving.bus.idle();
    const pip = eventsVan(naarBroker, id, InburgeringsmijlpaalVastgelegd.detailType).find(
      (e) => (e.detail as { data: { soort: string } }).data.soort === 'pip-vastgesteld',
    );
    await deelMetOrganisatie(id, String(dataVan(pip).mijlpaalId));
    // Act
    const gemeente = await tijdlijn(id, await consulent());
    const organisatie = await tijdlijn(id, await begeleider());
    const andere = await tijdlijn(id, await begeleider('humanitas'));
    const inburgeraar = await tijdlijn(id, await o.omgeving.token({ sub: id, rol: 'inburgeraar' }));
    // Assert
    expect(gemeente.status).toBe(200);
    expect(
      gemeente.body.items.map((i: { mijlpaal: string; dagenSindsVorige?: number }) => [i.mijlpaal, i.dagenSindsVorige]),
    ).toEqual([
      ['koppeling', undefined],
      ['woningtoewijzing', 5],
      ['pip-vastgesteld', 21],
      ['eerste-taalles', 20],
    ]);
    expect(gemeente.body.dagenTotaal).toBe(46);
    expect(organisatie.body.items.map((i: { mijlpaal: string }) => i.mijlpaal)).toEqual([
      'koppeling',
      'woningtoewijzing',
      'pip-vastgesteld',
    ]);
    expect(organisatie.body.nogNietBekend).toContain('eerste-taalles');
    expect(andere.status).toBe(404);
    expect(inburgeraar.body.items).toHaveLength(4);
  });
});
