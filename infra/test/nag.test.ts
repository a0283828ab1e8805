import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { maakApp } from '../src/cdk/maak-app';
import { ERKENDE_BEVINDINGEN } from '../src/cdk/nag';
import { denHaag } from '../src/deployments/index';
import { SERVICE_MANIFESTS } from '../src/services';
import { STUB_CODE, vereis } from './support/synth';

const outdir = () => mkdtempSync(join(tmpdir(), 'wegwijs-nag-'));

describe('cdk-nag (AwsSolutions, v3 policy-validation plugin)', () => {
  it('reports nothing unacknowledged for the den-haag and zaffier stacks', () => {
    // Arrange
    const dir = outdir();
    const { app, stacks } = maakApp({ code: STUB_CODE, manifests: SERVICE_MANIFESTS, outdir: dir });
    expect(stacks.map((s) => s.stackName)).toEqual(['Wegwijs-den-haag', 'Wegwijs-zaffier']);
    // Act: a finding would throw ValidationFailed here.
    let fout: unknown;
    try {
      app.synth();
    } catch (e) {
      fout = e;
    }
    // Assert
    expect(String(fout ?? 'no error')).not.toMatch(/ValidationFailed|Validation failed/);
    expect(fout).toBeUndefined();
    const rapport = join(dir, 'validation-report.json');
    if (existsSync(rapport)) {
      const inhoud = readFileSync(rapport, 'utf8');
      expect(inhoud).not.toMatch(/"status":\s*"failure"/);
    }
  });

  it('is really active: an unprotected resource fails synthesis', () => {
    // Arrange: the same app with one queue that breaks AwsSolutions-SQS3/SQS4.
    const { app, stacks } = maakApp({
      code: STUB_CODE,
      manifests: SERVICE_MANIFESTS,
      deployments: [denHaag],
      outdir: outdir(),
    });
    new sqs.Queue(vereis(stacks[0], 'stack'), 'Onbeschermd', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    // Act / Assert: the finding names the rule and the offending resource.
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS\d[\s\S]*Onbeschermd/);
  });

  it('states a reason for every acknowledgement', () => {
    for (const bevinding of Object.values(ERKENDE_BEVINDINGEN)) {
      expect(bevinding.id).toMatch(/^(AwsSolutions-[A-Z]+\d+|NIST\.800\.53\.R5-[A-Za-z]+|Serverless-[A-Za-z]+)/);
      expect(bevinding.reason.length).toBeGreaterThan(60);
    }
  });
});
