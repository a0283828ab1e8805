import { Duration, type IAspect, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import { ALARM_EVENTS, velden } from '../alarm-events';
import type { ContextConstruct } from './context-construct';
import type { WegwijsFunctie } from './functie';

/** The environment variable that names the alarm topic in a function that may raise an alarm itself. */
export const ALARM_TOPIC_ENV = 'WEGWIJS_ALARM_TOPIC';

/** The metric namespace of the platform's own metrics (the throttled requests counted from the access log). */
export const METRIEK_NAMESPACE = 'Wegwijs';

const VIJF_MINUTEN = Duration.minutes(5);

export interface AlarmeringProps {
  readonly deployment: string;
  readonly key: kms.IKey;
  /** Every address gets every alarm (and its recovery): e-mail subscriptions, confirmed once by the recipient. */
  readonly adressen: readonly string[];
}

/**
 * Alarms that reach a person: ONE topic per deployment, encrypted with the stack's key, reachable over TLS only,
 * with the deployment's e-mail addresses subscribed. Every CloudWatch alarm of the stack (the dead letters, the
 * function errors and throttles, the API's 5xx rate and throttled requests, and any alarm added later) gets the topic
 * as its alarm and OK action, through the AlarmNaarTopic aspect.
 */
export class Alarmering extends Construct {
  readonly topic: sns.Topic;
  private readonly deployment: string;
  private readonly key: kms.IKey;

  constructor(scope: Construct, id: string, props: AlarmeringProps) {
    super(scope, id);
    this.deployment = props.deployment;
    this.key = props.key;
    this.topic = new sns.Topic(this, 'Topic', {
      topicName: `wegwijs-${props.deployment}-alarmen`,
      displayName: `Wegwijs ${props.deployment}: alarmen`,
      masterKey: props.key,
      enforceSSL: true,
    });
    for (const adres of props.adressen) this.topic.addSubscription(new subscriptions.EmailSubscription(adres));
  }

  /**
   * Per function an alarm on any error (an invocation that threw: a consumer, relay, planner or migration that
   * failed, an HTTP function that crashed); per context an alarm on any throttled invocation of its functions.
   */
  bewaakFuncties(contexten: Iterable<ContextConstruct>): void {
    for (const context of contexten) {
      const functies = [...context.functies.values()];
      for (const wf of functies) {
        new cloudwatch.Alarm(wf, 'Fouten', {
          alarmName: `wegwijs-${this.deployment}-${context.naam}-${wf.functie.soort}-fouten`,
          alarmDescription: `${context.naam} ${wf.functie.soort}: an invocation failed (see its log group).`,
          metric: wf.fn.metricErrors({ period: VIJF_MINUTEN, statistic: 'Sum' }),
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
      }
      if (functies.length === 0) continue;
      const usingMetrics = Object.fromEntries(
        functies.map((wf, i) => [`t${i}`, wf.fn.metricThrottles({ period: VIJF_MINUTEN, statistic: 'Sum' })]),
      );
      new cloudwatch.Alarm(context, 'Throttling', {
        alarmName: `wegwijs-${this.deployment}-${context.naam}-throttling`,
        alarmDescription: `${context.naam}: Lambda refused invocations (concurrency exhausted).`,
        metric: new cloudwatch.MathExpression({
          expression: Object.keys(usingMetrics).join(' + '),
          usingMetrics,
          period: VIJF_MINUTEN,
          label: `throttles ${context.naam}`,
        }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
  }

  /**
   * The HTTP API: an alarm when more than 1% of the requests of five minutes answered 5xx (the kit turns every
   * unexpected error into a 500, so any is a fault), and one on requests the stage throttled (429), counted from the
   * access log (the HTTP API publishes no metric of its own for them).
   */
  bewaakApi(api: apigw.HttpApi, accessLogs: logs.ILogGroup): void {
    new cloudwatch.Alarm(this, 'Api5xx', {
      alarmName: `wegwijs-${this.deployment}-api-5xx`,
      alarmDescription: 'More than 1% of the HTTP API requests of five minutes answered 5xx.',
      metric: new cloudwatch.MathExpression({
        expression: 'IF(aantal > 0, 100 * fouten / aantal, 0)',
        usingMetrics: {
          fouten: api.metricServerError({ period: VIJF_MINUTEN, statistic: 'Sum' }),
          aantal: api.metricCount({ period: VIJF_MINUTEN, statistic: 'Sum' }),
        },
        period: VIJF_MINUTEN,
        label: '5xx %',
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    const geknepen = new logs.MetricFilter(this, 'GeknepenVerzoeken', {
      logGroup: accessLogs,
      filterPattern: logs.FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: METRIEK_NAMESPACE,
      metricName: 'GeknepenVerzoeken',
      metricValue: '1',
    });
    new cloudwatch.Alarm(this, 'ApiThrottling', {
      alarmName: `wegwijs-${this.deployment}-api-throttling`,
      alarmDescription: 'The HTTP API stage throttled requests (429): its rate or burst limit was reached.',
      metric: geknepen.metric({ period: VIJF_MINUTEN, statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /**
   * The events that are alarms in themselves (ALARM_EVENTS: the access log's misuse signaleringen) go from the bus
   * to the topic, with a message of ids and counts; what EventBridge cannot deliver lands in the given dead letters.
   */
  routeerAlarmEvents(bus: events.IEventBus, deadLetters: sqs.IQueue | undefined): void {
    for (const alarmEvent of ALARM_EVENTS) {
      let tekst = `wegwijs-${this.deployment}-${alarmEvent.alarm}: ${alarmEvent.tekst}`;
      for (const veld of velden(alarmEvent.tekst)) {
        tekst = tekst.replace(`<${veld}>`, events.EventField.fromPath(`$.detail.data.${veld}`));
      }
      new events.Rule(this, `Event-${alarmEvent.alarm}`, {
        eventBus: bus,
        description: `${alarmEvent.contract.detailType} to the alarm topic`,
        eventPattern: { source: [...alarmEvent.contract.bronnen], detailType: [alarmEvent.contract.detailType] },
        targets: [
          new targets.SnsTopic(this.topic, {
            message: events.RuleTargetInput.fromText(tekst),
            retryAttempts: 8,
            maxEventAge: Duration.hours(6),
            ...(deadLetters ? { deadLetterQueue: deadLetters } : {}),
          }),
        ],
      });
    }
  }

  /**
   * Lets a function raise an alarm itself (the misuse signaleringen of the access log): the topic's ARN in its
   * environment (WEGWIJS_ALARM_TOPIC) and the right to publish to exactly this topic with the stack's key. The
   * function publishes with `meldAlarm` (`@wegwijs/lambda-kit/alarm`); locally the same call lands in `/dev/alarmen`.
   */
  magMelden(wf: WegwijsFunctie): void {
    wf.fn.addEnvironment(ALARM_TOPIC_ENV, this.topic.topicArn);
    this.topic.grantPublish(wf.role);
    wf.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `sns.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
  }
}

/** Gives every CloudWatch alarm of the stack the topic as alarm and OK action (once), whoever made the alarm. */
export class AlarmNaarTopic implements IAspect {
  private readonly gedaan = new WeakSet<cloudwatch.Alarm>();
  private readonly actie: actions.SnsAction;

  constructor(topic: sns.ITopic) {
    this.actie = new actions.SnsAction(topic);
  }

  visit(node: IConstruct): void {
    if (!(node instanceof cloudwatch.Alarm) || this.gedaan.has(node)) return;
    this.gedaan.add(node);
    node.addAlarmAction(this.actie);
    node.addOkAction(this.actie);
  }
}
