import type { EventRoute } from '@wegwijs/contracts';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { DEPLOYMENTS } from '../deployments/index';
import type { Deployment } from '../deployments/types';
import type { CodeVoor } from './code';
import { WegwijsStack } from './stack';

export interface MaakAppOptions {
  readonly code: CodeVoor;
  readonly manifests: readonly ServiceManifest[];
  readonly deployments?: readonly Deployment[];
  /** Run the cdk-nag checks (AwsSolutions, NIST 800-53 rev 5, Serverless) at synthesis (a finding fails it). Default true. */
  readonly nag?: boolean;
  readonly outdir?: string;
  /** Only for tests that prove the boundary checks can fail; the app always uses EVENT_ROUTES. */
  readonly eventRoutes?: readonly EventRoute[];
}

/** The CDK app: one stack per deployment, `Wegwijs-<naam>`, with the cdk-nag checks. */
export function maakApp(options: MaakAppOptions): { app: App; stacks: WegwijsStack[] } {
  const app = new App(options.outdir ? { outdir: options.outdir } : {});
  const stacks = (options.deployments ?? DEPLOYMENTS).map(
    (deployment) =>
      new WegwijsStack(app, deployment.stackName, {
        stackName: deployment.stackName,
        description: `Wegwijs: maatschappelijke begeleiding for ${deployment.config.naam} (${deployment.config.gemeenten.join(', ')})`,
        env: { region: deployment.region, ...(deployment.account ? { account: deployment.account } : {}) },
        deployment,
        manifests: options.manifests,
        code: options.code,
        ...(options.eventRoutes ? { eventRoutes: options.eventRoutes } : {}),
      }),
  );
  if (options.nag ?? true) {
    // AwsSolutions, NIST 800-53 rev 5 and Serverless side by side; every acknowledgement is reasoned in nag.ts.
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new NIST80053R5Checks(app), new ServerlessChecks(app));
  }
  return { app, stacks };
}
