import { EVENT_ROUTES, EVENTS_BY_DETAIL_TYPE, INVOKE_ROUTES, VOORTGANG_EVENTS } from '@wegwijs/contracts';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { maakApp } from '../src/cdk/maak-app';
import type { WegwijsStack } from '../src/cdk/stack';
import { DEPLOYMENTS, denHaag } from '../src/deployments/index';
import { SERVICE_MANIFESTS } from '../src/services';
import {
  acties,
  brokerWachtrijLekken,
  GEMEENTEZIJDE,
  gemeenteToegangTotUitvoering,
  policies,
  rollenVan,
  voortgangLekken,
  vreemdeTabeltoegang,
} from './support/grenzen';
import {
  type CfnResource,
  type Gesynthetiseerd,
  logicalId,
  resources,
  STUB_CODE,
  synthetiseer,
  vereis,
  verwijzingen,
} from './support/synth';

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  stacks = synthetiseer();
});

describe.each(DEPLOYMENTS.map((d) => d.stackName))('%s: the consent boundary', (stackName) => {
  const g = () => vereis(stacks.get(stackName), stackName);
  const stack = (): WegwijsStack => g().stack;
  const context = (naam: string) => vereis(stack().contexten.get(naam), naam);

  it('routes every voortgang detail-type to the toestemming consumer and to nothing else', () => {
    expect(VOORTGANG_EVENTS.length).toBeGreaterThan(0);
    expect(voortgangLekken(g())).toEqual([]);
  });

  it('builds exactly one rule per consumer of EVENT_ROUTES, on source and detail-type, targeting that consumer', () => {
    const { template } = g();
    // The rules of the events that are alarms in themselves (ALARM_EVENTS) target the alarm topic, not a consumer.
    const topic = JSON.stringify({ Ref: logicalId(stack().alarmering.topic) });
    const rules = resources(template, 'AWS::Events::Rule').filter(
      ([, r]) =>
        r.Properties?.EventPattern &&
        !(r.Properties?.Targets ?? []).every((t: { Arn: unknown }) => JSON.stringify(t.Arn) === topic),
    );
    expect(rules.length).toBe(EVENT_ROUTES.length);
    for (const route of EVENT_ROUTES) {
      // A consumer ordered per inburgeraar gets its events through its own queue (see the FIFO test below).
      const geordend = stack().routing.perInburgeraar.get(route.consumer);
      const consumer = geordend
        ? logicalId(geordend.ingang)
        : logicalId(context(route.consumer).functie('consumer').fn);
      const [, rule] = vereis(
        rules.find(([, r]) =>
          (r.Properties?.Targets ?? []).some(
            (t: { Arn: unknown }) => JSON.stringify(t.Arn) === JSON.stringify({ 'Fn::GetAtt': [consumer, 'Arn'] }),
          ),
        ),
        `rule for ${route.consumer}`,
      );
      expect(rule.Properties?.EventBusName).toEqual({ Ref: logicalId(stack().routing.bus) });
      const pattern = vereis(rule.Properties?.EventPattern, 'event pattern');
      expect([...pattern['detail-type']].sort()).toEqual([...route.detailTypes].sort());
      const bronnen = new Set(route.detailTypes.flatMap((dt) => EVENTS_BY_DETAIL_TYPE.get(dt)?.bronnen ?? []));
      expect([...pattern.source].sort()).toEqual([...bronnen].sort());
      expect(rule.Properties?.Targets).toHaveLength(1);
    }
  });

  it("orders the broker's events per inburgeraar: rule -> queue -> pipe (message group = inburgeraarId) -> SQS FIFO with its DLQ, redrive and alarm -> the broker's consumer only", () => {
    const { template } = g();
    const geordend = vereis(stack().routing.perInburgeraar.get('toestemming'), 'toestemming per inburgeraar');
    expect([...stack().routing.perInburgeraar.keys()]).toEqual(
      EVENT_ROUTES.filter((r) => r.perInburgeraar).map((r) => r.consumer),
    );
    const arn = (c: Parameters<typeof logicalId>[0]) => ({ 'Fn::GetAtt': [logicalId(c), 'Arn'] });
    const fifo = vereis(template.toJSON().Resources[logicalId(geordend.volgorde)], 'volgorde');
    const dlq = vereis(template.toJSON().Resources[logicalId(geordend.deadLetters.queue)], 'dlq');
    expect(fifo.Properties).toMatchObject({
      FifoQueue: true,
      RedrivePolicy: { deadLetterTargetArn: arn(geordend.deadLetters.queue), maxReceiveCount: expect.any(Number) },
    });
    // the DLQ of a FIFO queue is FIFO, may be redriven to its source (SQS redrive), and alarms on any message
    expect(dlq.Properties).toMatchObject({ FifoQueue: true, RedriveAllowPolicy: { redrivePermission: 'allowAll' } });
    const alarm = resources(template, 'AWS::CloudWatch::Alarm').find(([, a]) =>
      JSON.stringify(a.Properties?.Dimensions ?? []).includes(logicalId(geordend.deadLetters.queue)),
    );
    expect(alarm?.[1].Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    template.hasResourceProperties('AWS::Pipes::Pipe', {
      Source: arn(geordend.ingang),
      Target: arn(geordend.volgorde),
      TargetParameters: {
        SqsQueueParameters: { MessageGroupId: '$.body.detail.meta.inburgeraarId', MessageDeduplicationId: '$.body.id' },
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arn(geordend.volgorde),
      FunctionName: { Ref: logicalId(context('toestemming').functie('consumer').fn) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(brokerWachtrijLekken(g())).toEqual([]);
  });

  it("catches a pipe or a function that would take the broker's queued events elsewhere", () => {
    const vals = structuredClone(g().template.toJSON());
    const geordend = vereis(stack().routing.perInburgeraar.get('toestemming'), 'toestemming per inburgeraar');
    const [pipeId] = vereis(resources(g().template, 'AWS::Pipes::Pipe')[0], 'pipe');
    vals.Resources[pipeId].Properties.Target = { 'Fn::GetAtt': [logicalId(geordend.deadLetters.queue), 'Arn'] };
    const [mappingId] = vereis(
      resources(g().template, 'AWS::Lambda::EventSourceMapping').find(([, m]) =>
        JSON.stringify(m.Properties?.EventSourceArn).includes(logicalId(geordend.volgorde)),
      ),
      'mapping',
    );
    vals.Resources[mappingId].Properties.FunctionName = {
      Ref: logicalId(context('begeleiding').functie('consumer').fn),
    };
    const lekken = brokerWachtrijLekken({ ...g(), template: Template.fromJSON(vals) });
    expect(lekken.some((l) => l.startsWith('pipe'))).toBe(true);
    expect(lekken.some((l) => l.includes(mappingId))).toBe(true);
  });

  it('gives every rule target a retry policy and a dead-letter queue', () => {
    const rules = resources(g().template, 'AWS::Events::Rule');
    expect(rules.length).toBeGreaterThan(0);
    for (const [id, rule] of rules) {
      for (const doel of rule.Properties?.Targets ?? []) {
        expect(doel.RetryPolicy, id).toMatchObject({
          MaximumEventAgeInSeconds: expect.any(Number),
          MaximumRetryAttempts: expect.any(Number),
        });
        expect(doel.DeadLetterConfig?.Arn, id).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
        const queueId = doel.DeadLetterConfig.Arn['Fn::GetAtt'][0];
        expect(g().template.toJSON().Resources[queueId].Type).toBe('AWS::SQS::Queue');
      }
    }
  });

  it("no function outside a context can read or write that context's table or use its key", () => {
    for (const eigenaar of stack().contexten.values()) {
      if (!eigenaar.tabel) continue;
      // The context's own functions do reach it (otherwise the check would prove nothing) ...
      const eigen = policies(g()).filter((p) =>
        p.statements.some((s) => verwijzingen(s.Resource).has(logicalId(vereis(eigenaar.tabel, 'tabel').table))),
      );
      expect(eigen.length, eigenaar.naam).toBeGreaterThan(0);
    }
    // ... and nobody else does.
    expect(vreemdeTabeltoegang(g())).toEqual([]);
  });

  it('grants no data access through wildcards: no dynamodb or kms action on "*" and no managed policies', () => {
    for (const policy of policies(g())) {
      for (const s of policy.statements) {
        const datagevoelig = acties(s).some((a) => /^(dynamodb|kms|\*)/.test(a));
        if (!datagevoelig) continue;
        expect(JSON.stringify(s.Resource), policy.id).not.toMatch(/"\*"|:table\/\*/);
        for (const a of acties(s)) expect(a, policy.id).not.toMatch(/^(dynamodb:\*|kms:\*|\*)$/);
      }
    }
    for (const [id, rol] of resources(g().template, 'AWS::IAM::Role')) {
      // CDK's own Trigger provider (it invokes a data migration on deploy) logs through the basic execution role only.
      const beheerd = rol.Properties?.ManagedPolicyArns ?? [];
      if (isTriggerProvider(id)) {
        expect(beheerd, id).toEqual([
          { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' },
        ]);
      } else if (isBackupRol(rol)) {
        // AWS Backup's service role (the backup selection of every table): the policy AWS documents for it only.
        expect(JSON.stringify(beheerd), id).toMatch(
          /^\[\{"Fn::Join":\["",\["arn:",\{"Ref":"AWS::Partition"\},":iam::aws:policy\/service-role\/AWSBackupServiceRolePolicyForBackup"\]\]\}\]$/,
        );
      } else expect(beheerd, id).toEqual([]);
    }
  });

  it('gives no gemeente-side function (aanmelding, profiel, regie) any access to begeleiding, regeldag or sociaal-domein', () => {
    expect(GEMEENTEZIJDE.every((naam) => stack().contexten.has(naam))).toBe(true);
    expect(gemeenteToegangTotUitvoering(g())).toEqual([]);
  });

  it('lets only the INVOKE_ROUTES callers invoke a function: sociaal-domein the decision point, inzage and archief the persoon functions', () => {
    const functieIds = new Map<string, string>();
    for (const c of stack().contexten.values()) {
      for (const wf of c.functies.values()) functieIds.set(logicalId(wf.fn), wf.functie.id);
    }
    const toegestaan = new Map<string, Set<string>>();
    for (const route of INVOKE_ROUTES) {
      for (const rol of rollenVan(context(route.aanroeper))) {
        toegestaan.set(rol, new Set([...(toegestaan.get(rol) ?? []), route.functie]));
      }
    }
    // CDK's Trigger provider invokes the data migrations (and only those) on deploy.
    const migraties = [...functieIds.values()].filter((id) => id.endsWith('-migratie'));
    for (const [id] of resources(g().template, 'AWS::IAM::Role')) {
      if (isTriggerProvider(id)) toegestaan.set(id, new Set(migraties));
    }
    let invokes = 0;
    for (const policy of policies(g())) {
      for (const s of policy.statements) {
        if (!acties(s).some((a) => a.startsWith('lambda:'))) continue;
        expect(acties(s)).toEqual(['lambda:InvokeFunction']);
        const doelen = [...verwijzingen(s.Resource)].map((id) => functieIds.get(id));
        for (const rol of policy.rollen) {
          for (const doel of doelen) {
            expect(toegestaan.get(rol)?.has(doel ?? '?'), `${rol} invokes ${doel}`).toBe(true);
            invokes++;
          }
        }
      }
    }
    const perRoute = INVOKE_ROUTES.reduce((n, r) => n + rollenVan(context(r.aanroeper)).size, 0);
    expect(invokes).toBe(perRoute + migraties.length);
    // Lambda resource policies only let API Gateway (http) and EventBridge (consumer, planner) invoke.
    for (const [id, permission] of resources(g().template, 'AWS::Lambda::Permission') as [string, CfnResource][]) {
      expect(['apigateway.amazonaws.com', 'events.amazonaws.com'], id).toContain(permission.Properties?.Principal);
    }
  });
});

/** CDK's own custom resource provider of `aws-cdk-lib/triggers` (runs a data migration function on deploy). */
const isTriggerProvider = (logicalId: string) => logicalId.startsWith('AWSCDKTriggerCustomResourceProvider');

describe('the boundary checks can fail (negative controls)', () => {
  let gebroken: Gesynthetiseerd;
  beforeAll(() => {
    // Arrange: a stack that routes a voortgang event to begeleiding and lets an aanmelding function read the
    // begeleiding table. The real stacks above must never look like this.
    const [voortgang] = VOORTGANG_EVENTS;
    const detailType = vereis(voortgang, 'a voortgang event').detailType;
    const eventRoutes = EVENT_ROUTES.map((r) =>
      r.consumer === 'begeleiding' ? { ...r, detailTypes: [...r.detailTypes, detailType] } : r,
    );
    const {
      stacks: [stack],
    } = maakApp({ code: STUB_CODE, manifests: SERVICE_MANIFESTS, deployments: [denHaag], nag: false, eventRoutes });
    const s = vereis(stack, 'stack');
    const begeleiding = vereis(s.contexten.get('begeleiding')?.tabel, 'begeleiding table');
    begeleiding.grantData(vereis(s.contexten.get('aanmelding'), 'aanmelding').functie('http').role);
    gebroken = { stack: s, template: Template.fromStack(s) };
  });

  it('catches a voortgang event routed outside the consent broker', () => {
    expect(voortgangLekken(gebroken)).toEqual([expect.stringContaining(VOORTGANG_EVENTS[0]?.detailType ?? '?')]);
  });

  it('catches a gemeente-side function that can read an uitvoering table', () => {
    expect(vreemdeTabeltoegang(gebroken).length).toBeGreaterThan(0);
    expect(gemeenteToegangTotUitvoering(gebroken).length).toBeGreaterThan(0);
  });
});

/** The service role AWS Backup assumes (only backup.amazonaws.com may). */
function isBackupRol(rol: { Properties?: Record<string, unknown> }): boolean {
  const doc = rol.Properties?.AssumeRolePolicyDocument as { Statement?: { Principal?: { Service?: unknown } }[] };
  const diensten = (doc?.Statement ?? []).map((st) => st.Principal?.Service);
  return diensten.length > 0 && diensten.every((d) => d === 'backup.amazonaws.com');
}
