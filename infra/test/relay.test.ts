import { beforeAll, describe, expect, it } from 'vitest';
import { denHaag } from '../src/deployments/index';
import { SERVICE_MANIFESTS } from '../src/services';
import { type Gesynthetiseerd, logicalId, resources, synthetiseer, vereis } from './support/synth';

/** The outbox relay in AWS: each context table's stream feeds the context's relay function (finding 2). */
let synth: Gesynthetiseerd;
beforeAll(() => {
  synth = vereis(synthetiseer([denHaag]).get('Wegwijs-den-haag'), 'stack');
});

const contexten = SERVICE_MANIFESTS.filter((m) => m.tabel && m.functies.relay);
/**
 * Contexts that publish no events, so have no outbox to relay: the portaal (its table holds sessions only) and every
 * context whose manifest says it publishes nothing (regie: counters only). The access log publishes only from its
 * consumer (a signalering, for the alarm topic): a failed publish fails the delivery, which the bus repeats, and the
 * repeat claims the same signalering again (services/toegangslog/src/app/vastleggen.ts), so it needs no outbox. The
 * archief announces no domain events: its only event is the access log's, which the kit's HTTP chain publishes itself.
 */
const ZONDER_EVENTS = new Set([
  'portaal',
  'toegangslog',
  'archief',
  ...SERVICE_MANIFESTS.filter((m) => m.publiceert === false).map((m) => m.naam),
]);

describe('the outbox relay on the synthesized template', () => {
  it('every context with a table declares a relay function', () => {
    expect(contexten.map((m) => m.naam).sort()).toEqual(
      SERVICE_MANIFESTS.filter((m) => m.tabel && !ZONDER_EVENTS.has(m.naam))
        .map((m) => m.naam)
        .sort(),
    );
  });

  it('each context table has a stream, encrypted with its own customer-managed key', () => {
    for (const m of contexten) {
      const context = synth.stack.contexten.get(m.naam);
      const tabel = vereis(context?.tabel, `table of ${m.naam}`);
      const [, table] = vereis(
        resources(synth.template, 'AWS::DynamoDB::Table').find(([id]) => id === logicalId(tabel.table)),
        'table resource',
      );
      expect(table.Properties?.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
      expect(table.Properties?.SSESpecification).toMatchObject({
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [logicalId(tabel.key), 'Arn'] },
      });
    }
  });

  it('the stream of each table invokes that context relay, filtered to items with pending events, with a DLQ', () => {
    const mappings = resources(synth.template, 'AWS::Lambda::EventSourceMapping');
    for (const m of contexten) {
      const context = vereis(synth.stack.contexten.get(m.naam), m.naam);
      const tabel = vereis(context.tabel, 'tabel');
      const relay = context.functie('relay');
      const mapping = mappings.find(([, r]) => r.Properties?.FunctionName?.Ref === logicalId(relay.fn));
      const [, props] = vereis(mapping, `event source mapping of ${m.naam}`);
      expect(props.Properties).toMatchObject({
        EventSourceArn: { 'Fn::GetAtt': [logicalId(tabel.table), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 10,
        FilterCriteria: {
          Filters: [{ Pattern: JSON.stringify({ dynamodb: { NewImage: { uitstaand: { S: ['ja'] } } } }) }],
        },
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(vereis(context.deadLetters, 'dlq').queue), 'Arn'] } },
        },
      });
    }
  });

  it('the relay role reads exactly its own table stream (no wildcard) and decrypts with its own key', () => {
    const policies = resources(synth.template, 'AWS::IAM::Policy');
    for (const m of contexten) {
      const context = vereis(synth.stack.contexten.get(m.naam), m.naam);
      const tabel = vereis(context.tabel, 'tabel');
      const relay = context.functie('relay');
      const statements = policies
        .filter(([, p]) => JSON.stringify(p.Properties?.Roles).includes(logicalId(relay.role)))
        .flatMap(
          ([, p]) => p.Properties?.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
        );
      const stroom = statements.find((s) => [s.Action].flat().includes('dynamodb:GetRecords'));
      expect(stroom?.Resource).toEqual({ 'Fn::GetAtt': [logicalId(tabel.table), 'StreamArn'] });
      expect(JSON.stringify(statements)).not.toMatch(/"\*"/);
      const kms = statements.find((s) => [s.Action].flat().includes('kms:Decrypt') && [s.Action].flat().length === 1);
      expect(kms?.Resource).toEqual({ 'Fn::GetAtt': [logicalId(tabel.key), 'Arn'] });
    }
  });

  it('no other function may read a stream', () => {
    const policies = resources(synth.template, 'AWS::IAM::Policy');
    const relayRollen = new Set(
      contexten.map((m) => logicalId(vereis(synth.stack.contexten.get(m.naam), m.naam).functie('relay').role)),
    );
    for (const [, p] of policies) {
      if (!JSON.stringify(p.Properties?.PolicyDocument).includes('dynamodb:GetRecords')) continue;
      const rollen = ((p.Properties?.Roles ?? []) as { Ref: string }[]).map((r) => r.Ref);
      expect(rollen.every((r) => relayRollen.has(r))).toBe(true);
    }
  });
});
