import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const toestemming = (categorieen: string[], extra: Record<string, unknown> = {}) => ({
  ontvanger: { gemeente: '0518' },
  categorieen,
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'toestemming-v1',
  ...extra,
});
const verwerkingen = async (d: Dossier, token = d.inburgeraar) =>
  (await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token })).body;
const voortgang = async (d: Dossier, token = d.consulent) =>
  (await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token })).body.items as {
    bronId: string;
    categorie: string;
    grondslag: string;
    gegevens: unknown;
  }[];
const meetmoment = async (d: Dossier) => {
  const res = await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
    token: d.begeleider,
    body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
  });
  expect(res.status).toBe(201);
  await p.settled();
  return res.body.meetmomentId as string;
};

describe('the consent broker over HTTP (Den Haag)', () => {
  it('shares trajectstatus on the statutory task and zelfredzaamheid only under an active consent', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    expect((await voortgang(d)).some((i) => i.categorie === 'trajectstatus' && i.grondslag === 'wettelijke-taak')).toBe(
      true,
    );

    const zonder = await meetmoment(d);
    const log1 = await verwerkingen(d);
    expect(log1.items).toContainEqual(
      expect.objectContaining({ actie: 'geweigerd', bronId: zonder, categorie: 'zelfredzaamheid' }),
    );

    const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: toestemming(['zelfredzaamheid']),
    });
    expect(gegeven.status).toBe(201);
    expect(gegeven.body).toMatchObject({
      status: 'actief',
      categorieen: ['zelfredzaamheid'],
      taal: 'ar',
      tekstversie: 'toestemming-v1',
    });
    const met = await meetmoment(d);

    const items = await voortgang(d);
    expect(items.map((i) => i.bronId)).toContain(met);
    expect(items.map((i) => i.bronId)).not.toContain(zonder);
    expect(items.find((i) => i.bronId === met)).toMatchObject({
      categorie: 'zelfredzaamheid',
      grondslag: 'toestemming',
      toestemmingId: gegeven.body.toestemmingId,
    });

    // Withdrawal: when the call returns, the gemeente's view no longer holds what was shared under it
    const intrekking = await p.api(
      'POST',
      `/v1/inburgeraars/${d.id}/toestemmingen/${gegeven.body.toestemmingId}/intrekking`,
      { token: d.inburgeraar },
    );
    expect(intrekking.status).toBe(200);
    expect(intrekking.body).toMatchObject({
      toestemmingId: gegeven.body.toestemmingId,
      status: 'ingetrokken',
      ingetrokkenOp: expect.any(String),
    });
    expect((await voortgang(d)).map((i) => i.bronId)).not.toContain(met);
    const na = await meetmoment(d);
    expect((await voortgang(d)).map((i) => i.bronId)).not.toContain(na);

    // The log: every decision, read and consent change; no content; an intact chain
    const log = await verwerkingen(d);
    const acties = new Set(log.items.map((e: { actie: string }) => e.actie));
    for (const actie of [
      'gedeeld',
      'geweigerd',
      'ingezien',
      'toestemming-gegeven',
      'toestemming-ingetrokken',
      'verwijderd',
    ]) {
      expect(acties).toContain(actie);
    }
    expect(log.keten).toEqual({ geldig: true });
    expect(JSON.stringify(log)).not.toContain('"wonen"');
    const lijst = await p.api('GET', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.consulent });
    expect(lijst.body.items).toContainEqual(
      expect.objectContaining({ toestemmingId: gegeven.body.toestemmingId, status: 'ingetrokken' }),
    );
  });

  it('refuses consents the API forbids with 422 and lets only the inburgeraar or the assigned begeleider grant', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const post = (token: string, body: unknown) =>
      p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, { token, body });
    expect((await post(d.inburgeraar, toestemming(['signalen']))).status).toBe(422);
    expect((await post(d.inburgeraar, toestemming(['trajectstatus']))).status).toBe(422);
    expect((await post(d.inburgeraar, toestemming(['praktische-zaken']))).status).toBe(422);
    expect((await post(d.inburgeraar, toestemming([]))).status).toBe(422);
    expect(
      (await post(d.inburgeraar, toestemming(['contactmomenten'], { geldigTot: plusDagen(vandaag(), -1) }))).status,
    ).toBe(422);
    expect((await post(d.inburgeraar, toestemming(['contactmomenten'], { onbekend: true }))).status).toBe(400);
    expect((await post(d.consulent, toestemming(['contactmomenten']))).status).toBe(403);
    expect((await post(d.begeleider, toestemming(['contactmomenten']))).status).toBe(422);
    const namens = await post(
      d.begeleider,
      toestemming(['signalen'], { expliciet: true, vastgelegd: { wijze: 'mondeling-met-tolk', tolk: 'tolk-ti-17' } }),
    );
    expect(namens.status).toBe(201);
    const ander = await p.token({
      sub: 'mb-x',
      rol: 'maatschappelijk-begeleider',
      org: 'humanitas',
      gemeenten: ['0014'],
    });
    expect((await post(ander, toestemming(['contactmomenten'], { vastgelegd: { wijze: 'papier' } }))).status).toBe(404);
  });

  it('shares with the role the consent names and lets only the inburgeraar and the FG read the log', async () => {
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const inkomen = await p.token({ sub: 'ik-1', rol: 'inkomensconsulent', org: 'gemeente-0518', gemeenten: ['0518'] });
    await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: toestemming(['voortgangsrapportage'], { ontvanger: { gemeente: '0518', rol: 'inkomensconsulent' } }),
    });
    const rapportage = await p.api('POST', `/v1/inburgeraars/${d.id}/voortgangsrapportages`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), tekst: 'Budgetcursus gevolgd.' },
    });
    await p.settled();
    expect((await voortgang(d, inkomen)).map((i) => i.bronId)).toContain(rapportage.body.rapportageId);
    expect((await voortgang(d, d.consulent)).map((i) => i.bronId)).not.toContain(rapportage.body.rapportageId);

    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token: d.fg })).status).toBe(200);
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token: d.consulent })).status).toBe(403);
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.begeleider })).status).toBe(403);
    const vreemde = await p.token({ sub: 'c-0014', rol: 'inburgeringsconsulent', gemeenten: ['0014'] });
    expect((await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: vreemde })).status).toBe(404);
  });
});
