import { HTTP_ROUTES, PERSOON_CONTEXTEN, routeKey } from '@wegwijs/contracts';
import { parseDeploymentConfig } from '@wegwijs/profielen';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functiesVan } from '../src/bundle/functies';
import { ACCESS_LOG_FORMAT } from '../src/cdk/http-api';
import { DEPLOYMENTS, defineDeployment, denHaag, zaffier } from '../src/deployments/index';
import { LOCAL_ISSUER } from '../src/local/platform';
import { PAGINA_ROUTES, SERVICE_MANIFESTS } from '../src/services';

const manifestVan = (naam: string) => SERVICE_MANIFESTS.find((m) => m.naam === naam);

import { type Gesynthetiseerd, logicalId, resources, synthetiseer, vereis, wegwijsFuncties } from './support/synth';

const ZAFFIER_GEMEENTEN = ['0361', '0373', '0383', '1980', '0399', '0450'];

let stacks: Map<string, Gesynthetiseerd>;
beforeAll(() => {
  // Arrange (once per file): synthesizing is slow, every test reads the same templates.
  stacks = synthetiseer();
});
const synth = (naam: string) => vereis(stacks.get(naam), `stack ${naam}`);

describe('deployments as configuration', () => {
  it('synthesizes one stack per deployment, offline, named Wegwijs-<naam>', () => {
    expect([...stacks.keys()].sort()).toEqual(['Wegwijs-den-haag', 'Wegwijs-zaffier']);
    for (const d of DEPLOYMENTS) expect(parseDeploymentConfig(d.config)).toEqual(d.config);
  });

  it('the Zaffier stack serves six gemeenten: every function gets all six in WEGWIJS_CONFIG', () => {
    const functies = wegwijsFuncties(synth('Wegwijs-zaffier').template);
    expect(functies.length).toBe(functiesVan(SERVICE_MANIFESTS).length);
    for (const [, fn] of functies) {
      const config = parseDeploymentConfig(JSON.parse(fn.Properties?.Environment.Variables.WEGWIJS_CONFIG));
      expect(config.naam).toBe('zaffier');
      expect([...config.gemeenten].sort()).toEqual([...ZAFFIER_GEMEENTEN].sort());
      const inova = config.organisaties.find((o) => o.id === 'inova');
      expect(inova?.gemeenten.sort()).toEqual([...ZAFFIER_GEMEENTEN].sort());
    }
  });

  it('the Den Haag stack serves 0518 only and trusts the gemeente IdP', () => {
    for (const [, fn] of wegwijsFuncties(synth('Wegwijs-den-haag').template)) {
      const config = parseDeploymentConfig(JSON.parse(fn.Properties?.Environment.Variables.WEGWIJS_CONFIG));
      expect(config.gemeenten).toEqual(['0518']);
      expect(config.issuers.map((i) => i.iss)).toEqual(['https://login.denhaag.example/']);
    }
  });

  it('refuses the local omgeving and a local or non-https issuer', () => {
    const lokaal = { ...denHaag.config, omgeving: 'lokaal' as const };
    expect(() => defineDeployment({ config: lokaal, region: 'eu-west-1', beheer: denHaag.beheer })).toThrow(
      /cannot be deployed/,
    );
    const devIssuer = { ...denHaag.config, issuers: [{ iss: LOCAL_ISSUER, jwksUri: 'http://127.0.0.1:3000/x' }] };
    expect(() => defineDeployment({ config: devIssuer, region: 'eu-west-1', beheer: denHaag.beheer })).toThrow(
      /not a public https URL/,
    );
  });
});

describe.each(DEPLOYMENTS.map((d) => d.stackName))('%s', (stackName) => {
  it('every function runs nodejs22.x on arm64 with the environment the local platform gives it', () => {
    const { stack, template } = synth(stackName);
    const functies = wegwijsFuncties(template);
    expect(functies.length).toBeGreaterThan(0);
    const beslissing = vereis(stack.contexten.get('toestemming'), 'toestemming').functie('beslissing');
    const beslissingNaam = template.toJSON().Resources[logicalId(beslissing.fn)].Properties.FunctionName;
    for (const [id, fn] of functies) {
      expect(fn.Properties?.Runtime, id).toBe('nodejs22.x');
      expect(fn.Properties?.Architectures, id).toEqual(['arm64']);
      const env = fn.Properties?.Environment.Variables;
      expect(Object.keys(env), id).toEqual(
        expect.arrayContaining([
          'WEGWIJS_CONFIG',
          'WEGWIJS_EVENT_BUS',
          'WEGWIJS_BESLISSING_FUNCTIE',
          'POWERTOOLS_SERVICE_NAME',
          'NODE_OPTIONS',
        ]),
      );
      expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(env.WEGWIJS_BESLISSING_FUNCTIE).toBe(beslissingNaam);
      expect(env.WEGWIJS_EVENT_BUS).toEqual({ Ref: logicalId(stack.routing.bus) });
    }
    // WEGWIJS_TABEL is the function's own context table (and absent for the table-less profiel service).
    for (const context of stack.contexten.values()) {
      for (const wf of context.functies.values()) {
        const fn = vereis(template.toJSON().Resources[logicalId(wf.fn)], wf.functie.id);
        const tabel = fn.Properties.Environment.Variables.WEGWIJS_TABEL;
        if (context.tabel) expect(tabel).toEqual({ Ref: logicalId(context.tabel.table) });
        else expect(tabel).toBeUndefined();
        expect(fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe(context.naam);
      }
    }
  });

  it('every table: pk/sk strings, on demand, point-in-time recovery, customer-managed KMS key, TTL verlooptOp', () => {
    const { stack, template } = synth(stackName);
    const metTabel = SERVICE_MANIFESTS.filter((m) => m.tabel);
    expect(resources(template, 'AWS::DynamoDB::Table').length).toBe(metTabel.length);
    for (const context of stack.contexten.values()) {
      if (!context.tabel) continue;
      const tabel = vereis(template.toJSON().Resources[logicalId(context.tabel.table)], context.naam);
      expect(tabel.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': [logicalId(context.tabel.key), 'Arn'] },
        },
        TimeToLiveSpecification: { AttributeName: 'verlooptOp', Enabled: true },
        DeletionProtectionEnabled: true,
      });
      const key = vereis(template.toJSON().Resources[logicalId(context.tabel.key)], `${context.naam} key`);
      expect(key.Type).toBe('AWS::KMS::Key');
      expect(key.Properties.EnableKeyRotation).toBe(true);
      for (const attribuut of tabel.Properties.AttributeDefinitions) expect(attribuut.AttributeType).toBe('S');
    }
  });

  it('routes exactly HTTP_ROUTES, with the JWT authorizer on every non-public route and payload format 2.0', () => {
    const { stack, template } = synth(stackName);
    const routes = resources(template, 'AWS::ApiGatewayV2::Route');
    const paginas = PAGINA_ROUTES.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`));
    expect(routes.map(([, r]) => r.Properties?.RouteKey).sort()).toEqual(
      [...HTTP_ROUTES.map(routeKey), ...paginas].sort(),
    );
    const [authorizerId] = resources(template, 'AWS::ApiGatewayV2::Authorizer').map(([id]) => id);
    for (const route of HTTP_ROUTES) {
      const [, cfn] = vereis(
        routes.find(([, r]) => r.Properties?.RouteKey === routeKey(route)),
        routeKey(route),
      );
      if (route.publiek) expect(cfn.Properties?.AuthorizationType ?? 'NONE').toBe('NONE');
      else {
        expect(cfn.Properties?.AuthorizationType).toBe('JWT');
        expect(cfn.Properties?.AuthorizerId).toEqual({ Ref: authorizerId });
      }
      // The integration behind the route is the http function of the route's own service.
      const integratieId = String(cfn.Properties?.Target['Fn::Join'][1][1].Ref);
      const integratie = vereis(template.toJSON().Resources[integratieId], integratieId);
      const http = vereis(stack.contexten.get(route.service), route.service).functie('http');
      expect(integratie.Properties.IntegrationUri).toEqual({ 'Fn::GetAtt': [logicalId(http.fn), 'Arn'] });
      expect(integratie.Properties.PayloadFormatVersion).toBe('2.0');
    }
  });

  it('routes /mijn, /regie and their {proxy+} (GET, POST) to the portaal function, without the JWT authorizer', () => {
    const { stack, template } = synth(stackName);
    const routes = resources(template, 'AWS::ApiGatewayV2::Route');
    const portaal = vereis(stack.contexten.get('portaal'), 'portaal').functie('http');
    const paden = ['/mijn', '/mijn/{proxy+}', '/regie', '/regie/{proxy+}'];
    for (const key of paden.flatMap((pad) => [`GET ${pad}`, `POST ${pad}`])) {
      const [, cfn] = vereis(
        routes.find(([, r]) => r.Properties?.RouteKey === key),
        key,
      );
      expect(cfn.Properties?.AuthorizationType ?? 'NONE', key).toBe('NONE');
      const integratieId = String(cfn.Properties?.Target['Fn::Join'][1][1].Ref);
      const integratie = vereis(template.toJSON().Resources[integratieId], integratieId);
      expect(integratie.Properties.IntegrationUri).toEqual({ 'Fn::GetAtt': [logicalId(portaal.fn), 'Arn'] });
      expect(integratie.Properties.PayloadFormatVersion).toBe('2.0');
    }
    expect(stack.http.paginaRoutes.length).toBe(8);
  });

  it('the portaal has its own session table and no other; its config names where inburgeraars and staff sign in', () => {
    const { stack, template } = synth(stackName);
    const context = vereis(stack.contexten.get('portaal'), 'portaal');
    const tabel = vereis(context.tabel, 'portaal tabel');
    const fn = vereis(template.toJSON().Resources[logicalId(context.functie('http').fn)], 'portaal-http');
    expect(fn.Properties.Environment.Variables.WEGWIJS_TABEL).toEqual({ Ref: logicalId(tabel.table) });
    expect([...context.functies.keys()]).toEqual(['http']);
    const config = parseDeploymentConfig(JSON.parse(fn.Properties.Environment.Variables.WEGWIJS_CONFIG));
    const inlog = config.issuers.filter((i) => i.inburgeraarInlog);
    expect(inlog).toHaveLength(1);
    expect(inlog[0]?.iss).toMatch(/^https:\/\//);
    expect(inlog[0]?.inburgeraarInlog?.clientId).toBe('wegwijs-portaal');
    // Staff sign in to the regie pages at the gemeente's (or the samenwerkingsverband's) IdP, with a client of its own.
    const staf = config.issuers.filter((i) => i.medewerkerInlog);
    expect(staf).toHaveLength(1);
    expect(staf[0]?.iss).toMatch(/^https:\/\//);
    expect(staf[0]?.medewerkerInlog?.clientId).toBe('wegwijs-regie');
    // The portaal's role reaches its own table only, never another context's.
    const rolId = logicalId(context.functie('http').role);
    const beleid = resources(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p.Properties?.Roles ?? []).includes(rolId),
    );
    const andereTabellen = [...stack.contexten.values()]
      .filter((c) => c.naam !== 'portaal' && c.tabel)
      .map((c) => logicalId(vereis(c.tabel, c.naam).table));
    for (const [, p] of beleid) {
      for (const ander of andereTabellen) expect(JSON.stringify(p.Properties?.PolicyDocument)).not.toContain(ander);
    }
  });

  it("the portaal's client key (private_key_jwt) is a secret only the portaal reads, through the extension layer", () => {
    const { stack, template } = synth(stackName);
    const portaal = vereis(stack.contexten.get('portaal'), 'portaal').functie('http');
    const fn = vereis(template.toJSON().Resources[logicalId(portaal.fn)], 'portaal-http');
    const [[secretId] = []] = resources(template, 'AWS::SecretsManager::Secret');
    expect(secretId).toBeDefined();
    expect(fn.Properties.Environment.Variables.WEGWIJS_PORTAAL_SLEUTEL).toEqual({ Ref: secretId });
    expect(fn.Properties.Environment.Variables.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT).toBe('2773');
    expect(JSON.stringify(fn.Properties.Layers)).toContain('AWS-Parameters-and-Secrets-Lambda-Extension');
    // Every absolute URL of the portaal comes from the configured url (a public https origin), not the Host header.
    const config = parseDeploymentConfig(JSON.parse(fn.Properties.Environment.Variables.WEGWIJS_CONFIG));
    expect(config.url).toMatch(/^https:\/\//);
    for (const i of config.issuers) {
      expect(i.inburgeraarInlog?.acr ?? i.medewerkerInlog?.acr).toBe('http://eidas.europa.eu/LoA/substantial');
    }
    const lezers = resources(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p.Properties?.PolicyDocument).includes(secretId ?? '-'),
    );
    expect(lezers.map(([, p]) => JSON.stringify(p.Properties?.Roles))).toEqual([
      JSON.stringify([{ Ref: logicalId(portaal.role) }]),
    ]);
  });

  it('has no local-only route: nothing under /dev, no /.well-known, and no development issuer', () => {
    const { stack, template } = synth(stackName);
    for (const [, route] of resources(template, 'AWS::ApiGatewayV2::Route')) {
      const [, path = ''] = String(route.Properties?.RouteKey).split(' ');
      expect(path.startsWith('/dev')).toBe(false);
      expect(path).not.toContain('/.well-known');
    }
    const deployment = vereis(
      DEPLOYMENTS.find((d) => d.stackName === stackName),
      stackName,
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Audience: ['wegwijs'], Issuer: vereis(deployment.config.issuers[0], 'issuer').iss },
    });
    for (const [, a] of resources(template, 'AWS::ApiGatewayV2::Authorizer')) {
      expect(a.Properties?.JwtConfiguration.Issuer).toMatch(/^https:\/\//);
      expect(a.Properties?.JwtConfiguration.Issuer).not.toBe(LOCAL_ISSUER);
    }
    for (const [, fn] of wegwijsFuncties(template)) {
      const config = parseDeploymentConfig(JSON.parse(fn.Properties?.Environment.Variables.WEGWIJS_CONFIG));
      expect(config.omgeving).not.toBe('lokaal');
      for (const issuer of config.issuers) {
        expect(issuer.iss).not.toBe(LOCAL_ISSUER);
        expect(issuer.iss).toMatch(/^https:\/\//);
        expect(issuer.jwksUri ?? '').not.toMatch(/localhost|127\.0\.0\.1/);
      }
    }
    expect(stack.http.publiekeRoutes.length).toBe(HTTP_ROUTES.filter((r) => r.publiek).length);
  });

  it('the default stage throttles and logs access without personal data (route template, no IP, no raw path)', () => {
    const { template } = synth(stackName);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: JSON.stringify(ACCESS_LOG_FORMAT) },
    });
    const format = JSON.stringify(ACCESS_LOG_FORMAT);
    expect(format).toContain('$context.routeKey');
    for (const verboden of [
      'sourceIp',
      '$context.path',
      'userAgent',
      '$context.authorizer.claims',
      'requestOverride',
    ]) {
      expect(format).not.toContain(verboden);
    }
  });

  it('an archive keeps the Wegwijs events of the custom bus for replay', () => {
    const { stack, template } = synth(stackName);
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [logicalId(stack.routing.bus), 'Arn'] },
      EventPattern: { source: [{ prefix: 'wegwijs.' }] },
      RetentionDays: Match.anyValue(),
    });
  });

  it('every queue is encrypted and enforces TLS; every dead-letter queue has an alarm on any visible message; a working queue (in front of the broker) has its dead-letter queue', () => {
    const { template } = synth(stackName);
    const queues = resources(template, 'AWS::SQS::Queue');
    expect(queues.length).toBeGreaterThan(0);
    const alarms = resources(template, 'AWS::CloudWatch::Alarm');
    for (const [id, queue] of queues) {
      expect(queue.Properties?.SqsManagedSseEnabled ?? queue.Properties?.KmsMasterKeyId, id).toBeTruthy();
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      const redrive = queue.Properties?.RedrivePolicy;
      if (redrive) {
        // a working queue: a message that keeps failing goes to its dead-letter queue (checked in this loop too)
        const dlq = redrive.deadLetterTargetArn?.['Fn::GetAtt']?.[0];
        expect(template.toJSON().Resources[dlq]?.Type, id).toBe('AWS::SQS::Queue');
        expect(redrive.maxReceiveCount, id).toBeGreaterThan(1);
        continue;
      }
      const alarm = alarms.find(([, a]) =>
        (a.Properties?.Dimensions ?? []).some(
          (d: { Name: string; Value: unknown }) =>
            d.Name === 'QueueName' && JSON.stringify(d.Value) === JSON.stringify({ 'Fn::GetAtt': [id, 'QueueName'] }),
        ),
      );
      expect(alarm, `alarm on ${id}`).toBeDefined();
      expect(alarm?.[1].Properties).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
  });

  it('planner functions run on a daily schedule, or every few minutes where the manifest asks (deliveries)', () => {
    const { stack, template } = synth(stackName);
    const planners = [...stack.contexten.values()].flatMap((c) =>
      c.functies.has('planner')
        ? [{ planner: c.functie('planner'), elke: manifestVan(c.naam)?.plannerElkeMinuten }]
        : [],
    );
    expect(planners.length).toBe(functiesVan(SERVICE_MANIFESTS).filter((f) => f.soort === 'planner').length);
    for (const { planner, elke } of planners) {
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: elke
          ? `rate(${elke} minute${elke === 1 ? '' : 's'})`
          : Match.stringLikeRegexp('^cron\\(\\d+ \\d+ \\* \\* \\? \\*\\)$'),
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(planner.fn), 'Arn'] } })],
      });
    }
  });
  it('the begeleiding table has the sparse indexes gsi2-gsi6 (worklists, planner, nabellen), persoon, and no longer gsi1', () => {
    // Arrange
    const { stack, template } = synth(stackName);
    const tabel = vereis(stack.contexten.get('begeleiding')?.tabel, 'begeleiding table');
    // Act
    const indexen = template.toJSON().Resources[logicalId(tabel.table)].Properties.GlobalSecondaryIndexes as {
      IndexName: string;
    }[];
    // Assert
    expect(indexen.map((i) => i.IndexName).sort()).toEqual(['gsi2', 'gsi3', 'gsi4', 'gsi5', 'gsi6', 'persoon']);
  });

  it('every context with personal data has a persoon function and its table the sparse persoon index', () => {
    const { stack, template } = synth(stackName);
    for (const naam of PERSOON_CONTEXTEN) {
      const context = vereis(stack.contexten.get(naam), naam);
      expect(context.functies.has('persoon'), naam).toBe(true);
      const tabel = vereis(context.tabel, `${naam} table`);
      const indexen = template.toJSON().Resources[logicalId(tabel.table)].Properties.GlobalSecondaryIndexes as {
        IndexName: string;
        KeySchema: { AttributeName: string }[];
      }[];
      expect(indexen.find((i) => i.IndexName === 'persoon')?.KeySchema.map((k) => k.AttributeName)).toEqual([
        'gsiPersoon',
        'sk',
      ]);
    }
  });

  it('a data migration runs on deploy by a Trigger after its table, and a schedule continues it to its end', () => {
    // Arrange
    const { stack, template } = synth(stackName);
    const migraties = [...stack.contexten.values()].flatMap((c) =>
      c.functies.has('migratie') ? [{ c, fn: c.functie('migratie') }] : [],
    );
    // Act
    const triggers = resources(template, 'Custom::Trigger');
    // Assert
    expect(migraties.map(({ c }) => c.naam)).toEqual(['begeleiding']);
    expect(triggers.length).toBe(migraties.length);
    for (const { c, fn } of migraties) {
      const tabel = vereis(c.tabel, `${c.naam} table`);
      const [, trigger] = vereis(triggers[0], 'trigger');
      expect(trigger.Properties?.HandlerArn.Ref).toMatch(new RegExp(`^${logicalId(fn.fn.currentVersion)}`));
      expect(trigger.Properties?.InvocationType).toBe('Event');
      expect((trigger as { DependsOn?: string[] }).DependsOn).toEqual(expect.arrayContaining([logicalId(tabel.table)]));
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(30 minutes)',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(fn.fn), 'Arn'] } })],
      });
      expect(template.toJSON().Resources[logicalId(fn.fn)].Properties.Timeout).toBe(900);
    }
  });
});

describe('omgeving ontwikkeling', () => {
  it('has no deletion protection, so a development stack can be torn down', () => {
    // Arrange
    const ontwikkeling = defineDeployment({
      config: { ...zaffier.config, naam: 'zaffier-ontw', omgeving: 'ontwikkeling' },
      region: 'eu-west-1',
      beheer: zaffier.beheer,
    });
    // Act
    const { template } = vereis(synthetiseer([ontwikkeling]).get('Wegwijs-zaffier-ontw'), 'stack');
    // Assert
    const tabellen = resources(template, 'AWS::DynamoDB::Table');
    expect(tabellen.length).toBeGreaterThan(0);
    for (const [, t] of tabellen) {
      expect(t.Properties?.DeletionProtectionEnabled ?? false).toBe(false);
      expect(t.Properties?.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    }
  });
});
