import { type IAspect, type RemovalPolicy, Tags } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct, IConstruct } from 'constructs';

/**
 * How long each kind of log is kept, by risk (BIO2 8.15.04; the reasons are in docs/SECURITY.md, "Logs"):
 * - `toegang`: the access logs (who did what to which dossier, the API's access log): 13 months, so a yearly audit
 *   (and Control Tower's ct-cloudwatch-pr-2, at least 365 days) always has a full year behind it;
 * - `functie`: the function logs, ids and codes only, for finding faults: 3 months. An incident is noticed within
 *   days through the alarms; keeping technical logs longer adds exposure (ids of refugees) without use.
 */
export const LOG_BEWAARTERMIJNEN = {
  toegang: logs.RetentionDays.THIRTEEN_MONTHS,
  functie: logs.RetentionDays.THREE_MONTHS,
} as const satisfies Record<string, logs.RetentionDays>;

export type LogSoort = keyof typeof LOG_BEWAARTERMIJNEN;

/** The tag that names a log group's kind; the template tests check every log group's retention against it. */
export const LOG_SOORT_TAG = 'wegwijs:logsoort';

/**
 * A log group of a kind: its retention from LOG_BEWAARTERMIJNEN, tagged with the kind, encrypted with the stack's key
 * (by the LogVersleuteling aspect of the stack). Every log group of Wegwijs is made here.
 */
export function logGroep(
  scope: Construct,
  id: string,
  props: { readonly soort: LogSoort; readonly removalPolicy: RemovalPolicy; readonly logGroupName?: string },
): logs.LogGroup {
  const groep = new logs.LogGroup(scope, id, {
    retention: LOG_BEWAARTERMIJNEN[props.soort],
    removalPolicy: props.removalPolicy,
    ...(props.logGroupName ? { logGroupName: props.logGroupName } : {}),
  });
  Tags.of(groep).add(LOG_SOORT_TAG, props.soort);
  return groep;
}

/**
 * Encrypts every log group of the stack with the stack's key, including those added after the aspect (a new
 * context's, another construct's); a log group without a retention fails synthesis.
 */
export class LogVersleuteling implements IAspect {
  constructor(private readonly key: kms.IKey) {}

  visit(node: IConstruct): void {
    if (!(node instanceof logs.CfnLogGroup)) return;
    node.kmsKeyId = this.key.keyArn;
    if (node.retentionInDays === undefined) {
      throw new Error(`${node.node.path}: a log group without a retention (use logGroep with a LogSoort)`);
    }
  }
}
