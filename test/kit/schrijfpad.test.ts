import { AanmeldingGeregistreerd } from '@wegwijs/contracts';
import {
  type AggregaatOpslag,
  type Geladen,
  GelijktijdigGewijzigd,
  HERHAAL_BELEID,
  metHerhaling,
  niets,
  OPNIEUW,
  type OutgoingEvent,
  type Publisher,
  schrijf,
  type UitgaandEvent,
  uitgaand,
  voerUit,
  wachttijd,
} from '@wegwijs/lambda-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const meta = {
  gemeente: '0518',
  inburgeraarId: 'i-1',
  actor: { rol: 'inburgeringsconsulent' as const, org: 'gemeente-0518' },
  correlationId: 'c-1',
};
const geregistreerd = () =>
  uitgaand(AanmeldingGeregistreerd, meta, {
    doelgroep: 'asielstatushouder',
    uitvoeringsorganisatie: 'vluchtelingenwerk',
    koppelingsdatum: '2026-01-05',
  });
const sleutel = { pk: 'inb#i-1', sk: 'inburgeraar' };
const klok = { now: () => new Date('2026-02-01T10:00:00.000Z') };

/** An in-memory aggregate store with the same version rule, that loses its first `verliezen` writes. */
function geheugen(verliezen = 0) {
  let item: Geladen<number> | undefined;
  let verloren = 0;
  const gemarkeerd: number[] = [];
  const opslag: AggregaatOpslag<number> = {
    async laad() {
      return item ? structuredClone(item) : undefined;
    },
    async bewaar(_s, staat, uit, vorige) {
      if (verloren < verliezen) {
        verloren++;
        return false;
      }
      if ((item?.versie ?? undefined) !== vorige) return false;
      item = { staat, versie: (vorige ?? 0) + 1, uitgaand: [...uit] };
      return true;
    },
    async markeerVerzonden(_s, versie) {
      gemarkeerd.push(versie);
      if (item?.versie === versie) item = { ...item, uitgaand: [] };
    },
  };
  return { opslag, gemarkeerd, item: () => item };
}

function opnemer(faalt = false) {
  const gepubliceerd: OutgoingEvent[] = [];
  const publisher: Publisher = {
    async publish(...events) {
      if (faalt) throw new Error('PutEvents failed');
      gepubliceerd.push(...events);
    },
  };
  return { publisher, gepubliceerd };
}

const zonderWachten = async () => undefined;

describe('the retry policy', () => {
  it('waits a random time within the exponential cap (full jitter)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (n, toeval) => {
        const ms = wachttijd(HERHAAL_BELEID, n, toeval);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(Math.min(HERHAAL_BELEID.maxMs, HERHAAL_BELEID.basisMs * 2 ** n));
      }),
    );
  });

  it('gives up after the bounded attempts with a 409 GelijktijdigGewijzigd', async () => {
    let pogingen = 0;
    const wachten: number[] = [];
    const uitkomst = metHerhaling(
      async () => {
        pogingen++;
        return OPNIEUW;
      },
      { pogingen: 4, basisMs: 10, maxMs: 1000 },
      async (ms) => void wachten.push(ms),
    );
    await expect(uitkomst).rejects.toBeInstanceOf(GelijktijdigGewijzigd);
    await expect(uitkomst).rejects.toMatchObject({ status: 409, slug: 'gelijktijdig-gewijzigd' });
    expect(pogingen).toBe(4);
    expect(wachten).toHaveLength(3);
  });
});

describe('the one write path', () => {
  it('writes state and events in one write, publishes them with a fixed id, and marks them sent', async () => {
    const { opslag, gemarkeerd, item } = geheugen();
    const { publisher, gepubliceerd } = opnemer();
    const e = geregistreerd();
    const antwoord = await voerUit({ publisher, clock: klok }, opslag, sleutel, () => schrijf(1, [e], 'ok'));
    expect(antwoord).toBe('ok');
    expect(item()).toMatchObject({ staat: 1, versie: 1, uitgaand: [] });
    expect(gepubliceerd.map((g) => g.id)).toEqual([e.sleutel]);
    expect(gepubliceerd[0]?.occurredAt).toBe('2026-02-01T10:00:00.000Z');
    expect(gemarkeerd).toEqual([1]);
  });

  it('re-loads and decides again when the conditional write lost', async () => {
    const { opslag, item } = geheugen(3);
    const { publisher } = opnemer();
    let besluiten = 0;
    await voerUit({ publisher, clock: klok, wacht: zonderWachten }, opslag, sleutel, (h) => {
      besluiten++;
      return schrijf((h?.staat ?? 0) + 1, [], undefined);
    });
    expect(besluiten).toBe(4);
    expect(item()?.staat).toBe(1);
  });

  it('decides its first attempt on a read the request already made, and reads afresh when that read was stale', async () => {
    // Arrange: version 1 stored; the request read it, then another writer made version 2.
    const { opslag, item } = geheugen();
    const { publisher } = opnemer();
    await voerUit({ publisher, clock: klok }, opslag, sleutel, () => schrijf(1, [], 'v1'));
    const gelezen = item();
    await voerUit({ publisher, clock: klok }, opslag, sleutel, (h) => schrijf((h?.staat ?? 0) + 1, [], 'v2'));
    let ladingen = 0;
    const tellend: AggregaatOpslag<number> = {
      ...opslag,
      laad(s) {
        ladingen++;
        return opslag.laad(s);
      },
    };
    const gezien: (number | undefined)[] = [];
    // Act
    await voerUit(
      { publisher, clock: klok, wacht: zonderWachten },
      tellend,
      sleutel,
      (h) => {
        gezien.push(h?.staat);
        return schrijf((h?.staat ?? 0) + 10, [], 'ok');
      },
      { gelezen },
    );
    // Assert: the stale read lost its condition; one fresh read, decided again, written over version 2.
    expect(gezien).toEqual([1, 2]);
    expect(ladingen).toBe(1);
    expect(item()).toMatchObject({ staat: 12, versie: 3 });
  });

  it('spares the read when the request already read the current version', async () => {
    // Arrange
    const { opslag, item } = geheugen();
    const { publisher } = opnemer();
    await voerUit({ publisher, clock: klok }, opslag, sleutel, () => schrijf(1, [], 'v1'));
    let ladingen = 0;
    const tellend: AggregaatOpslag<number> = {
      ...opslag,
      laad(s) {
        ladingen++;
        return opslag.laad(s);
      },
    };
    // Act
    await voerUit({ publisher, clock: klok }, tellend, sleutel, (h) => schrijf((h?.staat ?? 0) + 1, [], 'ok'), {
      gelezen: item(),
    });
    // Assert
    expect(ladingen).toBe(0);
    expect(item()).toMatchObject({ staat: 2, versie: 2 });
  });

  it('keeps the events stored when PutEvents fails, and the next write carries and publishes them', async () => {
    const { opslag, item } = geheugen();
    const eerste = geregistreerd();
    await voerUit({ publisher: opnemer(true).publisher, clock: klok }, opslag, sleutel, () => schrijf(1, [eerste], 1));
    const pending: UitgaandEvent[] = item()?.uitgaand ?? [];
    const { publisher, gepubliceerd } = opnemer();
    const tweede = geregistreerd();
    await voerUit({ publisher, clock: klok }, opslag, sleutel, (h) => schrijf((h?.staat ?? 0) + 1, [tweede], 2));
    expect(pending.map((p) => p.sleutel)).toEqual([eerste.sleutel]);
    expect(gepubliceerd.map((g) => g.id)).toEqual([eerste.sleutel, tweede.sleutel]);
    expect(item()?.uitgaand).toEqual([]);
  });

  it('publishes what an earlier write left pending when the decision writes nothing', async () => {
    const { opslag, item } = geheugen();
    const e = geregistreerd();
    await voerUit({ publisher: opnemer(true).publisher, clock: klok }, opslag, sleutel, () => schrijf(1, [e], 1));
    const { publisher, gepubliceerd } = opnemer();
    await voerUit({ publisher, clock: klok }, opslag, sleutel, () => niets(undefined));
    expect(gepubliceerd.map((g) => g.id)).toEqual([e.sleutel]);
    expect(item()?.uitgaand).toEqual([]);
  });

  it('writes nothing when the decision refuses', async () => {
    const { opslag, item } = geheugen();
    const { publisher, gepubliceerd } = opnemer();
    const weigering = voerUit({ publisher, clock: klok }, opslag, sleutel, () => {
      throw new Error('refused');
    });
    await expect(weigering).rejects.toThrow('refused');
    expect(item()).toBeUndefined();
    expect(gepubliceerd).toEqual([]);
  });

  it('finishes a write that was stored although it answered a lost condition, instead of writing it twice', async () => {
    // Arrange: the store keeps the write, then answers as if its condition had failed (an SDK retry after a timeout)
    const { opslag, item } = geheugen();
    const echt = opslag.bewaar.bind(opslag);
    let eerste = true;
    const kapot: AggregaatOpslag<number> = {
      ...opslag,
      async bewaar(...args) {
        const gelukt = await echt(...args);
        if (eerste) {
          eerste = false;
          return false;
        }
        return gelukt;
      },
    };
    const { publisher, gepubliceerd } = opnemer();
    const e = geregistreerd();
    // Act: the decision carries the same event on every attempt
    const antwoord = await voerUit({ publisher, clock: klok, wacht: zonderWachten }, kapot, sleutel, (h) =>
      schrijf((h?.staat ?? 0) + 1, [e], 'ok'),
    );
    // Assert: one write (version 1, state 1), its event published once with its own id
    expect(antwoord).toBe('ok');
    expect(item()).toMatchObject({ staat: 1, versie: 1, uitgaand: [] });
    expect(gepubliceerd.map((x) => x.id)).toEqual([e.sleutel]);
  });

  it('derives from the pending events before publishing, and leaves them pending when deriving fails', async () => {
    // Arrange
    const { opslag, item } = geheugen();
    const { publisher, gepubliceerd } = opnemer();
    const afgeleid: string[] = [];
    let faalt = true;
    const afleiden = async (events: readonly UitgaandEvent[]) => {
      if (faalt) throw new Error('record write failed');
      afgeleid.push(...events.map((x) => x.sleutel));
    };
    const e = geregistreerd();
    // Act: the first write's derivation fails; the next decision writes nothing and finishes what is pending
    const eerste = await voerUit({ publisher, clock: klok, afleiden }, opslag, sleutel, () => schrijf(1, [e], 'ok'));
    const pending = item()?.uitgaand.length;
    faalt = false;
    await voerUit({ publisher, clock: klok, afleiden }, opslag, sleutel, () => niets('niets'));
    // Assert
    expect(eerste).toBe('ok');
    expect(pending).toBe(1);
    expect(afgeleid).toEqual([e.sleutel]);
    expect(gepubliceerd.map((x) => x.id)).toEqual([e.sleutel]);
    expect(item()?.uitgaand).toEqual([]);
  });
});
