import { Duration } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as pipes from 'aws-cdk-lib/aws-pipes';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DeadLetters } from './dead-letters';

/** Receives before a message of the FIFO queue goes to its dead-letter queue (each after the visibility timeout). */
export const ONTVANGSTEN_VOOR_DLQ = 5;

/**
 * Deliveries to a consumer ordered and serialised per inburgeraar, in front of the consumer function:
 * rule -> `ingang` (standard queue, so EventBridge can deliver to it) -> EventBridge Pipe -> `volgorde` (SQS FIFO, the
 * message group is the event's `detail.meta.inburgeraarId`, the deduplication id the event's id) -> the consumer
 * (batches of up to 10, partial batch responses). A rule target can only name a fixed message group; the pipe sets it
 * per event. SQS FIFO hands out one group's messages one batch at a time, in order, and other groups keep flowing, so
 * one person's burst never makes the broker's writes of that person's staat item retry against each other, nor holds
 * up anyone else. A message that keeps failing goes after ONTVANGSTEN_VOOR_DLQ receives to the FIFO dead-letter queue
 * (alarm as for every DLQ), from which SQS redrive returns it to `volgorde`.
 */
export class PerInburgeraar extends Construct {
  readonly ingang: sqs.Queue;
  readonly volgorde: sqs.Queue;
  readonly deadLetters: DeadLetters;
  readonly pipe: pipes.CfnPipe;

  constructor(
    scope: Construct,
    id: string,
    props: { readonly context: string; readonly consumer: lambda.Function; readonly ingangDeadLetters: sqs.IQueue },
  ) {
    super(scope, id);
    const timeout = props.consumer.timeout ?? Duration.seconds(30);
    this.deadLetters = new DeadLetters(this, 'DeadLetters', {
      context: `${props.context} (per inburgeraar)`,
      fifo: true,
    });
    this.volgorde = new sqs.Queue(this, 'Volgorde', {
      fifo: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(4),
      // AWS: at least six times the function's timeout for an event source mapping.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetters.queue, maxReceiveCount: ONTVANGSTEN_VOOR_DLQ },
    });
    this.ingang = new sqs.Queue(this, 'Ingang', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(4),
      visibilityTimeout: Duration.seconds(60),
      deadLetterQueue: { queue: props.ingangDeadLetters, maxReceiveCount: ONTVANGSTEN_VOOR_DLQ },
    });
    const rol = new iam.Role(this, 'PipeRol', { assumedBy: new iam.ServicePrincipal('pipes.amazonaws.com') });
    this.ingang.grantConsumeMessages(rol);
    this.volgorde.grantSendMessages(rol);
    this.pipe = new pipes.CfnPipe(this, 'Pipe', {
      description: `Orders the events for ${props.context} per inburgeraar`,
      roleArn: rol.roleArn,
      source: this.ingang.queueArn,
      sourceParameters: { sqsQueueParameters: { batchSize: 10 } },
      target: this.volgorde.queueArn,
      targetParameters: {
        inputTemplate: '<$.body>',
        sqsQueueParameters: {
          messageGroupId: '$.body.detail.meta.inburgeraarId',
          messageDeduplicationId: '$.body.id',
        },
      },
    });
    props.consumer.addEventSource(new SqsEventSource(this.volgorde, { batchSize: 10, reportBatchItemFailures: true }));
  }

  /** The rule target: the standard queue in front of the pipe. */
  doel(deadLetterQueue: sqs.IQueue, retry: { retryAttempts: number; maxEventAge: Duration }): events.IRuleTarget {
    return new targets.SqsQueue(this.ingang, { ...retry, deadLetterQueue });
  }
}
