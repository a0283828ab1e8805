import { VOORTGANG_EVENTS } from '@wegwijs/contracts';
import type { Construct } from 'constructs';
import type { ContextConstruct } from '../../src/cdk/context-construct';
import { type Gesynthetiseerd, logicalId, resources, vereis, verwijzingen } from './synth';

/**
 * The checks of the consent boundary on a synthesized stack. Each returns the violations it finds (empty = holds), so
 * the tests can prove both that the real stacks hold and that a stack that breaks the boundary is caught.
 */

/** The gemeente side: contexts the gemeente's own staff work in (regie: its monitor). They never see the uitvoering's data. */
export const GEMEENTEZIJDE = ['aanmelding', 'profiel', 'regie'];
export const UITVOERINGSZIJDE = ['begeleiding', 'regeldag', 'sociaal-domein'];

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}
export const acties = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** The roles (logical ids) of a context's functions. */
export const rollenVan = (context: ContextConstruct) =>
  new Set([...context.functies.values()].map((wf) => logicalId(wf.role)));

/** Every IAM policy of the template with the roles it is attached to and its statements. */
export function policies(g: Gesynthetiseerd) {
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

/** Does an EventBridge event pattern match an event with this source and detail-type? (absent field = any) */
export function matcht(pattern: Record<string, unknown>, source: string, detailType: string): boolean {
  const veld = (waarden: unknown, waarde: string) =>
    waarden === undefined ||
    (Array.isArray(waarden) &&
      waarden.some(
        (w) =>
          w === waarde || (typeof w === 'object' && w !== null && 'prefix' in w && waarde.startsWith(String(w.prefix))),
      ));
  return veld(pattern.source, source) && veld(pattern['detail-type'], detailType);
}

/** Voortgang events that reach anything but the toestemming consumer, or reach nothing at all. */
export function voortgangLekken(g: Gesynthetiseerd): string[] {
  const toestemming = vereis(g.stack.contexten.get('toestemming'), 'toestemming');
  const consumerArn = JSON.stringify({ 'Fn::GetAtt': [logicalId(toestemming.functie('consumer').fn), 'Arn'] });
  // Or the broker's own queue in front of its consumer (ordered per inburgeraar): it counts as the broker's when its
  // events can only go on to the broker's consumer (`brokerWachtrijLekken`).
  const geordend = g.stack.routing.perInburgeraar.get('toestemming');
  const ingangArn = geordend ? JSON.stringify({ 'Fn::GetAtt': [logicalId(geordend.ingang), 'Arn'] }) : consumerArn;
  const rules = resources(g.template, 'AWS::Events::Rule').filter(([, r]) => r.Properties?.EventPattern);
  const lekken: string[] = [];
  for (const event of VOORTGANG_EVENTS) {
    const matchend = rules.filter(([, r]) => matcht(r.Properties?.EventPattern, event.source, event.detailType));
    if (matchend.length === 0) lekken.push(`${event.detailType} reaches no consumer`);
    for (const [id, rule] of matchend) {
      const doelen = (rule.Properties?.Targets ?? []) as { Arn: unknown }[];
      for (const doel of doelen) {
        if (JSON.stringify(doel.Arn) !== consumerArn && JSON.stringify(doel.Arn) !== ingangArn)
          lekken.push(`${event.detailType} -> ${JSON.stringify(doel.Arn)} (${id})`);
      }
    }
  }
  return lekken;
}

/**
 * Where the events in the broker's queues can go: the pipe from its `ingang` queue must lead to its FIFO queue only,
 * and the FIFO queue's only event source mapping must be the broker's consumer; no other role may receive from either.
 */
export function brokerWachtrijLekken(g: Gesynthetiseerd): string[] {
  const toestemming = vereis(g.stack.contexten.get('toestemming'), 'toestemming');
  const geordend = vereis(g.stack.routing.perInburgeraar.get('toestemming'), 'toestemming per inburgeraar');
  const ref = (queue: Construct) => JSON.stringify({ 'Fn::GetAtt': [logicalId(queue), 'Arn'] });
  const lekken: string[] = [];
  for (const [id, pipe] of resources(g.template, 'AWS::Pipes::Pipe')) {
    const bron = JSON.stringify(pipe.Properties?.Source);
    if (bron === ref(geordend.ingang) && JSON.stringify(pipe.Properties?.Target) !== ref(geordend.volgorde)) {
      lekken.push(`pipe ${id} leads the broker's events to ${JSON.stringify(pipe.Properties?.Target)}`);
    }
  }
  const consumer = logicalId(toestemming.functie('consumer').fn);
  for (const [id, mapping] of resources(g.template, 'AWS::Lambda::EventSourceMapping')) {
    const bron = JSON.stringify(mapping.Properties?.EventSourceArn);
    if (![ref(geordend.ingang), ref(geordend.volgorde)].includes(bron)) continue;
    if (JSON.stringify(mapping.Properties?.FunctionName) !== JSON.stringify({ Ref: consumer })) {
      lekken.push(`${id} lets ${JSON.stringify(mapping.Properties?.FunctionName)} read the broker's queue`);
    }
  }
  const brokerRollen = rollenVan(toestemming);
  const pipeRol = logicalId(geordend.node.findChild('PipeRol'));
  for (const policy of policies(g)) {
    const leest = policy.statements.some(
      (s) =>
        acties(s).some((a) => a === 'sqs:ReceiveMessage' || a === 'sqs:*') &&
        [...verwijzingen(s.Resource)].some(
          (q) => q === logicalId(geordend.ingang) || q === logicalId(geordend.volgorde),
        ),
    );
    if (!leest) continue;
    for (const rol of policy.rollen) {
      if (!brokerRollen.has(rol) && rol !== pipeRol)
        lekken.push(`${rol} receives from the broker's queue via ${policy.id}`);
    }
  }
  return lekken;
}

/** Policies that give a role outside a context access to that context's table or its key. */
export function vreemdeTabeltoegang(g: Gesynthetiseerd): string[] {
  const alle = policies(g);
  const schendingen: string[] = [];
  for (const eigenaar of g.stack.contexten.values()) {
    if (!eigenaar.tabel) continue;
    const beschermd = new Set([logicalId(eigenaar.tabel.table), logicalId(eigenaar.tabel.key)]);
    const eigenRollen = rollenVan(eigenaar);
    for (const policy of alle) {
      const raakt = policy.statements.some((s) => [...verwijzingen(s.Resource)].some((id) => beschermd.has(id)));
      if (!raakt) continue;
      for (const rol of policy.rollen) {
        if (!eigenRollen.has(rol)) schendingen.push(`${rol} reaches the ${eigenaar.naam} table via ${policy.id}`);
      }
    }
  }
  return schendingen;
}

/** Statements of gemeente-side roles that refer to a table or key of the uitvoering side. */
export function gemeenteToegangTotUitvoering(g: Gesynthetiseerd): string[] {
  const context = (naam: string) => vereis(g.stack.contexten.get(naam), naam);
  const verboden = new Set(
    UITVOERINGSZIJDE.flatMap((naam) => {
      const tabel = vereis(context(naam).tabel, `${naam} table`);
      return [logicalId(tabel.table), logicalId(tabel.key)];
    }),
  );
  const gemeenteRollen = new Set(GEMEENTEZIJDE.flatMap((naam) => [...rollenVan(context(naam))]));
  const schendingen: string[] = [];
  for (const policy of policies(g)) {
    const rollen = policy.rollen.filter((r) => gemeenteRollen.has(r));
    if (rollen.length === 0) continue;
    for (const s of policy.statements) {
      for (const id of verwijzingen(s.Resource)) {
        if (verboden.has(id)) schendingen.push(`${rollen.join(',')} reaches ${id} via ${policy.id}`);
      }
    }
  }
  return schendingen;
}
