import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { PERSOON_CONTEXTEN, type PersoonRecord } from '@wegwijs/contracts';
import { DEPLOYMENT } from '@wegwijs/infra/local/platform';
import { inhoudVan } from '@wegwijs/lambda-kit';
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

/** Every item of every table of the platform that names the value anywhere, with its table's context. */
async function scan(waarde: string): Promise<{ context: string; item: Record<string, unknown> }[]> {
  const client = p.platform.dynamo.client;
  const { TableNames = [] } = await client.send(new ListTablesCommand({}));
  const gevonden = await Promise.all(
    TableNames.map(async (tabel) =>
      (await sporenVan(client, tabel, waarde)).map((item) => ({
        context: tabel.replace(`wegwijs-${DEPLOYMENT}-`, ''),
        item,
      })),
    ),
  );
  return gevonden.flat();
}

/**
 * What a scan finds that is no record of its own: a stored answer to a request with an Idempotency-Key (`idem#`, a
 * copy of what the request answered, removed with the person) and a context's tombstone (none while the person lives).
 */
const isOpslag = (item: Record<string, unknown>) => /^(idem|vernietigd)#/.test(String(item.pk));

/**
 * A stored item's content as the export shows it: without storage attributes; the broker's staat without its chain
 * head and entries not yet copied (those are log records of their own); the archief's state, kept as one JSON
 * attribute, as the object it is.
 */
function alsInhoud(item: Record<string, unknown>): Record<string, unknown> {
  const { kop: _k, teLoggen: _t, ...rest } = inhoudVan(item);
  return String(item.pk).startsWith('PERSOON#') && typeof rest.staat === 'string' ? JSON.parse(rest.staat) : rest;
}

describe('GET /v1/inburgeraars/{id}/inzage', () => {
  let a: Dossier;
  let b: Dossier;
  beforeAll(async () => {
    a = await persoonMetDossier(1);
    b = await persoonMetDossier(2);
  });

  it('holds every record a scan of every table finds for the person, free text included, and nothing of another', async () => {
    // Arrange: what every table holds of the person before the request
    await p.settled();
    const voor = (await scan(a.id)).filter(({ item }) => !isOpslag(item));
    // Act
    const res = await p.api('GET', `/v1/inburgeraars/${a.id}/inzage`, { token: a.inburgeraar });
    await p.settled();
    const na = (await scan(a.id)).filter(({ item }) => !isOpslag(item));
    // Assert: every record found before is in the export, in its context, whole
    expect(res.status).toBe(200);
    const { gegevens } = res.body as { gegevens: PersoonRecord[] };
    const inhoud = (context: string) =>
      gegevens.filter((r) => r.context === context).map((r) => JSON.stringify(r.inhoud));
    const ontbrekend = voor.filter(({ context, item }) => {
      // The broker's staat holds its chain head and entries not yet copied: those are log records of their own.
      return !inhoud(context).includes(JSON.stringify(alsInhoud(item)));
    });
    expect(
      ontbrekend.map(({ context, item }) => `${context} ${String(item.pk)} ${String(item.sk)}`),
      'records a scan finds that the export lacks',
    ).toEqual([]);
    for (const context of PERSOON_CONTEXTEN) {
      expect(voor.filter((v) => v.context === context).length, context).toBeGreaterThan(0);
    }
    // ... and the export holds nothing a scan does not find for the person (after it: its own access is logged now)
    const gevonden = new Set(
      na.map(({ context, item }) => {
        return `${context} ${JSON.stringify(alsInhoud(item))}`;
      }),
    );
    const logEntries = new Set(
      na.flatMap(({ context, item }) =>
        [...((item.teLoggen as unknown[] | undefined) ?? []), ...(item.kop ? [item.kop] : [])].map(
          (e) => `${context} ${JSON.stringify(e)}`,
        ),
      ),
    );
    const vreemd = gegevens.filter((r) => {
      const sleutel = `${r.context} ${JSON.stringify(r.inhoud)}`;
      return !gevonden.has(sleutel) && !logEntries.has(sleutel);
    });
    expect(vreemd, 'records in the export that no scan for the person finds').toEqual([]);
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
