import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * The dead-letter queue of one context's asynchronous functions (its event consumer and planner): events EventBridge
 * could not deliver and invocations that kept failing end up here, with an alarm as soon as one is waiting.
 */
export class DeadLetters extends Construct {
  readonly queue: sqs.Queue;
  readonly alarm: cloudwatch.Alarm;

  constructor(
    scope: Construct,
    id: string,
    props: {
      readonly context: string;
      /** The dead-letter queue of a FIFO queue (it must be FIFO too); its messages can be redriven to their source. */
      readonly fifo?: boolean;
    },
  ) {
    super(scope, id);
    this.queue = new sqs.Queue(this, 'Queue', {
      // SQS-managed SSE: EventBridge and Lambda can write to it without a key policy for their service principals.
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      ...(props.fifo
        ? {
            fifo: true,
            // SQS redrive (StartMessageMoveTask) moves its messages back to the queue they came from; the broker's
            // decisions are idempotent, so a redrive, or a second one, changes nothing that was decided.
            redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.ALLOW_ALL },
          }
        : {}),
    });
    this.alarm = new cloudwatch.Alarm(this, 'Alarm', {
      alarmDescription: `Dead letters waiting for ${props.context}: an event or invocation failed after every retry.`,
      metric: this.queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
