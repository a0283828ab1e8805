import { ConditionalCheckFailedException, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { vi } from 'vitest';

/**
 * Fault injection (aws-sdk-client-mock): every EventBridge client answers PutEvents with a failed entry, until
 * `restore()`. The message names an internal resource, so tests can check that it never reaches a response.
 */
export function putEventsFaalt(): { restore(): void } {
  const mock = mockClient(EventBridgeClient);
  mock.on(PutEventsCommand).resolves({
    FailedEntryCount: 1,
    Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'bus arn:aws:secret down' }],
  });
  return { restore: () => mock.restore() };
}

/**
 * Fault injection on DynamoDB writes: every `PutItemCommand` of any client fails with `fout` until `restore()`; reads
 * and other writes pass through to dynalite.
 */
export function putItemFaalt(fout: () => Error): { restore(): void; pogingen(): number } {
  const origineel = DynamoDBClient.prototype.send;
  let pogingen = 0;
  const spion = vi.spyOn(DynamoDBClient.prototype, 'send').mockImplementation(function (this: DynamoDBClient, command) {
    if (command instanceof PutItemCommand) {
      pogingen++;
      return Promise.reject(fout());
    }
    return (origineel as (c: unknown) => Promise<unknown>).call(this, command) as never;
  });
  return { restore: () => spion.mockRestore(), pogingen: () => pogingen };
}

export const conditieFout = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
export const throttling = () =>
  Object.assign(new Error('Throughput exceeded for table wegwijs-test'), { name: 'ThrottlingException' });
