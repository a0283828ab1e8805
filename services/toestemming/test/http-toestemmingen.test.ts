import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrokerOmgeving, body, brokerOmgeving, ROUTES } from './support/omgeving';

let o: BrokerOmgeving;
const IB = 'ib-http-1';
let t: { inburgeraar: string; begeleider: string; consulent: string; vreemdeConsulent: string; vreemdeOrg: string };

beforeAll(async () => {
  o = await brokerOmgeving();
  await o.aanmelden(IB);
  t = {
    inburgeraar: await o.token({ sub: IB, rol: 'inburgeraar' }),
    begeleider: await o.token({
      sub: 'b1',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
    }),
    consulent: await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] }),
    vreemdeConsulent: await o.token({ sub: 'c2', rol: 'inburgeringsconsulent', gemeenten: ['0014'] }),
    vreemdeOrg: await o.token({ sub: 'b2', rol: 'maatschappelijk-begeleider', org: 'humanitas', gemeenten: ['0518'] }),
  };
});
afterAll(() => o.omgeving.stop());

const geef = (token: string | undefined, b: unknown, headers?: Record<string, string>) =>
  o.roep({
    method: 'POST',
    routePath: ROUTES.toestemmingen,
    params: { id: IB },
    body: b,
    ...(token ? { token } : {}),
    ...(headers ? { headers } : {}),
  });

describe('POST /v1/inburgeraars/{id}/toestemmingen', () => {
  it('201: the inburgeraar grants consent; the stored record comes back with status actief', async () => {
    const res = await geef(
      t.inburgeraar,
      body({ categorieen: ['zelfredzaamheid', 'signalen'], expliciet: true, geldigTot: '2099-01-01' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      toestemmingId: expect.any(String),
      status: 'actief',
      inburgeraarId: IB,
      ontvanger: { gemeente: '0518' },
      categorieen: ['zelfredzaamheid', 'signalen'],
      doel: 'regie',
      geldigVanaf: expect.any(String),
      geldigTot: '2099-01-01',
      expliciet: true,
      taal: 'ar',
      tekstversie: 'v1',
      vastgelegd: { wijze: 'app', door: IB },
      statusHistorie: [{ status: 'actief', tijdstip: expect.any(String), door: IB }],
    });
  });

  it('201: the assigned begeleider records it with vastgelegd; 422 without, 422 mondeling-met-tolk without tolk', async () => {
    const zonder = await geef(t.begeleider, body());
    const zonderTolk = await geef(t.begeleider, body({ vastgelegd: { wijze: 'mondeling-met-tolk' } }));
    const met = await geef(t.begeleider, body({ vastgelegd: { wijze: 'mondeling-met-tolk', tolk: 'T. Tolk' } }));
    expect([zonder.status, zonderTolk.status, met.status]).toEqual([422, 422, 201]);
    expect(zonder.body.type).toMatch(/vastlegging-vereist$/);
    expect(met.body.vastgelegd).toEqual({
      wijze: 'mondeling-met-tolk',
      tolk: 'T. Tolk',
      door: 'b1',
      org: 'vluchtelingenwerk',
    });
  });

  it.each([
    ['signalen without expliciet', { categorieen: ['signalen'] }, 'expliciet-vereist'],
    ['signalen with expliciet false', { categorieen: ['signalen'], expliciet: false }, 'expliciet-vereist'],
    ['trajectstatus (wettelijke taak)', { categorieen: ['trajectstatus'] }, 'categorie-wettelijke-taak'],
    [
      'praktische-zaken (wettelijke taak)',
      { categorieen: ['zelfredzaamheid', 'praktische-zaken'] },
      'categorie-wettelijke-taak',
    ],
    ['an empty list', { categorieen: [] }, 'categorieen-leeg'],
    ['geldigTot in the past', { geldigTot: '2020-01-01' }, 'geldig-tot-verleden'],
    ['another gemeente as recipient', { ontvanger: { gemeente: '0014' } }, 'ontvanger-onjuist'],
  ])('422 for %s', async (_naam, extra, slug) => {
    const res = await geef(t.inburgeraar, body(extra));
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.type).toMatch(new RegExp(`${slug}$`));
  });

  it('400 for an unknown field, 401 without a token, 403 for a gemeente role, 404 across tenants', async () => {
    const onbekend = await geef(t.inburgeraar, body({ extra: 1 }));
    const zonderToken = await geef(undefined, body());
    const gemeente = await geef(t.consulent, body());
    const vreemd = [await geef(t.vreemdeConsulent, body()), await geef(t.vreemdeOrg, body())];
    const ander = await o.roep({
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: 'bestaat-niet' },
      body: body(),
      token: t.consulent,
    });
    expect([
      onbekend.status,
      zonderToken.status,
      gemeente.status,
      ...vreemd.map((r) => r.status),
      ander.status,
    ]).toEqual([400, 401, 403, 404, 404, 404]);
  });

  it('replays an Idempotency-Key: the same response, one consent', async () => {
    const headers = { 'idempotency-key': 'geef-1' };
    const b = body({ categorieen: ['contactmomenten'] });
    const eerste = await geef(t.inburgeraar, b, headers);
    const tweede = await geef(t.inburgeraar, b, headers);
    const lijst = await o.roep({
      method: 'GET',
      routePath: ROUTES.toestemmingen,
      params: { id: IB },
      token: t.inburgeraar,
    });
    expect(tweede.status).toBe(201);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(
      lijst.body.items.filter((x: { categorieen: string[] }) => x.categorieen[0] === 'contactmomenten'),
    ).toHaveLength(1);
  });
});

describe('GET /v1/inburgeraars/{id}/toestemmingen', () => {
  it('is readable by the inburgeraar, the assigned organisation and the gemeente; 404 for others', async () => {
    const statussen = [];
    for (const token of [t.inburgeraar, t.begeleider, t.consulent, t.vreemdeConsulent, t.vreemdeOrg]) {
      statussen.push(
        (await o.roep({ method: 'GET', routePath: ROUTES.toestemmingen, params: { id: IB }, token })).status,
      );
    }
    expect(statussen).toEqual([200, 200, 200, 404, 404]);
  });
});

describe('POST .../intrekking', () => {
  it('200 ingetrokken; 404 for an unknown consent; 403 for the gemeente; 422 for a begeleider without vastgelegd', async () => {
    const gegeven = await geef(t.inburgeraar, body());
    const params = { id: IB, toestemmingId: gegeven.body.toestemmingId };
    const trek = (token: string, b?: unknown, p = params) =>
      o.roep({ method: 'POST', routePath: ROUTES.intrekking, params: p, token, ...(b ? { body: b } : {}) });
    const gemeente = await trek(t.consulent);
    const begeleider = await trek(t.begeleider);
    const onbekend = await trek(t.inburgeraar, undefined, { id: IB, toestemmingId: 'bestaat-niet' });
    const ok = await trek(t.begeleider, { vastgelegd: { wijze: 'papier' } });
    expect([gemeente.status, begeleider.status, onbekend.status, ok.status]).toEqual([403, 422, 404, 200]);
    expect(ok.body).toEqual({
      toestemmingId: params.toestemmingId,
      status: 'ingetrokken',
      ingetrokkenOp: expect.any(String),
    });
    const lijst = await o.roep({
      method: 'GET',
      routePath: ROUTES.toestemmingen,
      params: { id: IB },
      token: t.inburgeraar,
    });
    const item = lijst.body.items.find((x: { toestemmingId: string }) => x.toestemmingId === params.toestemmingId);
    expect(item.status).toBe('ingetrokken');
    expect(item.statusHistorie.at(-1)).toMatchObject({ status: 'ingetrokken', vastgelegd: { wijze: 'papier' } });
  });
});
