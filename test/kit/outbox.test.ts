import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { AanmeldingGeregistreerd, WoningToegewezen } from '@wegwijs/contracts';
import {
  attribuutVan,
  lazy,
  type OutgoingEvent,
  type Publisher,
  UITGAAND_PREFIX,
  type UitgaandEvent,
  uitgaand,
  uitgaandUit,
  uitgaandUpdate,
  verstuur,
  waardeVan,
} from '@wegwijs/lambda-kit';
import { describe, expect, it } from 'vitest';

const meta = {
  gemeente: '0518',
  inburgeraarId: 'i-1',
  actor: { rol: 'inburgeringsconsulent' as const, org: 'gemeente-0518' },
  correlationId: 'c-1',
};
const aanmelding = {
  doelgroep: 'asielstatushouder' as const,
  uitvoeringsorganisatie: 'vluchtelingenwerk',
  koppelingsdatum: '2026-01-05',
};
const woning = { datum: '2026-02-01' };

/** A publisher that records what it was asked to publish, or throws. */
function opnemer(fout?: Error) {
  const gepubliceerd: OutgoingEvent[][] = [];
  const publisher: Publisher = {
    async publish(...events) {
      if (fout) throw fout;
      gepubliceerd.push(events);
    },
  };
  return { publisher, gepubliceerd };
}

describe('the single-item outbox', () => {
  it('gives events written later a later key', () => {
    // Arrange / Act
    const eerste = uitgaand(AanmeldingGeregistreerd, meta, aanmelding);
    const tweede = uitgaand(WoningToegewezen, meta, woning);

    // Assert
    expect(eerste.detailType).toBe(AanmeldingGeregistreerd.detailType);
    expect(eerste.sleutel < tweede.sleutel).toBe(true);
    expect(attribuutVan(eerste)).toBe(`${UITGAAND_PREFIX}${eerste.sleutel}`);
  });

  it('reads the pending events of an item oldest first, ignoring every other attribute', () => {
    // Arrange
    const eerste = uitgaand(AanmeldingGeregistreerd, meta, aanmelding);
    const tweede = uitgaand(WoningToegewezen, meta, woning);
    const item: Record<string, AttributeValue> = {
      pk: { S: 'inb#i-1' },
      sk: { S: 'inburgeraar' },
      [attribuutVan(tweede)]: waardeVan(tweede),
      uitleg: { S: 'geen event' },
      [attribuutVan(eerste)]: waardeVan(eerste),
      [`${UITGAAND_PREFIX}geen-tekst`]: { N: '1' },
    };

    // Act
    const events = uitgaandUit(item);

    // Assert
    expect(events).toEqual([eerste, tweede]);
  });

  it('names every event in an UpdateItem by position, with its attribute and stored value', () => {
    // Arrange
    const events = [uitgaand(AanmeldingGeregistreerd, meta, aanmelding), uitgaand(WoningToegewezen, meta, woning)];

    // Act
    const { names, values, sets } = uitgaandUpdate(events);

    // Assert
    expect(names).toEqual({
      '#uit0': attribuutVan(events[0] as UitgaandEvent),
      '#uit1': attribuutVan(events[1] as UitgaandEvent),
    });
    expect(values).toEqual({
      ':uit0': waardeVan(events[0] as UitgaandEvent),
      ':uit1': waardeVan(events[1] as UitgaandEvent),
    });
    expect(sets).toEqual(['#uit0 = :uit0', '#uit1 = :uit1']);
    expect(JSON.parse(values[':uit0']?.S ?? '')).toEqual({
      detailType: AanmeldingGeregistreerd.detailType,
      meta,
      data: aanmelding,
    });
  });

  it('stores nothing for no events', () => {
    expect(uitgaandUpdate([])).toEqual({ names: {}, values: {}, sets: [] });
  });

  it('publishes the pending events in one call, then removes each', async () => {
    // Arrange
    const { publisher, gepubliceerd } = opnemer();
    const events = [uitgaand(AanmeldingGeregistreerd, meta, aanmelding), uitgaand(WoningToegewezen, meta, woning)];
    const verwijderd: string[] = [];

    // Act
    await verstuur(publisher, events, async (e) => {
      expect(gepubliceerd).toHaveLength(1);
      verwijderd.push(e.sleutel);
    });

    // Assert
    expect(gepubliceerd).toHaveLength(1);
    expect(gepubliceerd[0]?.map((e) => [e.contract.detailType, e.meta, e.data])).toEqual([
      [AanmeldingGeregistreerd.detailType, meta, aanmelding],
      [WoningToegewezen.detailType, meta, woning],
    ]);
    expect(verwijderd).toEqual(events.map((e) => e.sleutel));
  });

  it('leaves the events pending when publishing throws', async () => {
    // Arrange
    const { publisher } = opnemer(new Error('PutEvents failed'));
    const verwijderd: string[] = [];

    // Act
    const poging = verstuur(publisher, [uitgaand(AanmeldingGeregistreerd, meta, aanmelding)], async (e) => {
      verwijderd.push(e.sleutel);
    });

    // Assert
    await expect(poging).rejects.toThrow('PutEvents failed');
    expect(verwijderd).toEqual([]);
  });

  it('does not call the publisher for no events', async () => {
    const { publisher, gepubliceerd } = opnemer();
    await verstuur(publisher, [], async () => {});
    expect(gepubliceerd).toEqual([]);
  });
});

describe('lazy', () => {
  it('builds the value at the first call, once', () => {
    // Arrange
    let gebouwd = 0;
    const waarde = lazy(() => ({ n: ++gebouwd }));

    // Act / Assert
    expect(gebouwd).toBe(0);
    const eerste = waarde();
    expect(waarde()).toBe(eerste);
    expect(gebouwd).toBe(1);
  });
});
