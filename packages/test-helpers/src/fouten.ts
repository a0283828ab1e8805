import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';

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
