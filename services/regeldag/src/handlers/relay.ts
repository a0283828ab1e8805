import { relayHandler } from '@wegwijs/lambda-kit';

/** Publishes the regeldag events that stayed unsent (table stream in AWS, a sweep locally). */
export const handler = relayHandler();
