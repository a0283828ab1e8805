import type { DeploymentConfig } from '@wegwijs/profielen';

/** One deployment of Wegwijs: one CDK stack with its configuration and where it runs. */
export interface Deployment {
  /** The configuration every function of the stack receives (WEGWIJS_CONFIG). */
  readonly config: DeploymentConfig;
  /** The AWS region of the stack. */
  readonly region: string;
  /** The AWS account; absent for an account-agnostic stack (the account comes from the credentials at deploy time). */
  readonly account?: string;
  /** The CloudFormation stack name, `Wegwijs-<naam>`. */
  readonly stackName: string;
  /** Tags put on every resource of the stack. */
  readonly tags: Readonly<Record<string, string>>;
}

/** The omgevingen a stack can be deployed as; the local platform ('lokaal') never is. */
export const DEPLOYBARE_OMGEVINGEN = ['ontwikkeling', 'productie'] as const;

export const stackNaam = (naam: string) => `Wegwijs-${naam}`;
