import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  AanmeldingGeregistreerd,
  INDICATORSETS,
  RegietellingenBijgewerkt,
  type Telling,
  tellingSchema,
  WoningToegewezen,
} from '@wegwijs/contracts';
import { INDICATOREN, pastInCatalogus } from '@wegwijs/contracts/events/regie-catalogus';
import {
  type AggregaatOpslag,
  anoniemEvent,
  anoniemeMetaVoor,
  createPublisher,
  type DedupeStore,
  eventConsumer,
  type Geladen,
  naarOutgoing,
  OngeldigEvent,
  PublishError,
  parseEnvelope,
  schrijf,
  uitgaand,
  uitgaandAnoniem,
  uitgaandUit,
  voerUit,
  waardeVan,
} from '@wegwijs/lambda-kit';
import type { EventBridgeEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

const eb = mockClient(EventBridgeClient);
afterEach(() => {
  eb.reset();
  vi.restoreAllMocks();
});

const telling: Telling = {
  indicatorset: 'fasen',
  indicator: 'inburgeraars',
  maand: '2026-03',
  dimensies: { fase: 'opstartfase', doelgroep: 'nareiziger' },
  delta: 1,
};
const meta = anoniemeMetaVoor({ rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' }, '0361', 'c-1');
const publisher = () => createPublisher({ busName: 'bus', client: new EventBridgeClient({ region: 'eu-west-1' }) });

const busEvent = (source: string, detail: unknown): EventBridgeEvent<string, unknown> => ({
  version: '0',
  id: 'eb-1',
  'detail-type': RegietellingenBijgewerkt.detailType,
  source,
  account: '1',
  time: '2026-03-01T00:00:00Z',
  region: 'eu-west-1',
  resources: [],
  detail,
});
const geldigeDetail = () => ({
  meta: { ...meta, id: '01J0000000000000000000000A', occurredAt: '2026-03-01T10:00:00.000Z' },
  data: { tellingen: [telling] },
});
/** Valid in the event's schema (anonymity: codes only) and in the catalogue (semantics: regie's consumer checks it). */
const geldig = (t: unknown) => {
  const r = tellingSchema.safeParse(t);
  return r.success && pastInCatalogus(r.data);
};
const geheugen = (): DedupeStore => {
  const gezien = new Set<string>();
  return { seen: async (id) => gezien.has(id), remember: async (id) => void gezien.add(id) };
};

describe('the anonymous event RegietellingenBijgewerkt', () => {
  it('accepts every indicator of the catalogue with exactly its dimensions', () => {
    for (const set of INDICATORSETS) {
      for (const d of INDICATOREN[set]) {
        const dimensies = Object.fromEntries(
          d.dimensies.map((k) => [
            k,
            {
              fase: 'aangemeld',
              doelgroep: 'oudere',
              vorm: 'groep',
              dienstverband: 'betaald',
              rol: 'vast',
              soort: 'eindgesprek',
              partner: 'wmo',
              uitkomst: 'afgerond',
              categorie: 'verwijzing',
            }[k],
          ]),
        );
        const t = {
          indicatorset: set,
          indicator: d.indicator,
          maand: '2026-01',
          dimensies,
          delta: -1,
          ...(d.soort === 'verdeling' ? { dagen: 3 } : {}),
        };
        expect(geldig(t), `${set}/${d.indicator}`).toBe(true);
      }
    }
  });

  it.each([
    ['an id as a dimension value', { dimensies: { fase: '01J0000000000000000000000A', doelgroep: 'nareiziger' } }],
    [
      'a UUID as a dimension value',
      { dimensies: { fase: '0b6e1c2a-4a7e-4c1e-9d7e-2f1a3b4c5d6e', doelgroep: 'oudere' } },
    ],
    ['free text as a dimension value', { dimensies: { fase: 'Amal El Idrissi', doelgroep: 'oudere' } }],
    ['a value outside the code list', { dimensies: { fase: 'wachtend', doelgroep: 'oudere' } }],
    [
      'a key outside the catalogue',
      { dimensies: { fase: 'opstartfase', doelgroep: 'nareiziger', inburgeraarId: 'i-1' } },
    ],
    ['a missing dimension', { dimensies: { fase: 'opstartfase' } }],
    ['an unknown indicator', { indicator: 'namen' }],
    ['a delta of 0', { delta: 0 }],
    ['days on a stand', { dagen: 4 }],
    ['an extra field', { naam: 'Amal' }],
    ['a day instead of a month', { maand: '2026-03-01' }],
  ])('refuses a telling with %s', (_, wijziging) => {
    expect(geldig({ ...telling, ...wijziging })).toBe(false);
  });

  it('refuses a doorlooptijd without days', () => {
    const t = {
      indicatorset: 'doorlooptijden',
      indicator: 'koppeling--woningtoewijzing',
      maand: '2026-01',
      dimensies: {},
      delta: 1,
    };
    expect(geldig(t)).toBe(false);
    expect(geldig({ ...t, dagen: 41 })).toBe(true);
  });

  it('is published with the producing context as source, and meta without any person id', async () => {
    eb.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });
    await publisher().publish(
      anoniemEvent(RegietellingenBijgewerkt, 'wegwijs.begeleiding', meta, { tellingen: [telling] }),
    );
    const entry = eb.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    expect(entry).toMatchObject({ Source: 'wegwijs.begeleiding', DetailType: 'RegietellingenBijgewerkt.v1' });
    const detail = JSON.parse(entry?.Detail ?? '{}');
    expect(Object.keys(detail.meta).sort()).toEqual(['actor', 'correlationId', 'gemeente', 'id', 'occurredAt']);
    expect(detail.meta.actor).toEqual({ rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' });
  });

  it('refuses to publish with a meta that carries an inburgeraarId, or from a context that is not a producer', async () => {
    eb.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });
    const metPersoon = { ...meta, inburgeraarId: 'i-1' } as typeof meta;
    await expect(
      publisher().publish(
        anoniemEvent(RegietellingenBijgewerkt, 'wegwijs.begeleiding', metPersoon, { tellingen: [telling] }),
      ),
    ).rejects.toBeInstanceOf(PublishError);
    await expect(
      publisher().publish(anoniemEvent(RegietellingenBijgewerkt, 'wegwijs.regeldag', meta, { tellingen: [telling] })),
    ).rejects.toBeInstanceOf(PublishError);
    expect(() => uitgaandAnoniem(RegietellingenBijgewerkt, 'wegwijs.regie', meta, { tellingen: [telling] })).toThrow();
    expect(() => uitgaandAnoniem(WoningToegewezen, 'wegwijs.aanmelding', meta, { datum: '2026-01-01' })).toThrow();
    expect(eb.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('survives the outbox: stored and re-read, it is republished with its own source and id', () => {
    const e = uitgaandAnoniem(RegietellingenBijgewerkt, 'wegwijs.toestemming', meta, { tellingen: [telling] });
    const [terug] = uitgaandUit({ [`uit_${e.sleutel}`]: waardeVan(e) });
    const uit = naarOutgoing(terug as typeof e);
    expect(uit).toMatchObject({ bron: 'wegwijs.toestemming', id: e.sleutel, meta, data: { tellingen: [telling] } });
  });

  it('reaches an anonymous handler once, whichever producer sent it; duplicates are skipped', async () => {
    const ontvangen: unknown[] = [];
    const consumer = eventConsumer({
      dedupe: geheugen(),
      anoniem: { [RegietellingenBijgewerkt.detailType]: async (e) => void ontvangen.push(e) },
    });
    await consumer(busEvent('wegwijs.sociaal-domein', geldigeDetail()));
    await consumer(busEvent('wegwijs.aanmelding', geldigeDetail()));
    expect(ontvangen).toEqual([geldigeDetail()]);
  });

  it('rejects it from a source that is not a producer, with a person id in its meta, and in parseEnvelope', async () => {
    const consumer = eventConsumer({ dedupe: geheugen(), anoniem: { [RegietellingenBijgewerkt.detailType]: vi.fn() } });
    await expect(consumer(busEvent('wegwijs.regeldag', geldigeDetail()))).rejects.toBeInstanceOf(OngeldigEvent);
    const metPersoon = { ...geldigeDetail(), meta: { ...geldigeDetail().meta, inburgeraarId: 'i-1' } };
    await expect(consumer(busEvent('wegwijs.begeleiding', metPersoon))).rejects.toBeInstanceOf(OngeldigEvent);
    expect(() => parseEnvelope(busEvent('wegwijs.begeleiding', geldigeDetail()))).toThrow(OngeldigEvent);
  });

  it('travels in the one write path beside a normal event: stored together, each published with its own source', async () => {
    eb.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }, { EventId: 'e2' }] });
    let item: Geladen<string> | undefined;
    const opslag: AggregaatOpslag<string> = {
      laad: async () => item,
      bewaar: async (_s, staat, uit, vorige) => {
        if (item?.versie !== vorige) return false;
        item = { staat, versie: (vorige ?? 0) + 1, uitgaand: [...uit] };
        return true;
      },
      markeerVerzonden: async () => {
        if (item) item = { ...item, uitgaand: [] };
      },
    };
    const normaal = uitgaand(
      AanmeldingGeregistreerd,
      { ...meta, inburgeraarId: 'i-1' },
      { doelgroep: 'nareiziger', uitvoeringsorganisatie: 'vluchtelingenwerk', koppelingsdatum: '2026-03-02' },
    );
    const telt = uitgaandAnoniem(RegietellingenBijgewerkt, 'wegwijs.aanmelding', meta, { tellingen: [telling] });
    const klok = { now: () => new Date('2026-03-02T09:00:00.000Z') };

    await voerUit({ publisher: publisher(), clock: klok }, opslag, { pk: 'p', sk: 's' }, () =>
      schrijf('aangemeld', [normaal, telt], 'ok'),
    );

    const entries = eb.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries ?? [];
    expect(entries.map((e) => [e.Source, e.DetailType])).toEqual([
      ['wegwijs.aanmelding', 'AanmeldingGeregistreerd.v1'],
      ['wegwijs.aanmelding', 'RegietellingenBijgewerkt.v1'],
    ]);
    const [eerste, tweede] = entries.map((e) => JSON.parse(e.Detail ?? '{}'));
    expect(eerste.meta.inburgeraarId).toBe('i-1');
    expect(tweede.meta).not.toHaveProperty('inburgeraarId');
    expect(tweede.meta.id).toBe(telt.sleutel);
    expect(item?.uitgaand).toEqual([]);
  });
});
