import { EVENT_ROUTES, EVENTS_BY_DETAIL_TYPE, RegietellingenBijgewerkt, VOORTGANG_EVENTS } from '@wegwijs/contracts';
import { jsonSchema } from '@wegwijs/contracts/openapi/antwoorden';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENTS } from '../src/deployments/index';
import { acties, matcht, policies, rollenVan } from './support/grenzen';
import { type Gesynthetiseerd, logicalId, resources, synthetiseer, vereis, verwijzingen } from './support/synth';

// Issue 13, the consent boundary of the regie monitor on the synthesized template: regie consumes only the anonymous
// RegietellingenBijgewerkt, no voortgang event reaches it, and its functions touch nothing but their own table.

const PERSOONSVELDEN = ['inburgeraarId', 'naam', 'voornaam', 'achternaam', 'geboortedatum', 'persoon', 'sub'];

/** Every property name anywhere in a JSON Schema. */
function eigenschappen(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(eigenschappen);
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([k, v]) =>
    k === 'properties' && v && typeof v === 'object' ? [...Object.keys(v), ...eigenschappen(v)] : eigenschappen(v),
  );
}

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  stacks = synthetiseer();
});

describe('the events routed to regie', () => {
  const naarRegie = EVENT_ROUTES.filter((r) => r.consumer === 'regie').flatMap((r) => r.detailTypes);

  it('are exactly RegietellingenBijgewerkt: anonymous, no categorie, no voortgang event among them', () => {
    expect(naarRegie).toEqual([RegietellingenBijgewerkt.detailType]);
    for (const dt of naarRegie) {
      const contract = vereis(EVENTS_BY_DETAIL_TYPE.get(dt), dt);
      expect(contract.anoniem, dt).toBe(true);
      expect(contract.categorie, dt).toBeUndefined();
    }
    expect(VOORTGANG_EVENTS.map((e) => e.detailType).filter((dt) => naarRegie.includes(dt))).toEqual([]);
  });

  it('have schemas (meta and data) without any personal key: no inburgeraarId, name, birth date or subject', () => {
    for (const dt of naarRegie) {
      const contract = vereis(EVENTS_BY_DETAIL_TYPE.get(dt), dt);
      const schema = jsonSchema(vereis(contract.anoniemeEnvelope, 'anonymous envelope'));
      const namen = eigenschappen(schema);
      expect(namen).toContain('tellingen');
      expect(
        namen.filter((n) => PERSOONSVELDEN.includes(n)),
        dt,
      ).toEqual([]);
    }
  });
});

describe.each(DEPLOYMENTS.map((d) => d.stackName))('%s: the regie boundary on the template', (stackName) => {
  const g = () => vereis(stacks.get(stackName), stackName);
  const regie = () => vereis(g().stack.contexten.get('regie'), 'regie');

  it("has one rule to regie's consumer, listing only RegietellingenBijgewerkt from its producers", () => {
    const consumer = JSON.stringify({ 'Fn::GetAtt': [logicalId(regie().functie('consumer').fn), 'Arn'] });
    const rules = resources(g().template, 'AWS::Events::Rule').filter(([, r]) =>
      (r.Properties?.Targets ?? []).some((t: { Arn: unknown }) => JSON.stringify(t.Arn) === consumer),
    );
    expect(rules).toHaveLength(1);
    const pattern = vereis(rules[0]?.[1].Properties?.EventPattern, 'pattern');
    expect(pattern['detail-type']).toEqual([RegietellingenBijgewerkt.detailType]);
    expect([...pattern.source].sort()).toEqual([...RegietellingenBijgewerkt.bronnen].sort());
    for (const e of VOORTGANG_EVENTS) expect(matcht(pattern, e.source, e.detailType), e.detailType).toBe(false);
  });

  it('gives regie functions no data access but their own table, no events:PutEvents and no invoke', () => {
    const tabel = vereis(regie().tabel, 'regie table');
    const eigen = new Set([logicalId(tabel.table), logicalId(tabel.key)]);
    const alleTabellen = new Set(
      [...g().stack.contexten.values()].flatMap((c) =>
        c.tabel ? [logicalId(c.tabel.table), logicalId(c.tabel.key)] : [],
      ),
    );
    const rollen = rollenVan(regie());
    let eigenToegang = 0;
    for (const policy of policies(g()).filter((p) => p.rollen.some((r) => rollen.has(r)))) {
      for (const s of policy.statements) {
        for (const a of acties(s)) expect(a, policy.id).not.toMatch(/^(events:|lambda:Invoke)/);
        for (const id of verwijzingen(s.Resource)) {
          if (alleTabellen.has(id)) expect(eigen.has(id), `${policy.id} reaches ${id}`).toBe(true);
          if (eigen.has(id)) eigenToegang++;
        }
      }
    }
    expect(eigenToegang).toBeGreaterThan(0);
  });
});
