import { denHaag } from './den-haag';
import type { Deployment } from './types';
import { zaffier } from './zaffier';

export { defineDeployment } from './define';
export * from './types';
export { denHaag, zaffier };

/** Every deployment of Wegwijs; the CDK app makes one stack of each. */
export const DEPLOYMENTS: readonly Deployment[] = [denHaag, zaffier];
