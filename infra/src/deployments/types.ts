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
  /** Operations: who receives the alarms, and how long backups are kept (infra only: never in WEGWIJS_CONFIG). */
  readonly beheer: Beheer;
}

/** The operational settings of a deployment (docs/SECURITY.md). */
export interface Beheer {
  /** The e-mail addresses the alarm topic delivers to (each confirms its subscription once). At least one. */
  readonly alarmAdressen: readonly string[];
  readonly backup: {
    /** How many days a daily backup of every table is kept in the stack's region (at least 7). */
    readonly bewaarDagen: number;
    /**
     * A second region the daily backups are copied to, into the vault `wegwijs-<naam>-kopie` the deployment's
     * operators create there once (docs/SECURITY.md); absent: no copy.
     */
    readonly kopieRegio?: string;
    /** How many days the copies are kept (default: bewaarDagen). */
    readonly kopieBewaarDagen?: number;
  };
}

/** The omgevingen a stack can be deployed as; the local platform ('lokaal') never is. */
export const DEPLOYBARE_OMGEVINGEN = ['ontwikkeling', 'productie'] as const;

export const stackNaam = (naam: string) => `Wegwijs-${naam}`;
