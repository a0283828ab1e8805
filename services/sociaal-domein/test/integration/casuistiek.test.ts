import { dynamoClient } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../src/adapters/keys';
import { AGENDAPUNT_BRON } from '../../src/domain/casuistiek';
import { defaultDeps } from '../../src/handlers/deps';
import { type Opstelling, roepMetQuery, startOpstelling } from './opstelling';

const AGENDA = '/v1/casuistiekoverleg/{cbs}/agenda';
const WOERDEN = '0632';
let o: Opstelling;
let begeleider: string;
let consulent: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', {
    org: 'vluchtelingenwerk',
    gemeenten: [WOERDEN],
    sub: 'b-w',
  });
  consulent = await o.token('inburgeringsconsulent', { gemeenten: [WOERDEN] });
});
afterAll(() => o.omgeving.stop());

const inbrengen = (body: unknown, token = begeleider, cbs = WOERDEN) =>
  roep(o.handler, { method: 'POST', routePath: AGENDA, params: { cbs }, body, token });
const agenda = (token: string, datum?: string, cbs = WOERDEN) =>
  roepMetQuery(o.handler, { routePath: AGENDA, params: { cbs }, token, query: datum ? `datum=${datum}` : '' });

describe('casuistiekoverleg (Woerden, monthly)', () => {
  it('the begeleider puts a case forward; 409 for the same inburgeraar on the same date', async () => {
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    const res = await inbrengen({ inburgeraarId: id, datum: '2026-03-02', vraag: 'Zorgen over somberheid.' });
    const dubbel = await inbrengen({ inburgeraarId: id, datum: '2026-03-02' });
    expect(res).toMatchObject({
      status: 201,
      body: { agendapuntId: expect.any(String), inburgeraarId: id, datum: '2026-03-02' },
    });
    expect(dubbel.status).toBe(409);
  });

  it('shows the vraag to the gemeente only under an explicit consent covering signalen, asked of the broker', async () => {
    // Arrange
    const zonder = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    const nietExpliciet = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    const expliciet = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    o.toestemmingen.set(nietExpliciet, [
      { toestemmingId: 't-n', gemeente: WOERDEN, categorieen: ['signalen'], expliciet: false },
    ]);
    o.toestemmingen.set(expliciet, [
      { toestemmingId: 't-e', gemeente: WOERDEN, categorieen: ['signalen'], expliciet: true },
    ]);
    for (const id of [zonder, nietExpliciet, expliciet]) {
      expect((await inbrengen({ inburgeraarId: id, datum: '2026-04-06', vraag: `Vraag over ${id}` })).status).toBe(201);
    }
    // Act
    const gemeente = await agenda(consulent, '2026-04-06');
    const uitvoering = await agenda(begeleider, '2026-04-06');
    // Assert
    const regel = (items: { inburgeraarId: string }[], id: string) => items.find((i) => i.inburgeraarId === id);
    expect(gemeente.status).toBe(200);
    expect(gemeente.body.items).toHaveLength(3);
    expect(regel(gemeente.body.items, zonder)).toEqual({
      agendapuntId: expect.any(String),
      inburgeraarId: zonder,
      datum: '2026-04-06',
      afgeschermd: true,
    });
    expect(regel(gemeente.body.items, nietExpliciet)).toMatchObject({ afgeschermd: true });
    expect(regel(gemeente.body.items, nietExpliciet)).not.toHaveProperty('vraag');
    expect(regel(gemeente.body.items, expliciet)).toMatchObject({
      vraag: `Vraag over ${expliciet}`,
      afgeschermd: false,
    });
    expect(uitvoering.body.items.every((i: { vraag?: string }) => i.vraag?.startsWith('Vraag over'))).toBe(true);
    const gevraagd = o.verzoeken.filter((v) => v.bronDetailType === AGENDAPUNT_BRON);
    expect(gevraagd.map((v) => v.categorie)).toEqual(['signalen', 'signalen', 'signalen']);
    expect(gevraagd[0]?.actor).toMatchObject({ org: 'vluchtelingenwerk', sub: 'b-w' });
  });

  it('asks afresh on every read, so a consent given or withdrawn later is honoured at once', async () => {
    // Arrange
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    await inbrengen({ inburgeraarId: id, datum: '2026-06-01', vraag: 'Zorgen over de kinderen.' });
    // Act
    const voor = await agenda(consulent, '2026-06-01');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-later', gemeente: WOERDEN, categorieen: ['signalen'], expliciet: true },
    ]);
    const na = await agenda(consulent, '2026-06-01');
    // Assert
    expect([voor.body.items[0].afgeschermd, na.body.items[0].afgeschermd]).toEqual([true, false]);
    const bronIds = o.verzoeken.filter((v) => v.inburgeraarId === id).map((v) => v.bronId);
    expect(new Set(bronIds).size).toBe(2);
    expect(bronIds.every((b) => b.startsWith(voor.body.items[0].agendapuntId))).toBe(true);
  });

  it('shows another organisation at the table only the case line', async () => {
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    await inbrengen({ inburgeraarId: id, datum: '2026-05-04', vraag: 'Vertrouwelijk.' });
    await o.wijzigOrg(id, WOERDEN, 'vluchtelingenwerk', 'humanitas-test');
    const res = await agenda(begeleider, '2026-05-04');
    expect(res.body.items).toEqual([expect.objectContaining({ inburgeraarId: id, afgeschermd: true })]);
  });

  it('holds one in every gemeente of the report: a case in Den Haag gets an outcome with opschaling (report 3.5.2)', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    const haags = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0518'] });
    const wmo = await o.token('wmo-consulent', { gemeenten: ['0518'] });
    const ingebracht = await inbrengen({ inburgeraarId: id, datum: '2026-03-02' }, haags, '0518');
    const uitkomst = (body: unknown, token: string, agendapuntId = ingebracht.body.agendapuntId) =>
      roep(o.handler, {
        method: 'PUT',
        routePath: `${AGENDA}/{agendapuntId}/uitkomst`,
        params: { cbs: '0518', agendapuntId },
        body,
        token,
      });
    // Act
    const vastgelegd = await uitkomst({ vervolg: 'sociaal-domein', opgeschaaldNaar: 'wmo' }, wmo);
    const zonderSociaalDomein = await uitkomst({ vervolg: 'binnen-inburgering', opgeschaaldNaar: 'ggz' }, wmo);
    const onbekend = await uitkomst({ vervolg: 'binnen-inburgering' }, wmo, 'bestaat-niet');
    const lijst = await agenda(wmo, '2026-03-02', '0518');
    // Assert
    expect(ingebracht.status).toBe(201);
    expect(vastgelegd).toMatchObject({
      status: 200,
      body: { uitkomst: { vervolg: 'sociaal-domein', opgeschaaldNaar: 'wmo' } },
    });
    expect([zonderSociaalDomein.status, onbekend.status]).toEqual([422, 404]);
    expect(zonderSociaalDomein.body.type).toMatch(/opschaling-vereist-sociaal-domein$/);
    expect(lijst.body.items[0]).toMatchObject({
      inburgeraarId: id,
      uitkomst: { vervolg: 'sociaal-domein', opgeschaaldNaar: 'wmo' },
    });
  });

  it('answers 403 to non-participating roles and to gemeente staff putting a case forward', async () => {
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    const fg = await o.token('functionaris-gegevensbescherming', { gemeenten: [WOERDEN] });
    const zelf = await o.token('inburgeraar', { sub: id, gemeenten: [WOERDEN] });
    const statussen = [
      (await agenda(fg)).status,
      (await agenda(zelf)).status,
      (await inbrengen({ inburgeraarId: id, datum: '2026-03-02' }, consulent)).status,
    ];
    expect(statussen).toEqual([403, 403, 403]);
  });

  it('answers 404 outside the token, for an org not serving the gemeente, and for an inburgeraar of another gemeente', async () => {
    const haagse = await o.aanmelden('0518', 'vluchtelingenwerk');
    const inova = await o.token('maatschappelijk-begeleider', { org: 'inova', gemeenten: [WOERDEN] });
    const haags = await o.token('inburgeringsconsulent', { gemeenten: ['0518'] });
    const beide = await o.token('maatschappelijk-begeleider', {
      org: 'vluchtelingenwerk',
      gemeenten: [WOERDEN, '0518'],
    });
    const statussen = [
      (await agenda(haags)).status,
      (await agenda(inova)).status,
      (await inbrengen({ inburgeraarId: haagse, datum: '2026-03-02' }, beide)).status,
    ];
    expect(statussen).toEqual([404, 404, 404]);
  });

  it('answers 400 for an unknown field in the body and in the query, 401 without a token', async () => {
    const a = await inbrengen({ inburgeraarId: 'x', datum: '2026-03-02', naam: 'Ahmad' });
    const b = await roepMetQuery(o.handler, {
      routePath: AGENDA,
      params: { cbs: WOERDEN },
      token: consulent,
      query: 'wie=x',
    });
    const c = await roepMetQuery(o.handler, { routePath: AGENDA, params: { cbs: WOERDEN }, query: '' });
    const d = await roepMetQuery(o.handler, {
      routePath: AGENDA,
      params: { cbs: WOERDEN },
      token: consulent,
      query: 'datum=morgen',
    });
    expect([a.status, b.status, c.status, d.status]).toEqual([400, 400, 401, 400]);
  });

  it('records an outcome reading the one agenda item by key: no Query, whatever the size of the agenda', async () => {
    // Arrange: an agenda of several cases on several dates
    const wmo = await o.token('wmo-consulent', { gemeenten: [WOERDEN] });
    let gekozen = '';
    for (const [i, datum] of ['2026-06-01', '2026-06-01', '2026-07-06', '2026-08-03'].entries()) {
      const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
      const res = await inbrengen({ inburgeraarId: id, datum });
      if (i === 2) gekozen = res.body.agendapuntId;
    }
    const commandos: string[] = [];
    dynamoClient().middlewareStack.add(
      (next, context) => async (args) => {
        commandos.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'telUitkomst' },
    );
    // Act
    const res = await roep(o.handler, {
      method: 'PUT',
      routePath: `${AGENDA}/{agendapuntId}/uitkomst`,
      params: { cbs: WOERDEN, agendapuntId: gekozen },
      body: { vervolg: 'binnen-inburgering' },
      token: wmo,
    }).finally(() => dynamoClient().middlewareStack.remove('telUitkomst'));
    // Assert
    expect(res).toMatchObject({ status: 200, body: { agendapuntId: gekozen, datum: '2026-07-06' } });
    expect(commandos.filter((c) => c === 'QueryCommand')).toEqual([]);
    expect(commandos.filter((c) => c === 'PutItemCommand')).toHaveLength(1);
  });

  it('records the outcome of a line stored before ids named their key (a bare ULID id), as it did then', async () => {
    // Arrange: a line as it was stored before, with its old ULID id
    const wmo = await o.token('wmo-consulent', { gemeenten: [WOERDEN] });
    const id = await o.aanmelden(WOERDEN, 'vluchtelingenwerk');
    await inbrengen({ inburgeraarId: id, datum: '2026-09-07' });
    const { agendapunten } = defaultDeps()();
    const sleutel = keys.agendapunt(WOERDEN, '2026-09-07', id);
    const nu = await agendapunten.laad(sleutel);
    const oudId = '01JZ7Q4S5T6V7W8X9Y0ZABCDEF';
    expect(nu && (await agendapunten.bewaar(sleutel, { ...nu.staat, agendapuntId: oudId }, [], nu.versie))).toBe(true);
    // Act
    const res = await roep(o.handler, {
      method: 'PUT',
      routePath: `${AGENDA}/{agendapuntId}/uitkomst`,
      params: { cbs: WOERDEN, agendapuntId: oudId },
      body: { vervolg: 'binnen-inburgering' },
      token: wmo,
    });
    // Assert
    expect(res).toMatchObject({ status: 200, body: { agendapuntId: oudId, datum: '2026-09-07' } });
    expect((await agendapunten.laad(sleutel))?.staat.agendapuntId).toBe(oudId);
  });
});
