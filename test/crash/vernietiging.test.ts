import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AttributeValue, ListTablesCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { startDynalite } from '@wegwijs/local-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type PlatformProces, startProces, token } from './support';

/**
 * Issue 19, acceptance: a crash (SIGKILL) in the middle of a destruction loses nothing of the verslag and leaves no
 * context half-done after a restart. Two destructions of people with records in every context (a consulent's erasure
 * on error and an informatiebeheerder's approval) are stopped at a known point by the local fault hook: the
 * sociaal-domein's `persoon` function destroys and its answer is held, so the verslag lists the contexts before it as
 * done and the rest open. The platform is killed there and restarted on the same data (same clock): the start's daily
 * run resumes both.
 */
const START = '2026-03-02T09:00:00.000Z';
const ZES_JAAR_LATER = '2032-06-01T09:00:00.000Z';
const HOUD_VAST = 'sociaal-domein-persoon';
const CONSULENT = { sub: 'consulent-0518', rol: 'inburgeringsconsulent', org: 'gemeente-0518', gemeenten: ['0518'] };
const BEGELEIDER = { sub: 'mb-0518', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] };
const BEHEERDER = { sub: 'ib-0518', rol: 'informatiebeheerder', org: 'gemeente-0518', gemeenten: ['0518'] };
const FG = { sub: 'fg-0518', rol: 'functionaris-gegevensbescherming', org: 'gemeente-0518', gemeenten: ['0518'] };

let dataDir: string | undefined;
let proces: PlatformProces | undefined;
afterEach(async () => {
  await proces?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: the answers are JSON of the API's documented shapes
const ok = (res: { status: number; body: any }, ...statussen: number[]) => {
  expect(statussen, JSON.stringify(res.body)).toContain(res.status);
  return res;
};

/** A Den Haag person with records in every context: dossier, traject with plan, regeldag, consent, signaal, referral. */
async function persoonInElkeContext(url: string, voornaam: string, geboortedatum: string): Promise<string> {
  const consulent = await token(url, CONSULENT);
  const begeleider = await token(url, BEGELEIDER);
  const a = ok(
    await api(url, 'POST', '/v1/aanmeldingen', consulent, {
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      koppelingsdatum: '2026-01-15',
      persoon: { voornaam, achternaam: 'Crash', geboortedatum, talen: ['ar'] },
    }),
    201,
  );
  const id = a.body.inburgeraarId as string;
  const pad = `/v1/inburgeraars/${id}`;
  ok(await api(url, 'POST', `${pad}/woningtoewijzing`, consulent, { datum: '2026-02-01' }), 200);
  await api(url, 'GET', '/dev/settled');
  ok(await api(url, 'POST', `${pad}/regeldag`, begeleider, { datum: '2026-02-20', locatie: 'Stadhuis Spui' }), 201);
  const inburgeraar = await token(url, { sub: id, rol: 'inburgeraar' });
  ok(
    await api(url, 'POST', `${pad}/toestemmingen`, inburgeraar, {
      ontvanger: { gemeente: '0518' },
      categorieen: ['zelfredzaamheid', 'signalen', 'verwijzing'],
      expliciet: true,
      doel: 'regie',
      taal: 'ar',
      tekstversie: 'v1',
    }),
    201,
  );
  ok(
    await api(url, 'PUT', `${pad}/begeleidingsplan`, begeleider, {
      datum: '2026-02-25',
      leefgebieden: [{ leefgebied: 'wonen', beginsituatie: `${voornaam} woont bij familie`, doelen: [] }],
    }),
    200,
  );
  ok(
    await api(url, 'POST', `${pad}/signalen`, begeleider, {
      datum: '2026-02-26',
      soort: 'psychisch',
      urgentie: 'midden',
      toelichting: `${voornaam} slaapt slecht`,
    }),
    201,
  );
  ok(await api(url, 'POST', `${pad}/verwijzingen`, begeleider, { naar: 'wmo', toelichting: 'Hulp' }), 201);
  await api(url, 'GET', '/dev/settled');
  return id;
}

async function verslagen(url: string) {
  const res = ok(await api(url, 'GET', '/v1/vernietigingsverslagen?gemeente=0518', await token(url, FG)), 200);
  return res.body.items as {
    verslagId: string;
    inburgeraarId: string;
    reden: string;
    aangevraagdOp: string;
    goedgekeurdDoor?: string;
    contexten: { context: string; vernietigdOp?: string }[];
    voltooidOp?: string;
  }[];
}

/** Every item of every table (the platform stopped: its data directory opened by dynalite) that holds a value. */
async function sporen(dir: string, ...waarden: string[]): Promise<string[]> {
  const dynamo = await startDynalite({ path: join(dir, 'dynamodb') });
  try {
    const { TableNames = [] } = await dynamo.client.send(new ListTablesCommand({}));
    const hits: string[] = [];
    for (const tabel of TableNames) {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await dynamo.client.send(
          new ScanCommand({ TableName: tabel, ...(start ? { ExclusiveStartKey: start } : {}) }),
        );
        for (const item of page.Items ?? []) {
          const tekst = JSON.stringify(unmarshall(item));
          if (waarden.some((w) => tekst.includes(w))) hits.push(`${tabel} ${item.pk?.S} ${item.sk?.S}`);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return hits;
  } finally {
    await dynamo.stop();
  }
}

describe('a SIGKILL of the local platform in the middle of a destruction', () => {
  it('loses nothing of the verslag and leaves no context half-done after the restart', async () => {
    // Arrange: two people with records in every context; the first traject ends, six years pass
    dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-crash-vernietiging-'));
    proces = await startProces(dataDir, { WEGWIJS_KLOK: START, WEGWIJS_HOUD_VAST: HOUD_VAST });
    const url = proces.url;
    const oud = await persoonInElkeContext(url, 'Oudeweg', '1970-01-31');
    const fout = await persoonInElkeContext(url, 'Foutief', '1985-08-14');
    ok(
      await api(url, 'POST', `/v1/inburgeraars/${oud}/afronding`, await token(url, BEGELEIDER), {
        datum: '2026-03-02',
        soort: 'eindgesprek',
      }),
      200,
    );
    await api(url, 'GET', '/dev/settled');
    ok(await api(url, 'POST', '/dev/klok', undefined, { nu: ZES_JAAR_LATER }), 200, 204);
    await api(url, 'POST', '/dev/planner');
    const beheerder = await token(url, BEHEERDER);
    const lijst = ok(await api(url, 'GET', '/v1/vernietigingslijst?gemeente=0518', beheerder), 200);
    expect(lijst.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toContain(oud);

    // Act: both destructions start and stop where the fault hook holds them; then the kill
    void api(url, 'POST', `/v1/inburgeraars/${fout}/verwijdering`, await token(url, CONSULENT), {
      reden: 'correctiesignaal',
    }).catch(() => undefined);
    await proces.wachtOp(`held ${HOUD_VAST}`, 1);
    void api(url, 'POST', `/v1/vernietigingslijst/${oud}/akkoord`, beheerder).catch(() => undefined);
    await proces.wachtOp(`held ${HOUD_VAST}`, 2);
    const voor = await verslagen(url);
    await proces.kill();
    proces = await startProces(dataDir, { WEGWIJS_KLOK: ZES_JAAR_LATER });
    await api(proces.url, 'GET', '/dev/settled');
    const na = await verslagen(proces.url);

    // Assert: before the kill, each verslag had the contexts before sociaal-domein done and the rest open
    expect(voor.map((v) => v.inburgeraarId).sort()).toEqual([oud, fout].sort());
    for (const v of voor) {
      expect(v.voltooidOp).toBeUndefined();
      expect(v.contexten.filter((c) => c.vernietigdOp).map((c) => c.context)).toEqual([
        'aanmelding',
        'regeldag',
        'begeleiding',
      ]);
    }
    // ... after the restart, the same verslagen (id, reason, requested time, approval, contexts), each complete,
    // the times recorded before the kill kept
    expect(na).toHaveLength(2);
    for (const v of voor) {
      const daarna = na.find((x) => x.verslagId === v.verslagId);
      expect(daarna).toMatchObject({
        inburgeraarId: v.inburgeraarId,
        reden: v.reden,
        aangevraagdOp: v.aangevraagdOp,
        ...(v.goedgekeurdDoor ? { goedgekeurdDoor: v.goedgekeurdDoor } : {}),
        voltooidOp: expect.any(String),
      });
      expect(daarna?.contexten.map((c) => c.context)).toEqual(v.contexten.map((c) => c.context));
      expect(daarna?.contexten.every((c) => c.vernietigdOp)).toBe(true);
      for (const c of v.contexten.filter((x) => x.vernietigdOp)) {
        expect(daarna?.contexten.find((x) => x.context === c.context)?.vernietigdOp).toBe(c.vernietigdOp);
      }
    }
    expect(na.find((v) => v.inburgeraarId === fout)?.reden).toBe('correctiesignaal');
    expect(na.find((v) => v.inburgeraarId === oud)?.reden).toBe('bewaartermijn-verstreken');
    // ... every path of both answers 404, and no table holds a trace of either but their verslag
    const consulent = await token(proces.url, CONSULENT);
    for (const id of [oud, fout]) {
      for (const rest of ['', '/traject', '/regeldag', '/toestemmingen', '/verwijzingen', '/begeleidingsplan']) {
        expect((await api(proces.url, 'GET', `/v1/inburgeraars/${id}${rest}`, consulent)).status, rest).toBe(404);
      }
    }
    await api(proces.url, 'GET', '/dev/settled');
    await proces.kill();
    const over = await sporen(dataDir, oud, fout, 'Oudeweg', 'Foutief', '1970-01-31', '1985-08-14');
    expect(
      over.filter((h) => !/ VERSLAG#/.test(h)),
      over.join('\n'),
    ).toEqual([]);
  }, 300_000);
});
