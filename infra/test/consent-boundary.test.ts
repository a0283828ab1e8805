import { EVENT_ROUTES, EVENTS_BY_DETAIL_TYPE, INVOKE_ROUTES, VOORTGANG_EVENTS } from '@wegwijs/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContextConstruct } from '../src/cdk/context-construct';
import type { WegwijsStack } from '../src/cdk/stack';
import { DEPLOYMENTS } from '../src/deployments/index';
import {
  type CfnResource,
  type Gesynthetiseerd,
  logicalId,
  resources,
  synthetiseer,
  vereis,
  verwijzingen,
} from './support/synth';

/** The gemeente side: contexts the gemeente's own staff work in. They never see the uitvoering's data. */
const GEMEENTEZIJDE = ['aanmelding', 'profiel'];
const UITVOERINGSZIJDE = ['begeleiding', 'regeldag', 'sociaal-domein'];

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  stacks = synthetiseer();
});

/** The roles (logical ids) of a context's functions. */
const rollenVan = (context: ContextConstruct) =>
  new Set([...context.functies.values()].map((wf) => logicalId(wf.role)));

/** Every IAM policy of the template with the roles it is attached to and the logical ids its statements refer to. */
function policies(g: Gesynthetiseerd) {
  const inline = resources(g.template, 'AWS::IAM::Policy').map(([id, p]) => ({
    id,
    rollen: [...verwijzingen(p.Properties?.Roles)],
    statements: (p.Properties?.PolicyDocument.Statement ?? []) as Statement[],
  }));
  const inRollen = resources(g.template, 'AWS::IAM::Role').flatMap(([id, r]) =>
    ((r.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).map((p) => ({
      id,
      rollen: [id],
      statements: p.PolicyDocument.Statement,
    })),
  );
  return [...inline, ...inRollen];
}
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}
const acties = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Does an EventBridge event pattern match an event with this source and detail-type? (source/detail-type only) */
function matcht(pattern: Record<string, unknown>, source: string, detailType: string): boolean {
  const veld = (waarden: unknown, waarde: string) =>
    waarden === undefined ||
    (Array.isArray(waarden) &&
      waarden.some(
        (w) =>
          w === waarde || (typeof w === 'object' && w !== null && 'prefix' in w && waarde.startsWith(String(w.prefix))),
      ));
  return veld(pattern.source, source) && veld(pattern['detail-type'], detailType);
}

describe.each(DEPLOYMENTS.map((d) => d.stackName))('%s: the consent boundary', (stackName) => {
  const g = () => vereis(stacks.get(stackName), stackName);
  const stack = (): WegwijsStack => g().stack;
  const context = (naam: string) => vereis(stack().contexten.get(naam), naam);

  it('routes every voortgang detail-type to the toestemming consumer and to nothing else', () => {
    const { template } = g();
    const toestemmingConsumer = logicalId(context('toestemming').functie('consumer').fn);
    const rules = resources(template, 'AWS::Events::Rule').filter(([, r]) => r.Properties?.EventPattern);
    expect(VOORTGANG_EVENTS.length).toBeGreaterThan(0);
    for (const event of VOORTGANG_EVENTS) {
      // Every rule that would match this event, whatever its shape.
      const matchend = rules.filter(([, r]) => matcht(r.Properties?.EventPattern, event.source, event.detailType));
      expect(matchend.length, event.detailType).toBeGreaterThan(0);
      for (const [id, rule] of matchend) {
        const doelen = (rule.Properties?.Targets ?? []) as { Arn: unknown }[];
        expect(doelen.length, id).toBeGreaterThan(0);
        for (const doel of doelen) {
          expect(doel.Arn, `${event.detailType} via ${id}`).toEqual({ 'Fn::GetAtt': [toestemmingConsumer, 'Arn'] });
        }
      }
    }
  });

  it('builds exactly one rule per consumer of EVENT_ROUTES, on source and detail-type, targeting that consumer', () => {
    const { template } = g();
    const rules = resources(template, 'AWS::Events::Rule').filter(([, r]) => r.Properties?.EventPattern);
    expect(rules.length).toBe(EVENT_ROUTES.length);
    for (const route of EVENT_ROUTES) {
      const consumer = logicalId(context(route.consumer).functie('consumer').fn);
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
      const bronnen = new Set(route.detailTypes.map((dt) => EVENTS_BY_DETAIL_TYPE.get(dt)?.source));
      expect([...pattern.source].sort()).toEqual([...bronnen].sort());
      expect(rule.Properties?.Targets).toHaveLength(1);
    }
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
    const alle = policies(g());
    for (const eigenaar of stack().contexten.values()) {
      if (!eigenaar.tabel) continue;
      const beschermd = new Set([logicalId(eigenaar.tabel.table), logicalId(eigenaar.tabel.key)]);
      const eigenRollen = rollenVan(eigenaar);
      const metToegang = alle.filter((p) =>
        p.statements.some((s) => [...verwijzingen(s.Resource)].some((id) => beschermd.has(id))),
      );
      // The context's own functions do reach it (otherwise this test would prove nothing) ...
      expect(metToegang.length, eigenaar.naam).toBeGreaterThan(0);
      // ... and only they do.
      for (const policy of metToegang) {
        for (const rol of policy.rollen) expect(eigenRollen.has(rol), `${policy.id} -> ${eigenaar.naam}`).toBe(true);
      }
    }
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
      expect(rol.Properties?.ManagedPolicyArns ?? [], id).toEqual([]);
    }
  });

  it('gives no gemeente-side function (aanmelding, profiel) any access to begeleiding, regeldag or sociaal-domein', () => {
    const verboden = new Set(
      UITVOERINGSZIJDE.flatMap((naam) => {
        const tabel = vereis(context(naam).tabel, `${naam} table`);
        return [logicalId(tabel.table), logicalId(tabel.key)];
      }),
    );
    const gemeenteRollen = new Set(GEMEENTEZIJDE.flatMap((naam) => [...rollenVan(context(naam))]));
    expect(gemeenteRollen.size).toBeGreaterThan(0);
    for (const policy of policies(g())) {
      if (!policy.rollen.some((r) => gemeenteRollen.has(r))) continue;
      for (const s of policy.statements) {
        for (const id of verwijzingen(s.Resource)) expect(verboden.has(id), `${policy.id} reaches ${id}`).toBe(false);
      }
    }
  });

  it('lets only the INVOKE_ROUTES callers invoke a function: sociaal-domein may invoke toestemming-beslissing only', () => {
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
    expect(invokes).toBe(rollenVan(context('sociaal-domein')).size);
    // Lambda resource policies only let API Gateway (http) and EventBridge (consumer, planner) invoke.
    for (const [id, permission] of resources(g().template, 'AWS::Lambda::Permission') as [string, CfnResource][]) {
      expect(['apigateway.amazonaws.com', 'events.amazonaws.com'], id).toContain(permission.Properties?.Principal);
    }
  });
});
