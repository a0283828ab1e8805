import type { TabelDefinitie } from '@wegwijs/lambda-kit';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** The data actions a context's own functions need on its table (no table management, no streams). */
const DATA_ACTIES = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];

/** What DynamoDB needs from the caller's side to use the table's customer-managed key. */
const KMS_ACTIES = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:DescribeKey',
];

/** A context's DynamoDB table, built from its TabelDefinitie, encrypted with its own customer-managed key. */
export class ContextTabel extends Construct {
  readonly table: dynamodb.Table;
  readonly key: kms.Key;
  private readonly definitie: TabelDefinitie;

  constructor(
    scope: Construct,
    id: string,
    props: { readonly definitie: TabelDefinitie; readonly deployment: string; readonly productie: boolean },
  ) {
    super(scope, id);
    this.definitie = props.definitie;
    const removalPolicy = props.productie ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.key = new kms.Key(this, 'Key', {
      description: `Wegwijs ${props.deployment}: table of ${props.definitie.naam}`,
      enableKeyRotation: true,
      removalPolicy,
    });
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: props.definitie.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: props.definitie.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      deletionProtection: props.productie,
      timeToLiveAttribute: props.definitie.ttlAttribuut,
      // The outbox relay reads written items from the stream (encrypted with the table's key).
      stream: dynamodb.StreamViewType.NEW_IMAGE,
      removalPolicy,
    });
    for (const index of props.definitie.indexen) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.naam,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  /**
   * What the outbox relay's event source mapping needs: read this table's stream (exactly its ARN, no wildcard) and
   * decrypt its records with the table's key through DynamoDB.
   */
  grantStroom(role: iam.IRole): void {
    const stroom = this.table.tableStreamArn;
    if (!stroom) throw new Error('the table has no stream');
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        resources: [stroom],
      }),
    );
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.key.keyArn] }));
  }

  /** Read and write access to the items of this table (and its indexes) and use of its key through DynamoDB only. */
  grantData(role: iam.IRole): void {
    // Each index by name: no wildcard, so the grant covers exactly this table and its declared indexes.
    const resources = [
      this.table.tableArn,
      ...this.definitie.indexen.map((i) => `${this.table.tableArn}/index/${i.naam}`),
    ];
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: DATA_ACTIES, resources }));
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: KMS_ACTIES,
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
  }
}
