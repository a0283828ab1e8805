import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The stack's own customer-managed key, for what is not a context's table: every log group, the alarm topic and the
 * backup vault. (Each table keeps its own key: ContextTabel.) The key policy lets exactly the services that encrypt
 * with it use it: CloudWatch Logs for the log groups of this account and region, and CloudWatch for alarms that
 * publish to the encrypted topic. SNS and AWS Backup use it on behalf of IAM principals of the account (the default
 * statement for the account root).
 */
export class StackSleutel extends Construct {
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: { readonly deployment: string; readonly productie: boolean }) {
    super(scope, id);
    const { region, account, partition } = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      description: `Wegwijs ${props.deployment}: logs, alarm topic and backup vault`,
      enableKeyRotation: true,
      removalPolicy: props.productie ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsVanDezeStack',
        principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*` },
        },
      }),
    );
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmenNaarHetVersleuteldeTopic',
        principals: [
          new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
          // The rule that sends the access log's signaleringen from the bus to the topic.
          new iam.ServicePrincipal('events.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
  }
}

/**
 * On every KMS key of the stack (the stack's and each table's): grants may only be created for AWS resources by AWS
 * services (DynamoDB and AWS Backup create theirs that way); nobody hands out a grant on a key by hand
 * (Control Tower ct-kms-pr-3).
 */
export function beperkGrants(scope: Construct): void {
  for (const construct of scope.node.findAll()) {
    if (!(construct instanceof kms.Key)) continue;
    construct.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'GrantsAlleenVoorAwsDiensten',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['kms:CreateGrant'],
        resources: ['*'],
        conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      }),
    );
  }
}
