import { createRequire } from 'node:module';

/**
 * aws-sdk-client-mock, loaded from @wegwijs/test-helpers, which depends on it; this package does not list it yet
 * (see the report: add `"aws-sdk-client-mock": "4.1.0"` to services/begeleiding and import it directly).
 */
interface Gedrag {
  resolves(output: unknown): Gedrag;
  resolvesOnce(output: unknown): Gedrag;
  rejects(error: unknown): Gedrag;
  rejectsOnce(error: unknown): Gedrag;
}
export interface AwsStub {
  on(command: unknown, input?: unknown): Gedrag;
  commandCalls(command: unknown): { args: [{ input: Record<string, unknown> }] }[];
  reset(): void;
  restore(): void;
}

const vanTestHelpers = createRequire(createRequire(import.meta.url).resolve('@wegwijs/test-helpers'));
export const { mockClient } = vanTestHelpers('aws-sdk-client-mock') as { mockClient: (client: unknown) => AwsStub };
