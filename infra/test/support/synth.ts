import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import type { CodeVoor } from '../../src/cdk/code';
import { maakApp } from '../../src/cdk/maak-app';
import type { WegwijsStack } from '../../src/cdk/stack';
import { DEPLOYMENTS } from '../../src/deployments/index';
import type { Deployment } from '../../src/deployments/types';
import { SERVICE_MANIFESTS } from '../../src/services';

/**
 * Test-only stand-in for the bundles, for the tests that inspect the template and not the code: every function of the
 * manifests exists whether or not its entry file has been written yet. bundle.test.ts synthesizes with the real bundles.
 */
export const STUB_CODE: CodeVoor = () => Code.fromInline('exports.handler = async () => ({});');

export interface Gesynthetiseerd {
  readonly stack: WegwijsStack;
  readonly template: Template;
}

/** Synthesizes the deployments (default: all) once, with stub code and without cdk-nag (nag.test.ts runs that). */
export function synthetiseer(deployments: readonly Deployment[] = DEPLOYMENTS): Map<string, Gesynthetiseerd> {
  const { stacks } = maakApp({ code: STUB_CODE, manifests: SERVICE_MANIFESTS, deployments, nag: false });
  return new Map(stacks.map((stack) => [stack.stackName, { stack, template: Template.fromStack(stack) }]));
}

export function vereis<T>(waarde: T | undefined, wat: string): T {
  if (waarde === undefined) throw new Error(`test setup: ${wat} not found`);
  return waarde;
}

/** The CloudFormation logical id of a construct's default resource (or of the CfnElement itself). */
export function logicalId(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation resources are untyped JSON.
export type CfnResource = { Type: string; Properties?: Record<string, any> };

export const resources = (template: Template, type: string): [string, CfnResource][] =>
  Object.entries(template.findResources(type) as Record<string, CfnResource>);

/** Every logical id a JSON value refers to through Ref or Fn::GetAtt. */
export function verwijzingen(waarde: unknown): Set<string> {
  const ids = new Set<string>();
  const loop = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) loop(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Ref' && typeof x === 'string') ids.add(x);
      else if (k === 'Fn::GetAtt' && Array.isArray(x) && typeof x[0] === 'string') ids.add(x[0]);
      else loop(x);
    }
  };
  loop(waarde);
  return ids;
}

/**
 * The Wegwijs functions of a template: every `AWS::Lambda::Function` except the providers CDK adds for its own
 * custom resources (the Trigger that runs a data migration on deploy), whose logical ids start with `AWSCDK`.
 */
export const wegwijsFuncties = (template: Template) =>
  resources(template, 'AWS::Lambda::Function').filter(([id]) => !id.startsWith('AWSCDK'));
