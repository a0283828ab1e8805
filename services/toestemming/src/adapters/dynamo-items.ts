import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Deling, LogEntry, Staat } from '../domain/typen';
import { keys } from './keys';

export type Item = Record<string, AttributeValue>;

const naarItem = (key: { pk: string; sk: string }, velden: object): Item =>
  marshall({ ...velden, ...key }, { removeUndefinedValues: true, convertClassInstanceToMap: true });

const zonderSleutel = (item: Item): Record<string, unknown> => {
  const { pk: _pk, sk: _sk, ...rest } = unmarshall(item);
  return rest;
};

export const staatItem = (staat: Staat): Item => naarItem(keys.staat(staat.inburgeraarId), staat);
export const logItem = (entry: LogEntry): Item => naarItem(keys.log(entry.inburgeraarId, entry.seq), entry);
export const delingItem = (deling: Deling): Item => naarItem(keys.deling(deling.inburgeraarId, deling.sleutel), deling);

/** The staat without its outbox and chain attributes (pending events are read with `uitgaandVan`). */
export const uitStaat = (item: Item) => {
  const {
    uitgaand: _u,
    uitstaand: _s,
    uitstaandSinds: _z,
    kop: _k,
    teLoggen: _t,
    verwerkt: _v,
    ...staat
  } = zonderSleutel(item);
  return staat as unknown as Staat;
};

/** The chain head and the not yet copied entries a staat item holds (none on a staat written before they were). */
export const ketenVan = (
  item: Item,
): { kop: LogEntry | undefined; teLoggen: LogEntry[]; verwerkt: Record<string, number> } => {
  const { kop, teLoggen, verwerkt } = unmarshall(item) as {
    kop?: LogEntry;
    teLoggen?: LogEntry[];
    verwerkt?: Record<string, number>;
  };
  return { kop, teLoggen: teLoggen ?? [], verwerkt: verwerkt ?? {} };
};
export const uitLog = (item: Item) => zonderSleutel(item) as unknown as LogEntry;
export const uitDeling = (item: Item) => zonderSleutel(item) as unknown as Deling;
export { marshall };
