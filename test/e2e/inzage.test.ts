import { PERSOON_CONTEXTEN, type PersoonRecord } from '@wegwijs/contracts';
import { DEPLOYMENT } from '@wegwijs/infra/local/platform';
import { inhoudVan } from '@wegwijs/lambda-kit';
import { tabelNaam } from '@wegwijs/local-kit';
import { sporenVan } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 19 item 5: the inzage holds every record a scan of the tables finds for the person, and nothing of another.
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const ok = (res: { status: number; body: unknown }, status = 201) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

/** A Den Haag person with a begeleidingsplan, a signaal, a verwijzing and consents (and a meetmoment shared). */
async function persoonMetDossier(n: number): Promise<Dossier> {
  const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['zelfredzaamheid', 'signalen', 'verwijzing'],
        expliciet: true,
        doel: 'regie',
        taal: 'ti',
        tekstversie: 'toestemming-v1',
      },
    }),
  );
  const plan = await p.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
    token: d.begeleider,
    body: {
      datum: plusDagen(vandaag(), -5),
      leefgebieden: [
        {
          leefgebied: 'wonen',
          beginsituatie: `Woont tijdelijk bij familie ${n}`,
          doelen: [{ omschrijving: 'Huur op tijd betalen' }],
        },
      ],
    },
  });
  ok(plan, 200);
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/signalen`, {
      token: d.begeleider,
      body: {
        datum: plusDagen(vandaag(), -2),
        soort: 'psychisch',
        urgentie: 'midden',
        toelichting: `Slaapt slecht ${n}`,
      },
      headers: { 'idempotency-key': `signaal-${d.id}` },
    }),
  );
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
      token: d.begeleider,
      body: { naar: 'wmo', toelichting: `Hulp bij het huishouden ${n}` },
    }),
  );
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 3 }, toelichting: `Zoekt werk ${n}` },
    }),
  );
  await p.settled();
  return d;
}

const storage = new Set(['idem#', 'evt#', 'vernietigd#']);
const isRecord = (item: Record<string, unknown>) => ![...storage].some((s) => String(item.pk).startsWith(s));

describe('GET /v1/inburgeraars/{id}/inzage', () => {
  let a: Dossier;
  let b: Dossier;
  beforeAll(async () => {
    a = await persoonMetDossier(1);
    b = await persoonMetDossier(2);
  });

  it('holds every record a scan of every context finds for the person, free text included, and nothing of another', async () => {
    // Act
    const res = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: a.inburgeraar });
    // Assert
    expect(res.status).toBe(200);
    const { gegevens } = res.body as { gegevens: PersoonRecord[] };
    const client = p.platform.dynamo.client;
    for (const context of PERSOON_CONTEXTEN) {
      const gevonden = (await sporenVan(client, tabelNaam(DEPLOYMENT, context), a.id)).filter(isRecord);
      expect(gevonden.length, context).toBeGreaterThan(0);
      const inhoud = gegevens.filter((r) => r.context === context).map((r) => JSON.stringify(r.inhoud));
      for (const item of gevonden) {
        // The broker's staat holds its chain head and entries not yet copied: those are log records of their own.
        const { kop: _k, teLoggen: _t, ...rest } = inhoudVan(item);
        expect(inhoud, `${context} ${String(item.sk)}`).toContainEqual(JSON.stringify(rest));
      }
    }
    const tekst = JSON.stringify(res.body);
    for (const vrij of [
      'Woont tijdelijk bij familie 1',
      'Slaapt slecht 1',
      'Hulp bij het huishouden 1',
      'Zoekt werk 1',
    ]) {
      expect(tekst).toContain(vrij);
    }
    expect(tekst).not.toContain(b.id);
    expect(tekst).not.toMatch(/familie 2|slecht 2|huishouden 2|werk 2/);
    expect(res.body).toMatchObject({ inburgeraarId: a.id, opgesteldOp: expect.any(String) });
    // The register's activities the log names, and the deployment's bewaartermijn for every kind of record.
    expect(res.body.verwerkingsactiviteiten.length).toBeGreaterThan(0);
    const activiteiten = (await p.api('GET', '/v1/verwerkingsactiviteiten', { token: a.inburgeraar })).body.items;
    for (const id of res.body.verwerkingsactiviteiten) {
      expect(activiteiten.map((x: { id: string }) => x.id)).toContain(id);
    }
    expect(res.body.bewaartermijnen.map((t: { soort: string }) => t.soort)).toEqual(
      expect.arrayContaining(['plan', 'signaal', 'verwijzing', 'toestemming', 'verwerkingenlog']),
    );
    for (const t of res.body.bewaartermijnen) expect(t.termijn).toMatch(/^(P(\d+Y)?(\d+M)?|P0D|blijvend)$/);
    expect(res.body.gedeeld).toContainEqual(
      expect.objectContaining({ categorie: 'zelfredzaamheid', aan: '0518', grondslag: 'toestemming' }),
    );
  });

  it('gives the FG of the gemeente the same; 403 for another gemeente role, 404 outside the gemeente or for another person', async () => {
    // Arrange
    const vreemdeFg = await p.token({ sub: 'fg-0599', rol: 'functionaris-gegevensbescherming', gemeenten: ['0599'] });
    // Act
    const fg = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: a.fg });
    const consulent = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: a.consulent });
    const buiten = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: vreemdeFg });
    const ander = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: b.inburgeraar });
    const onbekend = await p.api('GET', '/v1/inburgeraars/bestaat-niet/inzage', { token: a.fg });
    // Assert
    expect(fg.status).toBe(200);
    expect(fg.body.gegevens.length).toBeGreaterThan(5);
    expect(consulent.status).toBe(403);
    expect([buiten.status, ander.status, onbekend.status]).toEqual([404, 404, 404]);
    expect(consulent.headers.get('content-type')).toBe('application/problem+json');
  });
});
