import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALARM_EVENTS } from '../src/alarm-events';
import { ALARM_TOPIC_ENV } from '../src/cdk/alarmering';
import { kopieKluisNaam } from '../src/cdk/backup';
import { DeadLetters } from '../src/cdk/dead-letters';
import { LOG_BEWAARTERMIJNEN, LOG_SOORT_TAG } from '../src/cdk/logboeken';
import { DEPLOYMENTS, defineDeployment, denHaag } from '../src/deployments/index';
import { type Gesynthetiseerd, logicalId, resources, synthetiseer, vereis, wegwijsFuncties } from './support/synth';

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  // Arrange (once per file): synthesizing is slow, every test reads the same templates.
  stacks = synthetiseer();
});
const synth = (naam: string) => vereis(stacks.get(naam), `stack ${naam}`);

describe.each(DEPLOYMENTS.map((d) => [d.stackName, d] as const))('%s: operations', (stackName, deployment) => {
  it('one alarm topic, encrypted with the stack key, TLS only, with the deployment addresses subscribed', () => {
    const { stack, template } = synth(stackName);
    const topics = resources(template, 'AWS::SNS::Topic');
    expect(topics.map(([id]) => id)).toEqual([logicalId(stack.alarmering.topic)]);
    expect(topics[0]?.[1].Properties?.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [logicalId(stack.sleutel.key), 'Arn'],
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: logicalId(stack.alarmering.topic) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    const adressen = resources(template, 'AWS::SNS::Subscription').map(([, s]) => {
      expect(s.Properties?.Protocol).toBe('email');
      expect(s.Properties?.TopicArn).toEqual({ Ref: logicalId(stack.alarmering.topic) });
      return s.Properties?.Endpoint;
    });
    expect(adressen.sort()).toEqual([...deployment.beheer.alarmAdressen].sort());
  });

  it('every alarm has the topic as its alarm and OK action', () => {
    const { stack, template } = synth(stackName);
    const alarms = resources(template, 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(0);
    const topic = { Ref: logicalId(stack.alarmering.topic) };
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties?.AlarmActions, id).toContainEqual(topic);
      expect(alarm.Properties?.OKActions, id).toContainEqual(topic);
    }
  });

  it('alarms on dead letters, on every function error, on throttling and on the 5xx rate of the HTTP API', () => {
    const { stack, template } = synth(stackName);
    const alarms = resources(template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties ?? {});
    const dimensie = (a: Record<string, unknown>, naam: string) =>
      ((a.Dimensions ?? []) as { Name: string; Value: unknown }[]).find((d) => d.Name === naam)?.Value;
    for (const [id] of wegwijsFuncties(template)) {
      const fouten = alarms.find(
        (a) => a.MetricName === 'Errors' && JSON.stringify(dimensie(a, 'FunctionName')) === JSON.stringify({ Ref: id }),
      );
      expect(fouten, `error alarm of ${id}`).toMatchObject({
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
    const deadLetters = stack.node.findAll().filter((c): c is DeadLetters => c instanceof DeadLetters);
    expect(deadLetters.length).toBeGreaterThan(0);
    for (const id of deadLetters.map((d) => logicalId(d.queue))) {
      expect(
        alarms.some(
          (a) => JSON.stringify(dimensie(a, 'QueueName')) === JSON.stringify({ 'Fn::GetAtt': [id, 'QueueName'] }),
        ),
        `dead-letter alarm of ${id}`,
      ).toBe(true);
    }
    for (const context of stack.contexten.values()) {
      const throttling = alarms.find(
        (a) => a.AlarmName === `wegwijs-${deployment.config.naam}-${context.naam}-throttling`,
      );
      const metrieken = (throttling?.Metrics ?? []) as { MetricStat?: { Metric: { MetricName: string } } }[];
      expect(metrieken.filter((m) => m.MetricStat?.Metric.MetricName === 'Throttles').length, context.naam).toBe(
        context.functies.size,
      );
    }
    const api5xx = alarms.find((a) => a.AlarmName === `wegwijs-${deployment.config.naam}-api-5xx`);
    const namen = ((api5xx?.Metrics ?? []) as { MetricStat?: { Metric: { MetricName: string } } }[]).map(
      (m) => m.MetricStat?.Metric.MetricName,
    );
    expect(namen).toEqual(expect.arrayContaining(['5xx', 'Count']));
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(stack.http.accessLogs) },
      FilterPattern: '{ $.status = "429" }',
    });
    expect(alarms.some((a) => a.AlarmName === `wegwijs-${deployment.config.naam}-api-throttling`)).toBe(true);
  });

  it('the access log signaleringen go from the bus to the topic, with ids and counts only', () => {
    const { stack, template } = synth(stackName);
    for (const a of ALARM_EVENTS) {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: { Ref: logicalId(stack.routing.bus) },
        EventPattern: { source: [...a.contract.bronnen], 'detail-type': [a.contract.detailType] },
        Targets: [
          Match.objectLike({
            Arn: { Ref: logicalId(stack.alarmering.topic) },
            InputTransformer: Match.objectLike({
              InputPathsMap: Match.objectLike({
                'detail-data-signaleringId': '$.detail.data.signaleringId',
                'detail-data-aantal': '$.detail.data.aantal',
              }),
            }),
            DeadLetterConfig: Match.anyValue(),
          }),
        ],
      });
    }
  });

  it('every log group has the retention of its kind and the stack key, which CloudWatch Logs may use', () => {
    const { stack, template } = synth(stackName);
    const groepen = resources(template, 'AWS::Logs::LogGroup');
    expect(groepen.length).toBeGreaterThan(wegwijsFuncties(template).length);
    for (const [id, groep] of groepen) {
      const soort = ((groep.Properties?.Tags ?? []) as { Key: string; Value: string }[]).find(
        (t) => t.Key === LOG_SOORT_TAG,
      );
      expect(soort?.Value, id).toMatch(/^(toegang|functie)$/);
      expect(groep.Properties?.RetentionInDays, id).toBe(
        LOG_BEWAARTERMIJNEN[soort?.Value as keyof typeof LOG_BEWAARTERMIJNEN],
      );
      expect(groep.Properties?.KmsKeyId, id).toEqual({ 'Fn::GetAtt': [logicalId(stack.sleutel.key), 'Arn'] });
    }
    expect(LOG_BEWAARTERMIJNEN.toegang).toBeGreaterThanOrEqual(365);
    expect(LOG_BEWAARTERMIJNEN.functie).toBeLessThan(LOG_BEWAARTERMIJNEN.toegang);
    const sleutel = template.toJSON().Resources[logicalId(stack.sleutel.key)];
    expect(sleutel.Properties.EnableKeyRotation).toBe(true);
    expect(sleutel.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: `logs.${deployment.region}.amazonaws.com` },
        Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': expect.anything() } },
      }),
    );
  });

  it('every table is in the daily backup plan, kept as configured, in a vault with the stack key', () => {
    const { stack, template } = synth(stackName);
    const tabellen = resources(template, 'AWS::DynamoDB::Table').map(([id]) => id);
    expect(tabellen.length).toBeGreaterThan(0);
    const selecties = resources(template, 'AWS::Backup::BackupSelection');
    const opgenomen = selecties.flatMap(([, s]) =>
      ((s.Properties?.BackupSelection?.Resources ?? []) as { 'Fn::GetAtt': [string, string] }[]).map(
        (r) => r['Fn::GetAtt'][0],
      ),
    );
    expect(opgenomen.sort()).toEqual(tabellen.sort());
    template.hasResourceProperties('AWS::Backup::BackupVault', {
      EncryptionKeyArn: { 'Fn::GetAtt': [logicalId(stack.sleutel.key), 'Arn'] },
    });
    const [[, plan] = ['', {}]] = resources(template, 'AWS::Backup::BackupPlan');
    const [regel, ...andere] = plan.Properties?.BackupPlan.BackupPlanRule ?? [];
    expect(andere).toEqual([]);
    expect(regel.ScheduleExpression).toMatch(/^cron\(\d+ \d+ \* \* \? \*\)$/);
    expect(regel.Lifecycle).toEqual({ DeleteAfterDays: deployment.beheer.backup.bewaarDagen });
    const { kopieRegio } = deployment.beheer.backup;
    if (kopieRegio) {
      expect(regel.CopyActions).toHaveLength(1);
      const arn = JSON.stringify(regel.CopyActions[0].DestinationBackupVaultArn);
      expect(arn).toContain(`:backup:${kopieRegio}:`);
      expect(arn).toContain(`:backup-vault:${kopieKluisNaam(deployment.config.naam)}`);
    } else {
      expect(regel.CopyActions ?? []).toEqual([]);
    }
  });

  it('no function may publish to the alarm topic unless it is given the right (magMelden)', () => {
    const { template } = synth(stackName);
    for (const [id, fn] of wegwijsFuncties(template)) {
      expect(Object.keys(fn.Properties?.Environment.Variables), id).not.toContain(ALARM_TOPIC_ENV);
    }
  });
});

describe('deployment operations settings', () => {
  it('den-haag copies its backups to a second region, zaffier does not', () => {
    expect(denHaag.beheer.backup.kopieRegio).toBe('eu-central-1');
  });

  it('refuses a deployment without an alarm address, with a short backup, or a copy to its own region', () => {
    const basis = { config: denHaag.config, region: 'eu-west-1' };
    expect(() => defineDeployment({ ...basis, beheer: { alarmAdressen: [], backup: { bewaarDagen: 35 } } })).toThrow(
      /no alarm address/,
    );
    expect(() =>
      defineDeployment({ ...basis, beheer: { alarmAdressen: ['geen-adres'], backup: { bewaarDagen: 35 } } }),
    ).toThrow(/not an e-mail address/);
    expect(() =>
      defineDeployment({ ...basis, beheer: { alarmAdressen: ['a@b.example'], backup: { bewaarDagen: 3 } } }),
    ).toThrow(/< 7/);
    expect(() =>
      defineDeployment({
        ...basis,
        beheer: { alarmAdressen: ['a@b.example'], backup: { bewaarDagen: 35, kopieRegio: 'eu-west-1' } },
      }),
    ).toThrow(/own region/);
  });
});
