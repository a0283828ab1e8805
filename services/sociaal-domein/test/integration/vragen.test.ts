import { VraagBeantwoord, VraagGesteld } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailVan, type Opstelling, roepMetQuery, startOpstelling } from './opstelling';

const VRAGEN = '/v1/inburgeraars/{id}/vragen';
const ANTWOORD = '/v1/inburgeraars/{id}/vragen/{vraagId}/antwoord';
const VRAAG = {
  onderwerp: 'school-kinderen',
  vraag: 'De oudste zoon gaat sinds twee weken niet naar school. Weet u waarom?',
};

let o: Opstelling;
let consulent: string;
let begeleider: string;
beforeAll(async () => {
  o = await startOpstelling();
  consulent = await o.token('inburgeringsconsulent', { org: 'gemeente-0518', gemeenten: ['0518'] });
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0518'] });
});
afterAll(() => o.omgeving.stop());

const stel = (id: string, token = consulent, body: unknown = VRAAG) =>
  roep(o.handler, { method: 'POST', routePath: VRAGEN, params: { id }, body, token });
const beantwoord = (
  id: string,
  vraagId: string,
  token = begeleider,
  antwoord = 'Hij is ziek geweest; hij gaat maandag weer.',
) => roep(o.handler, { method: 'POST', routePath: ANTWOORD, params: { id, vraagId }, body: { antwoord }, token });

describe('the channel from the inburgeringsconsulent to the begeleider (issue 12)', () => {
  it('stores the question and sends the broker only its subject (categorie consulentvraag, from the gemeente)', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    const ontvangen = o.omgeving.bus.waitFor('toestemming', VraagGesteld.detailType);
    // Act
    const res = await stel(id);
    // Assert
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ onderwerp: 'school-kinderen', vraag: VRAAG.vraag, status: 'open' });
    const e = detailVan(await ontvangen);
    expect(e.meta).toMatchObject({ categorie: 'consulentvraag', actor: { org: 'gemeente-0518' } });
    expect(e.data).toEqual({ vraagId: res.body.vraagId, onderwerp: 'school-kinderen', datum: expect.any(String) });
  });

  it('lets the begeleider answer once: the text goes to the broker (vraag-antwoord), the gemeente sees only that it exists', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    const { vraagId } = (await stel(id)).body;
    const ontvangen = o.omgeving.bus.waitFor('toestemming', VraagBeantwoord.detailType);
    // Act
    const antwoord = await beantwoord(id, vraagId);
    const opnieuw = await beantwoord(id, vraagId);
    const anders = await beantwoord(id, vraagId, begeleider, 'Iets anders');
    const gemeente = await roepMetQuery(o.handler, { routePath: VRAGEN, params: { id }, query: '', token: consulent });
    const organisatie = await roepMetQuery(o.handler, {
      routePath: VRAGEN,
      params: { id },
      query: '',
      token: begeleider,
    });
    // Assert
    expect(antwoord.status).toBe(201);
    expect(antwoord.body.antwoord).toMatchObject({ tekst: 'Hij is ziek geweest; hij gaat maandag weer.' });
    expect(opnieuw.status).toBe(201);
    expect(opnieuw.body.antwoord.antwoordId).toBe(antwoord.body.antwoord.antwoordId);
    expect(anders.status).toBe(409);
    const e = detailVan(await ontvangen);
    expect(e.meta).toMatchObject({ categorie: 'vraag-antwoord', actor: { org: 'vluchtelingenwerk' } });
    expect(e.data).toMatchObject({ vraagId, antwoordId: antwoord.body.antwoord.antwoordId });
    expect(gemeente.body.items).toEqual([
      expect.objectContaining({
        vraagId,
        status: 'beantwoord',
        antwoord: { antwoordId: expect.any(String), beantwoordOp: expect.any(String) },
      }),
    ]);
    expect(JSON.stringify(gemeente.body)).not.toContain('ziek');
    expect(organisatie.body.items[0].antwoord.tekst).toBe('Hij is ziek geweest; hij gaat maandag weer.');
  });

  it('answers 403 to a begeleider asking and a consulent answering, 404 to another organisation and gemeente, 404 for an unknown question', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    const { vraagId } = (await stel(id)).body;
    const humanitas = await o.token('maatschappelijk-begeleider', { org: 'humanitas', gemeenten: ['0518'] });
    const groningen = await o.token('inburgeringsconsulent', { org: 'gemeente-0014', gemeenten: ['0014'] });
    const inkomen = await o.token('inkomensconsulent', { org: 'gemeente-0518', gemeenten: ['0518'] });
    // Act
    const statussen = [
      (await stel(id, begeleider)).status,
      (await stel(id, inkomen)).status,
      (await stel(id, groningen)).status,
      (await beantwoord(id, vraagId, consulent)).status,
      (await beantwoord(id, vraagId, humanitas)).status,
      (await beantwoord(id, 'onbekend')).status,
      (await roepMetQuery(o.handler, { routePath: VRAGEN, params: { id }, query: '', token: humanitas })).status,
      (
        await roepMetQuery(o.handler, {
          routePath: VRAGEN,
          params: { id },
          query: '',
          token: await o.token('inburgeraar', { sub: id }),
        })
      ).status,
    ];
    // Assert
    expect(statussen).toEqual([403, 403, 404, 403, 404, 404, 404, 403]);
  });

  it('pages the questions oldest first with an opaque cursor, and refuses a cursor of another list with 400', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    const ander = await o.aanmelden('0518', 'vluchtelingenwerk');
    const gesteld: string[] = [];
    for (let i = 0; i < 5; i++)
      gesteld.push((await stel(id, consulent, { ...VRAAG, vraag: `Vraag ${i}` })).body.vraagId);
    await stel(ander);
    // Act
    const pagina = (query: string, inb = id) =>
      roepMetQuery(o.handler, { routePath: VRAGEN, params: { id: inb }, query, token: consulent });
    const eerste = await pagina('limit=2');
    const tweede = await pagina(`limit=2&cursor=${eerste.body.volgende}`);
    const derde = await pagina(`limit=2&cursor=${tweede.body.volgende}`);
    const vreemd = await pagina(`limit=2&cursor=${eerste.body.volgende}`, ander);
    // Assert
    const ids = [...eerste.body.items, ...tweede.body.items, ...derde.body.items].map(
      (v: { vraagId: string }) => v.vraagId,
    );
    expect(ids).toEqual([...gesteld].sort());
    expect(derde.body.volgende).toBeUndefined();
    expect(vreemd.status).toBe(400);
  });

  it('pages as every list does (the kit pagination): no volgende after a full last page, 400 problem+json for a bad cursor', async () => {
    // Arrange
    const id = await o.aanmelden('0518', 'vluchtelingenwerk');
    for (let i = 0; i < 4; i++) await stel(id, consulent, { ...VRAAG, vraag: `Vraag ${i}` });
    const pagina = (query: string) =>
      roepMetQuery(o.handler, { routePath: VRAGEN, params: { id }, query, token: consulent });
    const vreemdeSleutel = Buffer.from(JSON.stringify({ pk: `inb#${id}`, sk: 'verwijzing#x' })).toString('base64url');
    // Act
    const eerste = await pagina('limit=2');
    const laatste = await pagina(`limit=2&cursor=${eerste.body.volgende}`);
    const onzin = await pagina('limit=2&cursor=geen-cursor');
    const vreemd = await pagina(`limit=2&cursor=${vreemdeSleutel}`);
    // Assert
    expect(eerste.body.items).toHaveLength(2);
    expect(laatste.body.items).toHaveLength(2);
    expect(laatste.body).not.toHaveProperty('volgende');
    for (const res of [onzin, vreemd]) {
      expect(res.status).toBe(400);
      expect(res.headers?.['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, detail: 'The cursor is not valid for this list.' });
    }
  });
});
