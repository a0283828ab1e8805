import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctieDefinitie } from '../bundle/functies';
import { LAMBDA_HANDLER } from '../bundle/options';
import { logGroep } from './logboeken';

/** Memory and timeout per kind of function: the synchronous ones get more CPU for a fast cold start. */
const DIMENSIES = {
  http: { memorySize: 1024, timeout: Duration.seconds(10) },
  beslissing: { memorySize: 1024, timeout: Duration.seconds(5) },
  /** A person's records in one context: listed for the inzage, or destroyed (every item, page by page). */
  persoon: { memorySize: 512, timeout: Duration.seconds(60) },
  consumer: { memorySize: 512, timeout: Duration.seconds(30) },
  planner: { memorySize: 512, timeout: Duration.minutes(5) },
  relay: { memorySize: 256, timeout: Duration.seconds(30) },
  migratie: { memorySize: 512, timeout: Duration.minutes(15) },
} as const;

/** Lambda caps the environment at 4 KB; WEGWIJS_CONFIG is most of it. */
const MAX_ENV_BYTES = 4096;

export interface WegwijsFunctieProps {
  readonly functie: FunctieDefinitie;
  readonly functionName: string;
  readonly code: lambda.Code;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * One Lambda function with its own role and log group. The role starts empty except for writing to its own log
 * group: every other permission is granted explicitly by the context (its table, the bus, an invoke route).
 */
export class WegwijsFunctie extends Construct {
  readonly functie: FunctieDefinitie;
  readonly role: iam.Role;
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: WegwijsFunctieProps) {
    super(scope, id);
    this.functie = props.functie;
    const envBytes = Object.entries(props.environment).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (envBytes > MAX_ENV_BYTES) {
      throw new Error(`${props.functionName}: environment is ${envBytes} bytes, Lambda allows ${MAX_ENV_BYTES}`);
    }
    const logGroup = logGroep(this, 'Logs', {
      soort: 'functie',
      logGroupName: `/aws/lambda/${props.functionName}`,
      removalPolicy: props.logRemovalPolicy,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.functionName}`,
    });
    logGroup.grantWrite(this.role);
    this.fn = new lambda.Function(this, 'Function', {
      functionName: props.functionName,
      code: props.code,
      handler: LAMBDA_HANDLER,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      ...DIMENSIES[props.functie.soort],
      environment: { ...props.environment },
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      recursiveLoop: lambda.RecursiveLoop.TERMINATE,
    });
  }
}
