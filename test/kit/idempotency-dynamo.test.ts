import { dynamoIdempotencyStore, maakTabel, tabel } from '@wegwijs/lambda-kit';
import { startDynalite } from '@wegwijs/local-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
  await maakTabel(dynamo.client, tabel('idem'), 'wegwijs-test-idem');
});
afterAll(() => dynamo.stop());

describe('the DynamoDB idempotency store', () => {
  it('claims a key once, replays the stored response, refuses another body and reports one in progress', async () => {
    const store = dynamoIdempotencyStore(dynamo.client, 'wegwijs-test-idem');
    expect(await store.begin('k1', 'f1')).toEqual({ kind: 'new' });
    await expect(store.begin('k1', 'f1')).rejects.toMatchObject({ status: 409 });
    await store.complete('k1', 'f1', { status: 201, body: { id: 'x' } });
    expect(await store.begin('k1', 'f1')).toEqual({ kind: 'replay', response: { status: 201, body: { id: 'x' } } });
    await expect(store.begin('k1', 'f2')).rejects.toMatchObject({ status: 422 });
  });

  it('releases a key so that a retry after a failure runs again', async () => {
    const store = dynamoIdempotencyStore(dynamo.client, 'wegwijs-test-idem');
    await store.begin('k2', 'f1');
    await store.release('k2');
    expect(await store.begin('k2', 'f1')).toEqual({ kind: 'new' });
  });
});
