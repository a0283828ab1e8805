import { DeleteItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ContactmomentVastgelegd, MeetmomentVastgelegd, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../src/adapters/keys';
import { type BrokerOmgeving, body, brokerOmgeving, meetmoment, ROUTES } from './support/omgeving';

let o: BrokerOmgeving;
const ORG = 'vluchtelingenwerk';
const tokens = async (ib: string) => ({
  inburgeraar: await o.token({ sub: ib, rol: 'inburgeraar' }),
  begeleider: await o.token({ sub: 'b1', rol: 'maatschappelijk-begeleider', org: ORG, gemeenten: ['0518'] }),
  consulent: await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] }),
  inkomen: await o.token({ sub: 'c3', rol: 'inkomensconsulent', gemeenten: ['0518'] }),
  fg: await o.token({ sub: 'fg', rol: 'functionaris-gegevensbescherming', gemeenten: ['0518'] }),
  vreemd: await o.token({ sub: 'c2', rol: 'inburgeringsconsulent', gemeenten: ['0014'] }),
});
const lees = (route: string, id: string, token: string) =>
  o.roep({ method: 'GET', routePath: route, params: { id }, token });
const geef = (id: string, token: string, extra = {}) =>
  o.roep({ method: 'POST', routePath: ROUTES.toestemmingen, params: { id }, body: body(extra), token });

beforeAll(async () => {
  o = await brokerOmgeving();
});
afterAll(() => o.omgeving.stop());

describe('withdrawal', () => {
  it('after the withdrawal returns, a read of the gemeente view shows none of the withdrawn information', async () => {
    // Arrange
    const ib = 'ib-v-1';
    const t = await tokens(ib);
    await o.aanmelden(ib);
    const gegeven = await geef(ib, t.inburgeraar, { categorieen: ['zelfredzaamheid', 'contactmomenten'] });
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment('m1'));
    await o.stuur(ContactmomentVastgelegd, ib, ORG, {
      contactmomentId: 'k1',
      datum: '2026-04-02',
      vorm: 'telefoon',
      duurMinuten: 20,
    });
    await o.stuur(TrajectFaseGewijzigd, ib, ORG, { fase: 'begeleidingsfase', datum: '2026-04-03' });
    const voor = await lees(ROUTES.voortgang, ib, t.consulent);
    // Act
    const trek = await o.roep({
      method: 'POST',
      routePath: ROUTES.intrekking,
      params: { id: ib, toestemmingId: gegeven.body.toestemmingId },
      token: t.inburgeraar,
    });
    const na = await lees(ROUTES.voortgang, ib, t.consulent);
    // Assert
    expect(trek.status).toBe(200);
    expect(voor.body.items.map((i: { bronId: string }) => i.bronId).sort()).toEqual(
      ['k1', 'm1', expect.any(String)].sort(),
    );
    expect(voor.body.items.find((i: { bronId: string }) => i.bronId === 'm1')).toMatchObject({
      categorie: 'zelfredzaamheid',
      bron: ORG,
      grondslag: 'toestemming',
      toestemmingId: gegeven.body.toestemmingId,
      gegevens: { datum: '2026-04-01', scores: { wonen: 3 } },
    });
    expect(na.body.items).toHaveLength(1);
    expect(na.body.items[0]).toMatchObject({
      categorie: 'trajectstatus',
      grondslag: 'wettelijke-taak',
      gegevens: { fase: 'begeleidingsfase' },
    });
    const log = await lees(ROUTES.verwerkingen, ib, t.inburgeraar);
    expect(
      log.body.items
        .filter((e: { actie: string }) => e.actie === 'verwijderd')
        .map((e: { bronId: string }) => e.bronId)
        .sort(),
    ).toEqual(['k1', 'm1']);
    expect(log.body.keten.geldig).toBe(true);
  });

  it('a meetmoment sent after the withdrawal is refused and logged', async () => {
    const ib = 'ib-v-2';
    const t = await tokens(ib);
    await o.aanmelden(ib);
    const gegeven = await geef(ib, t.inburgeraar);
    await o.roep({
      method: 'POST',
      routePath: ROUTES.intrekking,
      params: { id: ib, toestemmingId: gegeven.body.toestemmingId },
      token: t.inburgeraar,
    });
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment('m2'));
    const na = await lees(ROUTES.voortgang, ib, t.consulent);
    const log = await lees(ROUTES.verwerkingen, ib, t.fg);
    expect(na.body.items).toEqual([]);
    expect(log.body.items.at(-1)).toMatchObject({
      actie: 'geweigerd',
      bronId: 'm2',
      categorie: 'zelfredzaamheid',
      van: ORG,
      aan: '0518',
    });
  });
});

describe('GET voortgang', () => {
  it('shares with the named role only, refuses a wrong sender, and logs each read as one ingezien', async () => {
    const ib = 'ib-v-3';
    const t = await tokens(ib);
    const minutenGeleden = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    await o.aanmelden(ib, ORG, '0518', minutenGeleden(10));
    await geef(ib, t.inburgeraar, { ontvanger: { gemeente: '0518', rol: 'inburgeringsconsulent' } });
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment('m3'));
    // no change of organisation explains this sender, and it is too old for one still to arrive: refused at once
    await o.stuur(MeetmomentVastgelegd, ib, 'humanitas', meetmoment('m4'), minutenGeleden(5));
    const consulent = await lees(ROUTES.voortgang, ib, t.consulent);
    const inkomen = await lees(ROUTES.voortgang, ib, t.inkomen);
    const log = await lees(ROUTES.verwerkingen, ib, t.inburgeraar);
    expect(consulent.body.items.map((i: { bronId: string }) => i.bronId)).toEqual(['m3']);
    expect(inkomen.body.items).toEqual([]);
    expect(log.body.items.find((e: { bronId?: string }) => e.bronId === 'm4')).toMatchObject({
      actie: 'geweigerd',
      van: 'humanitas',
    });
    expect(log.body.items.at(-1)).toMatchObject({
      actie: 'ingezien',
      categorieen: ['zelfredzaamheid'],
      aan: '0518/inburgeringsconsulent/c1',
    });
  });

  it('403 for the inburgeraar and the begeleider, 404 across tenants, 401 without token', async () => {
    const ib = 'ib-v-4';
    const t = await tokens(ib);
    await o.aanmelden(ib);
    const statussen = [];
    for (const token of [t.inburgeraar, t.begeleider, t.vreemd])
      statussen.push((await lees(ROUTES.voortgang, ib, token)).status);
    const zonder = await o.roep({ method: 'GET', routePath: ROUTES.voortgang, params: { id: ib } });
    expect([...statussen, zonder.status]).toEqual([403, 403, 404, 401]);
  });
});

describe('GET verwerkingen', () => {
  it('the inburgeraar and the FG read it, never content; others 403 or 404', async () => {
    const ib = 'ib-v-5';
    const t = await tokens(ib);
    await o.aanmelden(ib);
    await geef(ib, t.inburgeraar);
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment('m5'));
    const statussen = [];
    for (const token of [t.inburgeraar, t.fg, t.consulent, t.begeleider, t.vreemd])
      statussen.push((await lees(ROUTES.verwerkingen, ib, token)).status);
    const res = await lees(ROUTES.verwerkingen, ib, t.fg);
    expect(statussen).toEqual([200, 200, 403, 403, 404]);
    expect(res.body.items.map((e: { actie: string }) => e.actie)).toEqual(['toestemming-gegeven', 'gedeeld']);
    expect(res.body.items[1]).toEqual({
      id: expect.any(String),
      tijdstip: expect.any(String),
      actie: 'gedeeld',
      verwerkingsactiviteit: 'delen-zelfredzaamheid',
      categorie: 'zelfredzaamheid',
      bronId: 'm5',
      van: ORG,
      aan: '0518',
      grondslag: 'toestemming',
      toestemmingId: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      vorigeHash: res.body.items[0].hash,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/vertrouwelijk|wonen|scores/);
    expect(res.body.items[0].verwerkingsactiviteit).toBe('toestemmingenbeheer');
    expect(res.body.keten).toEqual({ geldig: true });
  });

  it.each([
    ['changes', 'ib-v-6'],
    ['deletes', 'ib-v-7'],
  ])('reports keten.geldig false when a test %s a log entry in the table', async (wat, ib) => {
    const t = await tokens(ib);
    await o.aanmelden(ib);
    await geef(ib, t.inburgeraar);
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment(`${ib}-m`));
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment(`${ib}-n`));
    const voor = await lees(ROUTES.verwerkingen, ib, t.inburgeraar);
    const { client } = o.omgeving.dynamo;
    const TableName = o.omgeving.tabel('toestemming');
    const Key = marshall(keys.log(ib, 2));
    if (wat === 'changes') {
      await client.send(
        new UpdateItemCommand({
          TableName,
          Key,
          UpdateExpression: 'SET actie = :a',
          ExpressionAttributeValues: marshall({ ':a': 'geweigerd' }),
        }),
      );
    } else {
      await client.send(new DeleteItemCommand({ TableName, Key }));
    }
    const na = await lees(ROUTES.verwerkingen, ib, t.inburgeraar);
    expect(voor.body.keten.geldig).toBe(true);
    expect(na.body.keten.geldig).toBe(false);
  });
});
