import {
  ALLE_EVENTS,
  EVENT_ROUTES,
  GedeeldeVoortgangVerwijderd,
  VOORTGANG_EVENTS,
  VoortgangGedeeld,
} from '@wegwijs/contracts';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { maakApp } from '../src/cdk/maak-app';
import { DEPLOYMENTS, denHaag } from '../src/deployments/index';
import { SERVICE_MANIFESTS } from '../src/services';
import { acties, matcht, policies, rollenVan } from './support/grenzen';
import {
  type Gesynthetiseerd,
  logicalId,
  resources,
  STUB_CODE,
  synthetiseer,
  vereis,
  verwijzingen,
} from './support/synth';

/** The broker's outcomes: the only events about voortgang that may reach a subscription. */
const BROKER_UITKOMSTEN = new Set<string>([VoortgangGedeeld.detailType, GedeeldeVoortgangVerwijderd.detailType]);

/**
 * The paths from a domain event to a callback (issue 23), on a synthesized stack. A callback is reached only by the
 * abonnementen's functions (the only ones that can read a subscription: its callback URL and secret are in their
 * table), so every path runs through the rules that target the abonnementen consumer. Violations (empty = holds):
 * a categorie event on such a rule (voortgang not through the broker); an event about voortgang from anyone but the
 * broker; any other way out of the stack to an HTTP endpoint (EventBridge API destinations or connections, a rule
 * target that is not one of the stack's functions, queues or topics, a topic subscription to a web endpoint); any other role that can read the abonnementen table;
 * an abonnementen role that can put events (a subscription would feed back into the bus) or read another table.
 */
function callbackPaden(g: Gesynthetiseerd): string[] {
  const fout: string[] = [];
  const abonnementen = vereis(g.stack.contexten.get('abonnementen'), 'abonnementen');
  const consumer = JSON.stringify({ 'Fn::GetAtt': [logicalId(abonnementen.functie('consumer').fn), 'Arn'] });
  const rules = resources(g.template, 'AWS::Events::Rule');
  const naarAbonnementen = rules.filter(([, r]) =>
    ((r.Properties?.Targets ?? []) as { Arn: unknown }[]).some((t) => JSON.stringify(t.Arn) === consumer),
  );
  if (naarAbonnementen.length === 0) fout.push('no rule reaches the abonnementen consumer');
  for (const event of ALLE_EVENTS) {
    for (const bron of event.bronnen) {
      const raakt = naarAbonnementen.some(
        ([, r]) => r.Properties?.EventPattern && matcht(r.Properties.EventPattern, bron, event.detailType),
      );
      if (!raakt) continue;
      if (event.categorie !== undefined) fout.push(`categorie event ${event.detailType} reaches a subscription`);
      if (
        event.detailType.includes('Voortgang') &&
        (!BROKER_UITKOMSTEN.has(event.detailType) || bron !== 'wegwijs.toestemming')
      ) {
        fout.push(`${event.detailType} from ${bron} reaches a subscription outside the broker`);
      }
    }
  }
  for (const soort of ['AWS::Events::ApiDestination', 'AWS::Events::Connection']) {
    for (const [id] of resources(g.template, soort))
      fout.push(`${soort} ${id}: a way to an endpoint around the filter`);
  }
  const eigenIds = new Set(Object.keys(g.template.toJSON().Resources ?? {}));
  for (const [id, rule] of rules) {
    for (const t of (rule.Properties?.Targets ?? []) as { Arn: unknown }[]) {
      const doelen = [...verwijzingen(t.Arn)];
      const soorten = doelen.map((d) => g.template.toJSON().Resources[d]?.Type);
      if (
        doelen.length === 0 ||
        !doelen.every((d) => eigenIds.has(d)) ||
        !soorten.every((s) => s === 'AWS::Lambda::Function' || s === 'AWS::SQS::Queue' || s === 'AWS::SNS::Topic')
      ) {
        fout.push(`rule ${id} targets ${JSON.stringify(t.Arn)}: not a function, queue or topic of the stack`);
      }
    }
  }
  // The stack's own topic (the operators' alarms) may be a target, but never one that posts to a web endpoint.
  for (const [id, sub] of resources(g.template, 'AWS::SNS::Subscription')) {
    if (/^https?$/.test(String(sub.Properties?.Protocol))) fout.push(`${id}: a topic that posts to a web endpoint`);
  }
  for (const [id, topic] of resources(g.template, 'AWS::SNS::Topic')) {
    for (const sub of (topic.Properties?.Subscription ?? []) as { Protocol?: string }[]) {
      if (/^https?$/.test(String(sub.Protocol))) fout.push(`${id}: a topic that posts to a web endpoint`);
    }
  }
  const eigenRollen = rollenVan(abonnementen);
  const tabel = vereis(abonnementen.tabel, 'abonnementen table');
  const beschermd = new Set([logicalId(tabel.table), logicalId(tabel.key)]);
  const andereTabellen = new Set(
    [...g.stack.contexten.values()]
      .filter((c) => c !== abonnementen && c.tabel)
      .flatMap((c) => [logicalId(vereis(c.tabel, 'tabel').table), logicalId(vereis(c.tabel, 'tabel').key)]),
  );
  for (const p of policies(g)) {
    for (const s of p.statements) {
      const refs = verwijzingen(s.Resource);
      const raaktAbonnementen = [...refs].some((r) => beschermd.has(r));
      for (const rol of p.rollen) {
        if (raaktAbonnementen && !eigenRollen.has(rol)) fout.push(`${rol} can reach the subscriptions (${p.id})`);
        if (!eigenRollen.has(rol)) continue;
        if (acties(s).some((a) => a.startsWith('events:'))) fout.push(`${rol} (abonnementen) can put events`);
        if ([...refs].some((r) => andereTabellen.has(r))) fout.push(`${rol} (abonnementen) reaches another table`);
      }
    }
  }
  return fout;
}

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  stacks = synthetiseer();
});

describe.each(DEPLOYMENTS.map((d) => d.stackName))('%s: the only path to a callback', (stackName) => {
  const g = () => vereis(stacks.get(stackName), stackName);

  it('runs through the broker and the subscription filter: no categorie event, no other way out', () => {
    expect(callbackPaden(g())).toEqual([]);
  });

  it('gives the abonnementen the broker outcomes and the dossier events of EVENT_ROUTES, and no categorie event', () => {
    const route = vereis(
      EVENT_ROUTES.find((r) => r.consumer === 'abonnementen'),
      'route',
    );
    expect(route.detailTypes).toEqual(expect.arrayContaining([...BROKER_UITKOMSTEN]));
    expect(route.detailTypes.filter((d) => VOORTGANG_EVENTS.some((e) => e.detailType === d))).toEqual([]);
  });

  it('sweeps due deliveries every minute, with a retry policy and the context dead-letter queue', () => {
    const abonnementen = vereis(g().stack.contexten.get('abonnementen'), 'abonnementen');
    const planner = JSON.stringify({ 'Fn::GetAtt': [logicalId(abonnementen.functie('planner').fn), 'Arn'] });
    const [, rule] = vereis(
      resources(g().template, 'AWS::Events::Rule').find(([, r]) =>
        ((r.Properties?.Targets ?? []) as { Arn: unknown }[]).some((t) => JSON.stringify(t.Arn) === planner),
      ),
      'sweep rule',
    );
    expect(rule.Properties?.ScheduleExpression).toBe('rate(1 minute)');
    const [doel] = rule.Properties?.Targets ?? [];
    expect(doel.DeadLetterConfig?.Arn).toEqual({
      'Fn::GetAtt': [logicalId(vereis(abonnementen.deadLetters, 'dlq').queue), 'Arn'],
    });
  });
});

describe('the path check can fail (negative controls)', () => {
  it('catches a categorie event routed to the subscriptions, around the broker', () => {
    const [voortgang] = VOORTGANG_EVENTS;
    const detailType = vereis(voortgang, 'a voortgang event').detailType;
    const eventRoutes = EVENT_ROUTES.map((r) =>
      r.consumer === 'abonnementen' ? { ...r, detailTypes: [...r.detailTypes, detailType] } : r,
    );
    const {
      stacks: [stack],
    } = maakApp({ code: STUB_CODE, manifests: SERVICE_MANIFESTS, deployments: [denHaag], nag: false, eventRoutes });
    const s = vereis(stack, 'stack');
    expect(callbackPaden({ stack: s, template: Template.fromStack(s) })).toEqual(
      expect.arrayContaining([expect.stringContaining(`categorie event ${detailType}`)]),
    );
  });

  it('catches another function that can read the subscriptions', () => {
    const {
      stacks: [stack],
    } = maakApp({ code: STUB_CODE, manifests: SERVICE_MANIFESTS, deployments: [denHaag], nag: false });
    const s = vereis(stack, 'stack');
    vereis(s.contexten.get('abonnementen')?.tabel, 'tabel').grantData(
      vereis(s.contexten.get('aanmelding'), 'aanmelding').functie('consumer').role,
    );
    expect(callbackPaden({ stack: s, template: Template.fromStack(s) }).join('\n')).toMatch(
      /can reach the subscriptions/,
    );
  });
});
