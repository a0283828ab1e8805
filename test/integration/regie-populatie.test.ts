import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  type AnoniemeMeta,
  INDICATORSETS,
  type Indicatorset,
  RegietellingenBijgewerkt,
  type Telling,
} from '@wegwijs/contracts';
import type { RegieCel } from '@wegwijs/contracts/api/regie-responses';
import { DOORLOOP_MIJLPALEN, INDICATOREN, START_MB_NAAR_TAALLES } from '@wegwijs/contracts/events/regie-catalogus';
import { type AggregaatOpslag, dynamoClient } from '@wegwijs/lambda-kit';
import { startmomentenVoor } from '@wegwijs/profielen';
import { gebruik, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inburgeraar } from '../../services/aanmelding/src/domain/inburgeraar';
import { regietellingen as aanmeldingTellingen } from '../../services/aanmelding/src/domain/regietellingen';
import { indicatoren } from '../../services/regie/src/app/indicatoren';
import type { Vak } from '../../services/regie/src/domain/tellers';
import { createConsumer } from '../../services/regie/src/handlers/consumer';
import { defaultDeps } from '../../services/regie/src/handlers/deps';
import { regieTabel } from '../../services/regie/src/tabel';
import { regietellingen as verwijzingTellingen } from '../../services/sociaal-domein/src/domain/regietellingen';
import type { Verwijzing } from '../../services/sociaal-domein/src/domain/typen';
import { regietellingen as toestemmingTellingen } from '../../services/toestemming/src/domain/regietellingen';
import type { Staat } from '../../services/toestemming/src/domain/typen';
import {
  begeleidingTellingen,
  maandVan,
  type Persoon,
  plusDagen,
  populatie,
  willekeur,
} from '../support/regie-populatie';

// Issue 13, acceptance: regie's figures for a generated population of 1,040 inburgeraars over the thirteen gemeenten
// of all eight cases (fixed seed), against figures computed by hand from the population. The tellingen come from the
// producers' own pure functions where the population models their aggregate (aanmelding, sociaal-domein,
// toestemming) and from the population directly for begeleiding. Every event is delivered through the real consumer
// against dynalite, shuffled, a fifth of them twice, with a crash after the first item of one event in twenty.

const AANTAL = 1040;
const VOLLE_SETS: Indicatorset[] = ['fasen', 'afspraken', 'contacten', 'capaciteit', 'toestemmingen'];
const SEED = 13;
const VANAF = '2025-01';
const TOT = '2026-12';

let omgeving: TestOmgeving;
let mensen: Persoon[];
let gemeenten: string[];
let bezorgingen = 0;
let crashes = 0;

/** One RegietellingenBijgewerkt as a producer publishes it (the tellingen in batches of at most 100). */
interface Uitgezonden {
  bron: string;
  gemeente: string;
  tellingen: Telling[];
}

/** What the producers emit for one person: one event per write, as the outbox does (empty writes emit nothing). */
function eventsVan(p: Persoon): Uitgezonden[] {
  const uit: Uitgezonden[] = [];
  const zend = (bron: string, tellingen: readonly unknown[]) => {
    for (let i = 0; i < tellingen.length; i += 100) {
      uit.push({ bron, gemeente: p.gemeente, tellingen: tellingen.slice(i, i + 100) as Telling[] });
    }
  };
  // aanmelding: the inburgeraar write by write, through the producer's regietellingen (before -> after)
  const feit = (datum: string) => ({ mijlpaalId: `m-${datum}`, datum });
  const stappen: Inburgeraar[] = [];
  let s: Inburgeraar = {
    inburgeraarId: p.id,
    gemeente: p.gemeente,
    doelgroep: p.doelgroep,
    uitvoeringsorganisatie: p.profiel.uitvoeringsorganisatie,
    koppelingsdatum: p.koppeling,
    persoon: { voornaam: p.voornaam, achternaam: p.achternaam, geboortedatum: p.geboortedatum, talen: ['ti'] },
    aangemeldOp: `${p.koppeling}T09:00:00.000Z`,
  };
  stappen.push(s);
  const volgende = (wijziging: Partial<Inburgeraar>) => {
    s = { ...s, ...wijziging };
    stappen.push(s);
  };
  if (p.woningtoewijzing) volgende({ woningtoewijzingsdatum: p.correctie?.eerst ?? p.woningtoewijzing });
  if (p.brpInschrijving) volgende({ brpInschrijvingsdatum: p.brpInschrijving });
  if (p.regeldag) volgende({ mbMijlpalen: { regeldag: p.regeldag } });
  if (p.opstartfaseAfgerond)
    volgende({ mbMijlpalen: { ...s.mbMijlpalen, 'opstartfase-afgerond': p.opstartfaseAfgerond } });
  if (p.bredeIntake) volgende({ inburgering: { 'brede-intake': feit(p.bredeIntake) } });
  if (p.pipVastgesteld) volgende({ inburgering: { ...s.inburgering, 'pip-vastgesteld': feit(p.pipVastgesteld) } });
  if (p.eersteTaalles) volgende({ inburgering: { ...s.inburgering, 'eerste-taalles': feit(p.eersteTaalles) } });
  if (p.correctie && p.woningtoewijzing) volgende({ woningtoewijzingsdatum: p.woningtoewijzing });
  for (const [i, na] of stappen.entries()) {
    zend('wegwijs.aanmelding', aanmeldingTellingen(p.profiel, stappen[i - 1], na));
  }

  // begeleiding: from the population directly (see regie-populatie.ts)
  zend('wegwijs.begeleiding', begeleidingTellingen(p));

  // sociaal-domein: the verwijzing and each step of its lifecycle, through the producer
  if (p.verwijzing) {
    let v: Verwijzing = {
      verwijzingId: `v-${p.id}`,
      inburgeraarId: p.id,
      naar: p.verwijzing.naar,
      status: 'verstuurd',
      datum: p.verwijzing.datum,
      toelichting: `Hulp voor ${p.voornaam} ${p.achternaam}`,
      grondslag: 'toestemming',
      verstuurdDoor: 'mb-1',
      bijgewerktOp: `${p.verwijzing.datum}T10:00:00.000Z`,
    };
    zend('wegwijs.sociaal-domein', verwijzingTellingen(undefined, v));
    for (const stap of p.verwijzing.stappen) {
      const na: Verwijzing = { ...v, status: stap.status, bijgewerktOp: `${stap.op}T10:00:00.000Z` };
      zend('wegwijs.sociaal-domein', verwijzingTellingen(v, na));
      v = na;
    }
  }

  // toestemming: the broker's staat when the consent is given and when it is withdrawn, through the producer
  if (p.toestemming) {
    const leeg = {
      inburgeraarId: p.id,
      gemeente: p.gemeente,
      uitvoeringsorganisatie: p.profiel.uitvoeringsorganisatie,
      orgSinds: `${p.koppeling}T09:00:00.000Z`,
      versie: 1,
      toestemmingen: [],
    } as Staat;
    const toestemming = {
      toestemmingId: `t-${p.id}`,
      inburgeraarId: p.id,
      ontvanger: { gemeente: p.gemeente },
      categorieen: p.toestemming.categorieen,
      doel: 'verwijzing',
      geldigVanaf: p.toestemming.gegeven,
      expliciet: true,
      taal: 'ti',
      tekstversie: 'v1',
      uitvoeringsorganisatie: p.profiel.uitvoeringsorganisatie,
    } as Staat['toestemmingen'][number];
    const gegeven = { ...leeg, versie: 2, toestemmingen: [toestemming] };
    zend('wegwijs.toestemming', toestemmingTellingen(leeg, gegeven));
    if (p.toestemming.ingetrokken) {
      const ingetrokkenOp = `${p.toestemming.ingetrokken}T12:00:00.000Z`;
      zend(
        'wegwijs.toestemming',
        toestemmingTellingen(gegeven, { ...gegeven, versie: 3, toestemmingen: [{ ...toestemming, ingetrokkenOp }] }),
      );
    }
  }
  return uit;
}

const busEvent = (id: string, e: Uitgezonden): EventBridgeEvent<string, unknown> => {
  const meta: AnoniemeMeta = {
    id,
    occurredAt: '2026-12-31T12:00:00.000Z',
    gemeente: e.gemeente,
    actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
    correlationId: `c-${id}`,
  };
  return {
    version: '0',
    id: `eb-${id}`,
    'detail-type': RegietellingenBijgewerkt.detailType,
    source: e.bron,
    account: '000000000000',
    time: meta.occurredAt,
    region: 'eu-west-1',
    resources: [],
    detail: { meta, data: { tellingen: e.tellingen } },
  };
};

/** The store's items of one event crash once right after their first write (the function dies between two items). */
function crashend(vakken: AggregaatOpslag<Vak>, crashVoor: Set<string>): AggregaatOpslag<Vak> {
  return {
    ...vakken,
    async bewaar(sleutel, staat, uitgaand, vorige) {
      const gelukt = await vakken.bewaar(sleutel, staat, uitgaand, vorige);
      const id = staat.toegepast.at(-1) ?? '';
      if (gelukt && crashVoor.delete(id)) {
        crashes++;
        throw new Error('crash after the first item');
      }
      return gelukt;
    },
  };
}

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [regieTabel] });
  gebruik(omgeving, 'regie');
  mensen = populatie(AANTAL, SEED);
  gemeenten = [...new Set(mensen.map((p) => p.gemeente))].sort();

  // Arrange: every event the producers emit, a fifth of them twice, in a seeded shuffle
  const r = willekeur(SEED + 1);
  const events = mensen.flatMap(eventsVan).map((e, i) => busEvent(`e${i.toString(36).padStart(6, '0')}`, e));
  const wachtrij = [...events, ...events.filter(() => r.kans(0.2))];
  for (let i = wachtrij.length - 1; i > 0; i--) {
    const j = r.tot(i + 1);
    [wachtrij[i], wachtrij[j]] = [
      wachtrij[j] as EventBridgeEvent<string, unknown>,
      wachtrij[i] as EventBridgeEvent<string, unknown>,
    ];
  }
  const crashVoor = new Set(
    events.filter(() => r.kans(0.05)).map((e) => (e.detail as { meta: { id: string } }).meta.id),
  );
  const echt = defaultDeps()();
  const consumer = createConsumer({
    ...echt,
    store: { ...echt.store, vakken: crashend(echt.store.vakken, crashVoor) },
  });

  // Act: deliver with 6 concurrent invocations; a failed one is delivered again later (EventBridge retries)
  const werker = async () => {
    for (let e = wachtrij.shift(); e; e = wachtrij.shift()) {
      bezorgingen++;
      await consumer(e).catch(() => wachtrij.push(e as EventBridgeEvent<string, unknown>));
    }
  };
  await Promise.all(Array.from({ length: 6 }, werker));
}, 600_000);
afterAll(() => omgeving?.stop());

// --- the expectation, by hand: plain loops over the generated people ---

const sleutel = (gemeente: string, maand: string, indicator: string, dimensies: Record<string, string | undefined>) =>
  `${gemeente}|${maand}|${indicator}|${Object.entries(dimensies)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',')}`;

const MAANDEN = (() => {
  const uit: string[] = [];
  for (let m = VANAF; m <= TOT; m = plusDagen(`${m}-28`, 5).slice(0, 7)) uit.push(m);
  return uit;
})();

/** The counts of every cell by hand, totals of one-dimension indicators included. */
function verwachteAantallen(set: Indicatorset): Map<string, number> {
  const tel = new Map<string, number>();
  const plus = (g: string, m: string, indicator: string, dims: Record<string, string>, n = 1) => {
    tel.set(sleutel(g, m, indicator, dims), (tel.get(sleutel(g, m, indicator, dims)) ?? 0) + n);
    if (Object.keys(dims).length === 1)
      tel.set(sleutel(g, m, indicator, {}), (tel.get(sleutel(g, m, indicator, {})) ?? 0) + n);
  };
  for (const p of mensen) {
    const g = p.gemeente;
    if (set === 'fasen') {
      plus(g, maandVan(p.koppeling), 'aanmeldingen', { doelgroep: p.doelgroep });
      for (const m of MAANDEN) {
        // the fase at the end of the month: the last one that began in or before it
        const fase = p.fasen.filter((f) => maandVan(f.van) <= m).at(-1)?.fase;
        if (fase) plus(g, m, 'inburgeraars', { fase, doelgroep: p.doelgroep });
      }
    }
    if (set === 'afspraken') {
      for (const a of p.afspraken) {
        plus(g, maandVan(a.datum), 'gepland', { fase: a.fase });
        if (a.status !== 'gepland') plus(g, maandVan(a.datum), a.status, { fase: a.fase });
      }
    }
    if (set === 'contacten')
      for (const c of p.contacten) plus(g, maandVan(c.datum), 'contactmomenten', { fase: c.fase, vorm: c.vorm });
    if (set === 'capaciteit') {
      for (const m of MAANDEN) {
        for (const w of p.toewijzingen) {
          const actief = maandVan(w.van) <= m && !(w.tot && maandVan(w.tot) <= m);
          if (actief) plus(g, m, 'toewijzingen', { dienstverband: w.dienstverband, rol: w.rol });
        }
      }
    }
    if (set === 'verlengingen') for (const v of p.verlengingen) plus(g, maandVan(v), 'toegekend', {});
    if (set === 'afrondingen' && p.afronding)
      plus(g, maandVan(p.afronding.datum), 'afgerond', { soort: p.afronding.soort });
    if (set === 'verwijzingen' && p.verwijzing) {
      plus(g, maandVan(p.verwijzing.datum), 'verstuurd', { partner: p.verwijzing.naar });
      for (const s of p.verwijzing.stappen)
        plus(g, maandVan(s.op), 'uitkomst', { partner: p.verwijzing.naar, uitkomst: s.status });
    }
    if (set === 'toestemmingen' && p.toestemming) {
      for (const categorie of p.toestemming.categorieen) {
        plus(g, maandVan(p.toestemming.gegeven), 'gegeven', { categorie });
        if (p.toestemming.ingetrokken) plus(g, maandVan(p.toestemming.ingetrokken), 'ingetrokken', { categorie });
      }
    }
  }
  return tel;
}

const dagenTussen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / 86_400_000);

/** The days of every doorlooptijd by hand, per gemeente, month (of the later milestone) and indicator. */
function verwachteDoorlooptijden(): Map<string, number[]> {
  const uit = new Map<string, number[]>();
  for (const p of mensen) {
    const datums: Record<string, string | undefined> = {
      koppeling: p.koppeling,
      woningtoewijzing: p.woningtoewijzing,
      'brp-inschrijving': p.brpInschrijving,
      regeldag: p.regeldag,
      'opstartfase-afgerond': p.opstartfaseAfgerond,
      'brede-intake': p.bredeIntake,
      'pip-vastgesteld': p.pipVastgesteld,
      'eerste-taalles': p.eersteTaalles,
    };
    const startdatums = startmomentenVoor(p.profiel, p.doelgroep)
      .map((m) => datums[m])
      .filter((d): d is string => d !== undefined)
      .sort();
    const paren: [string, string | undefined, string | undefined][] = DOORLOOP_MIJLPALEN.slice(1).map((naar, i) => {
      const van = DOORLOOP_MIJLPALEN[i] as string;
      return [`${van}--${naar}`, datums[van], datums[naar]];
    });
    paren.push([START_MB_NAAR_TAALLES, startdatums[0], p.eersteTaalles]);
    for (const [indicator, van, tot] of paren) {
      if (!van || !tot || dagenTussen(van, tot) < 0) continue;
      const k = sleutel(p.gemeente, maandVan(tot), indicator, {});
      uit.set(k, [...(uit.get(k) ?? []), dagenTussen(van, tot)]);
    }
  }
  return uit;
}

const mediaanVan = (w: number[]) => {
  const s = [...w].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};
const p90Van = (w: number[]) => [...w].sort((a, b) => a - b)[Math.ceil(0.9 * w.length) - 1] as number;

/** A suppressed count may be a part, or the total, of a published total (secondary suppression). */
const inGroep = (c: RegieCel) =>
  Object.values(INDICATOREN)
    .flat()
    .some((d) => d.indicator === c.indicator && d.dimensies.length === 1) && Object.keys(c.dimensies).length <= 1;

describe('regie over a generated population (1,040 inburgeraars, all eight cases, seed 13)', () => {
  it('delivered every event, duplicates and crashed ones included, to the real consumer', () => {
    expect(mensen).toHaveLength(AANTAL);
    expect(gemeenten).toHaveLength(13);
    expect(new Set(mensen.map((p) => p.profiel.uitvoeringsorganisatie)).size).toBeGreaterThan(1);
    expect(crashes).toBeGreaterThan(0);
    expect(bezorgingen).toBeGreaterThan(AANTAL * 5);
  });

  it.each(INDICATORSETS.filter((s) => s !== 'doorlooptijden'))(
    '%s: every count equals the hand count, small cells hidden',
    async (set) => {
      // Act
      const antwoord = await indicatoren(defaultDeps()(), set, { gemeenten, vanaf: VANAF, tot: TOT });
      // Assert
      const verwacht = verwachteAantallen(set);
      let getoond = 0;
      for (const c of antwoord.cellen) {
        const waar = `${set} ${JSON.stringify(c)}`;
        if (c.statistiek === 'aandeel') {
          const teller =
            verwacht.get(sleutel(c.gemeente, c.maand, 'uitkomst', { ...c.dimensies, uitkomst: 'teruggewezen' })) ?? 0;
          const noemer =
            teller +
            (verwacht.get(sleutel(c.gemeente, c.maand, 'uitkomst', { ...c.dimensies, uitkomst: 'geaccepteerd' })) ?? 0);
          const klein = teller < 5 || noemer < 5 || noemer - teller < 5;
          expect(c.onderdrukt, waar).toBe(klein);
          if (!klein) expect(c.waarde, waar).toBe(Math.round((teller / noemer) * 1000) / 1000);
          continue;
        }
        const n = verwacht.get(sleutel(c.gemeente, c.maand, c.indicator, c.dimensies)) ?? 0;
        if (n > 0 && n < 5) expect(c.onderdrukt, waar).toBe(true);
        if (c.onderdrukt) expect(n < 5 || inGroep(c), waar).toBe(true);
        else {
          expect(c.waarde, waar).toBe(n);
          getoond += n > 0 ? 1 : 0;
        }
      }
      // the population is big enough that the frequent sets show real figures (the rare ones are mostly "<5")
      if (VOLLE_SETS.includes(set)) expect(getoond, `${set}: shown non-zero cells`).toBeGreaterThan(10);
    },
  );

  it('doorlooptijden: count, median and p90 of the days equal the hand computation', async () => {
    const antwoord = await indicatoren(defaultDeps()(), 'doorlooptijden', { gemeenten, vanaf: VANAF, tot: TOT });
    const verwacht = verwachteDoorlooptijden();
    let getoond = 0;
    for (const c of antwoord.cellen) {
      const waarden = verwacht.get(sleutel(c.gemeente, c.maand, c.indicator, {})) ?? [];
      const waar = JSON.stringify(c);
      if (c.statistiek === 'aantal') {
        expect(c.onderdrukt, waar).toBe(waarden.length > 0 && waarden.length < 5);
        if (!c.onderdrukt) expect(c.waarde, waar).toBe(waarden.length);
        continue;
      }
      expect(c.onderdrukt, waar).toBe(waarden.length < 5);
      if (c.onderdrukt) continue;
      getoond++;
      expect(c.waarde, waar).toBe(c.statistiek === 'mediaan' ? mediaanVan(waarden) : p90Van(waarden));
    }
    expect(getoond).toBeGreaterThan(20);
  });

  it('keeps no personal field: no generated id, name or birth date in any item, only codes, months, counts and event ids', async () => {
    const items = [];
    let ExclusiveStartKey: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
    do {
      const pagina = await dynamoClient().send(
        new ScanCommand({ TableName: omgeving.tabel('regie'), ExclusiveStartKey }),
      );
      items.push(...(pagina.Items ?? []).map((i) => unmarshall(i)));
      ExclusiveStartKey = pagina.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    expect(items.length).toBeGreaterThan(100);
    const tekst = JSON.stringify(items);
    for (const p of mensen) {
      expect(tekst.includes(p.id), p.id).toBe(false);
      expect(tekst.includes(p.achternaam)).toBe(false);
      expect(tekst.includes(p.voornaam)).toBe(false);
      expect(tekst.includes(p.geboortedatum)).toBe(false);
    }
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['pk', 'sk', 'tellers', 'toegepast', 'versie']);
      expect(item.pk).toMatch(/^tel#\d{4}#[a-z]+$/);
      expect(item.sk).toMatch(/^\d{4}-\d{2}#\d$/);
      for (const cel of Object.keys(item.tellers)) expect(cel).toMatch(/^[a-z-]+\|([a-z]+=[a-z0-9-]+,?)*\|\d*$/);
      for (const id of item.toegepast) expect(id).toMatch(/^e[0-9a-z]{6}$/);
    }
  });
});
