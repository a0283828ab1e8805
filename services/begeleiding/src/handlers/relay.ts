import { relayHandler } from '@wegwijs/lambda-kit';
import { relayDeps } from './deps';

/** Stores the records and publishes the begeleiding events that stayed unsent (table stream in AWS, a sweep locally). */
export const handler = relayHandler(relayDeps);
