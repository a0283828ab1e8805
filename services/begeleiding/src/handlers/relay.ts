import { relayHandler, standaardRelayDeps } from '@wegwijs/lambda-kit';
import { dynamoBegeleidingStore } from '../adapters/store';
import { recordsAfleiden } from '../app/records';

/** Stores the records and publishes the begeleiding events that stayed unsent (table stream in AWS, a sweep locally). */
export const handler = relayHandler(() =>
  standaardRelayDeps((client, tabel) => recordsAfleiden(dynamoBegeleidingStore(client, tabel))),
);
