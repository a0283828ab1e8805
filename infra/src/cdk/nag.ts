import { type Stack, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { Alarmering } from './alarmering';
import { TabelBackup } from './backup';
import { DeadLetters } from './dead-letters';
import { WegwijsFunctie } from './functie';
import { WegwijsHttpApi } from './http-api';
import { PerInburgeraar } from './per-inburgeraar';
import { PortaalSleutel } from './portaal-sleutel';

/**
 * The cdk-nag findings (AwsSolutions, NIST 800-53 rev 5, Serverless) Wegwijs acknowledges, and why each is
 * acceptable. docs/SECURITY.md ("Checks written by others") lists them with cfn-guard's Control Tower findings.
 */
export const ERKENDE_BEVINDINGEN = {
  runtime: {
    id: 'AwsSolutions-L1',
    reason:
      'Deliberately pinned to nodejs22.x: the bundles are built for target node22 and the toolchain (TOOLCHAIN.md) ' +
      'is verified against it; the runtime moves together with the esbuild target, not on its own.',
  },
  deadLetterQueue: {
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue IS a dead-letter queue: of the EventBridge rule targets and of the Lambda asynchronous-invocation ' +
      'failure destination. cdk-nag only recognises SQS redrive DLQs; a DLQ of a DLQ would hide failures, and the ' +
      'queue has an alarm on any visible message.',
  },
  publiekeRoute: {
    id: 'AwsSolutions-APIG4',
    reason:
      'Public by contract (API.md): GET /health and GET /v1/openapi.json carry no token and return no personal data; ' +
      'every other route has the JWT authorizer.',
  },
  paginaRoute: {
    id: 'AwsSolutions-APIG4',
    reason:
      'The pages of Mijn Wegwijs (/mijn) and of the regie monitor (/regie) are opened by a browser, which carries no ' +
      'bearer token: the portaal signs the inburgeraar or the staff member in itself (OpenID Connect, authorization ' +
      'code + PKCE) and keeps a server-side session behind an HttpOnly cookie; every API call it makes carries their ' +
      'token through the JWT authorizer.',
  },
  portaalSleutel: {
    id: 'AwsSolutions-SMG4',
    reason:
      "The portaal's private client key (private_key_jwt) is rotated by hand: a new key pair's public JWK must be " +
      'registered at the IdPs before the private half replaces the old one in this secret, which a rotation Lambda ' +
      'cannot do; docs/MIJN-WEGWIJS.md describes the rotation.',
  },
  portaalSleutelRotatie: {
    id: 'NIST.800.53.R5-SecretsManagerRotationEnabled',
    reason:
      "The portaal's private client key is rotated by hand (as AwsSolutions-SMG4): the new public JWK must be " +
      'registered at the IdPs before the private half replaces the old one, which a rotation Lambda cannot do.',
  },
  volgordePipeRol: {
    id: 'NIST.800.53.R5-IAMNoInlinePolicy',
    reason:
      "The pipe's own role (pipes.amazonaws.com only) with one policy that names exactly its two queues: a managed " +
      'policy would hold the same statements in a resource that other roles could be given.',
  },
  sqsBronZonderBestemming: {
    id: 'Serverless-LambdaEventSourceMappingDestination',
    reason:
      'An SQS event source mapping has no on-failure destination in Lambda (only streams and Kafka do): a message ' +
      'that keeps failing stays on the FIFO queue and its redrive policy moves it to the dead letters, which alarm.',
  },
  nistRuntime: {
    id: 'Serverless-LambdaLatestVersion',
    reason:
      'Deliberately pinned to nodejs22.x (as AwsSolutions-L1): the bundles are built for target node22; the runtime ' +
      'moves together with the esbuild target and the toolchain, after a measured bundle and init check.',
  },
  inlinePolicy: {
    id: 'NIST.800.53.R5-IAMNoInlinePolicy',
    reason:
      'Each function has its own role whose one policy names exactly its own table, key, bus and invoke target ' +
      '(tested in infra/test/consent-boundary.test.ts); a customer-managed policy would hold the same statements in ' +
      'a resource that could be attached to other roles, which is what least privilege per function avoids.',
  },
  concurrency: {
    id: 'NIST.800.53.R5-LambdaConcurrency',
    reason:
      'No reserved concurrency: the HTTP stage throttles at 50 requests/s (burst 100) and asynchronous work arrives ' +
      'through EventBridge retries and stream batches; reserving per function would carve up the account pool and ' +
      'throttle a context that needs it. Throttling of any function raises the context throttling alarm.',
  },
  geenVpc: {
    id: 'NIST.800.53.R5-LambdaInsideVPC',
    reason:
      'The functions reach only regional AWS APIs (DynamoDB, EventBridge, Lambda, SNS) over TLS, authorised per ' +
      'function by IAM; nothing in the stack listens on a network, so a VPC would add NAT or endpoints and cold-start ' +
      'time without closing a path. Also reasoned for Control Tower ct-lambda-pr-3 in docs/SECURITY.md.',
  },
  tracing: {
    id: 'Serverless-LambdaTracing',
    reason:
      'Requests are traced with W3C Trace Context (traceparent) through every event into every log line and the ' +
      'access log, the form Logboek Dataverwerkingen uses; X-Ray would add a second trace store outside the ' +
      "stack's key and a wildcard grant (xray:PutTraceSegments on *).",
  },
  dlqSynchroon: {
    id: 'NIST.800.53.R5-LambdaDLQ',
    reason:
      'Never invoked asynchronously: the API Gateway integration, the synchronous decision call and the stream ' +
      'event source mapping wait for the answer (the mapping sends what keeps failing to the context dead letters). ' +
      'A Lambda DLQ only receives failed asynchronous invocations, so it would stay empty.',
  },
  dlqSynchroonServerless: {
    id: 'Serverless-LambdaDLQ',
    reason:
      'Never invoked asynchronously (API Gateway, a synchronous Invoke, or a stream mapping with its own on-failure ' +
      'destination): a function DLQ would stay empty; failures are answered to the caller or reach the dead letters.',
  },
  dlqAsynchroon: {
    id: 'NIST.800.53.R5-LambdaDLQ',
    reason:
      'Failed asynchronous invocations go to the context dead-letter queue through an on-failure destination ' +
      '(configureAsyncInvoke), which keeps the request and the error; cdk-nag only recognises the older DeadLetterConfig.',
  },
  dlqAsynchroonServerless: {
    id: 'Serverless-LambdaDLQ',
    reason:
      'Failed asynchronous invocations go to the context dead-letter queue through an on-failure destination ' +
      '(with the request and the error), and EventBridge targets have the same queue as their DLQ.',
  },
  deadLetterRedrive: {
    id: 'Serverless-SQSRedrivePolicy',
    reason:
      'This queue IS the dead-letter queue (as AwsSolutions-SQS3): a redrive policy would move failures out of the ' +
      'one place the alarm watches; any visible message alarms to the deployment topic.',
  },
  alarmMail: {
    id: 'Serverless-SNSRedrivePolicy',
    reason:
      'E-mail subscriptions of the alarm topic: SNS retries delivery itself, and an undeliverable alarm stays visible ' +
      'as the alarm state and its history in CloudWatch; a DLQ of alarm messages would be read by nobody. Every ' +
      'deployment configures its addresses (infra/src/deployments).',
  },
  backupRol: {
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
    reason:
      'The service role of the backup selection uses the policy AWS documents for AWS Backup: it is maintained by AWS ' +
      'as DynamoDB backup features change, and the role can only be assumed by backup.amazonaws.com.',
  },
} as const;

/** Function kinds that are never invoked asynchronously (no Lambda DLQ can ever receive anything). */
const SYNCHROON = new Set(['http', 'beslissing', 'relay']);

/** Acknowledges the findings above on exactly the constructs they apply to (never stack-wide). */
export function erkenBevindingen(stack: Stack): void {
  for (const construct of stack.node.findAll()) {
    if (construct instanceof WegwijsFunctie) erken(construct.fn, ERKENDE_BEVINDINGEN.runtime);
    if (construct instanceof DeadLetters) erken(construct.queue, ERKENDE_BEVINDINGEN.deadLetterQueue);
    if (construct instanceof PortaalSleutel) {
      erken(construct.secret, ERKENDE_BEVINDINGEN.portaalSleutel);
      erken(construct.secret, ERKENDE_BEVINDINGEN.portaalSleutelRotatie);
    }
    if (construct instanceof WegwijsFunctie) {
      const b = ERKENDE_BEVINDINGEN;
      for (const bevinding of [b.runtime, b.nistRuntime, b.concurrency, b.geenVpc, b.tracing])
        erken(construct.fn, bevinding);
      const synchroon = SYNCHROON.has(construct.functie.soort);
      erken(construct.fn, synchroon ? b.dlqSynchroon : b.dlqAsynchroon);
      erken(construct.fn, synchroon ? b.dlqSynchroonServerless : b.dlqAsynchroonServerless);
      erken(construct.role, b.inlinePolicy);
    }
    if (construct instanceof DeadLetters) {
      erken(construct.queue, ERKENDE_BEVINDINGEN.deadLetterQueue);
      erken(construct.queue, ERKENDE_BEVINDINGEN.deadLetterRedrive);
    }
    if (construct instanceof PerInburgeraar) erken(construct, ERKENDE_BEVINDINGEN.volgordePipeRol);
    if (construct instanceof lambda.EventSourceMapping && construct.node.id.startsWith('SqsEventSource')) {
      erken(construct, ERKENDE_BEVINDINGEN.sqsBronZonderBestemming);
    }
    if (construct instanceof Alarmering) erken(construct.topic, ERKENDE_BEVINDINGEN.alarmMail);
    if (construct instanceof TabelBackup) erken(construct.plan, ERKENDE_BEVINDINGEN.backupRol);
    if (construct instanceof WegwijsHttpApi) {
      for (const route of construct.publiekeRoutes) erken(route, ERKENDE_BEVINDINGEN.publiekeRoute);
      for (const route of construct.paginaRoutes) erken(route, ERKENDE_BEVINDINGEN.paginaRoute);
    }
  }
}

function erken(construct: IConstruct, bevinding: { id: string; reason: string }): void {
  Validations.of(construct).acknowledge({ id: bevinding.id, reason: bevinding.reason });
}
