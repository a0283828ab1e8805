import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Beheer } from '../deployments/types';
import type { ContextTabel } from './tabel';

/** The name of the vault a deployment's backups are copied into in its second region (made there once by hand). */
export const kopieKluisNaam = (deployment: string) => `wegwijs-${deployment}-kopie`;

export interface BackupProps {
  readonly deployment: string;
  readonly key: kms.IKey;
  readonly productie: boolean;
  readonly instellingen: Beheer['backup'];
}

/**
 * AWS Backup for every table of the stack (BIO2 8.13): a vault encrypted with the stack's key, a plan that backs up
 * every table daily and keeps it the deployment's number of days, copied to the deployment's second region where it
 * configures one. Point-in-time recovery (35 days, on every table) stays beside it for the last minutes before an
 * incident; the plan gives backups that outlive a deleted table and a region. The restore drill: docs/SECURITY.md.
 */
export class TabelBackup extends Construct {
  readonly vault: backup.BackupVault;
  readonly plan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: BackupProps) {
    super(scope, id);
    const { bewaarDagen, kopieRegio, kopieBewaarDagen } = props.instellingen;
    this.vault = new backup.BackupVault(this, 'Kluis', {
      backupVaultName: `wegwijs-${props.deployment}`,
      encryptionKey: props.key,
      removalPolicy: props.productie ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const { account, partition } = Stack.of(this);
    const copyActions: backup.BackupPlanCopyActionProps[] = kopieRegio
      ? [
          {
            destinationBackupVault: backup.BackupVault.fromBackupVaultArn(
              this,
              'KopieKluis',
              `arn:${partition}:backup:${kopieRegio}:${account}:backup-vault:${kopieKluisNaam(props.deployment)}`,
            ),
            deleteAfter: Duration.days(kopieBewaarDagen ?? bewaarDagen),
          },
        ]
      : [];
    this.plan = new backup.BackupPlan(this, 'Plan', {
      backupPlanName: `wegwijs-${props.deployment}-tabellen`,
      backupVault: this.vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: 'Dagelijks',
          // 03:00 UTC: after the planners (02:30), outside office hours.
          scheduleExpression: events.Schedule.cron({ hour: '3', minute: '0' }),
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(4),
          deleteAfter: Duration.days(bewaarDagen),
          copyActions,
        }),
      ],
    });
  }

  /** Puts the tables in the plan (one selection, each table by its ARN). */
  neemOp(tabellen: readonly ContextTabel[]): void {
    if (tabellen.length === 0) return;
    this.plan.addSelection('Tabellen', {
      backupSelectionName: 'alle-tabellen',
      resources: tabellen.map((t) => backup.BackupResource.fromDynamoDbTable(t.table)),
    });
  }
}
