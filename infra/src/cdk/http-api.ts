import { HTTP_ROUTES, type HttpRoute, routeKey } from '@wegwijs/contracts';
import type { Issuer } from '@wegwijs/profielen';
import { Annotations, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ContextConstruct } from './context-construct';
import { logGroep } from './logboeken';

/** The audience every Wegwijs token carries (API.md). */
export const AUDIENCE = 'wegwijs';

/** Paths that exist only on the local platform (dev issuer, its JWKS); never routed in a deployed stack. */
const ALLEEN_LOKAAL = [/^\/dev(\/|$)/, /^\/\.well-known(\/|$)/];

/**
 * The access log line: ids, the route template (never the raw path, which holds inburgeraar ids), status and timings.
 * No source IP, no user agent, no claims.
 */
export const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  authorizerError: '$context.authorizer.error',
} as const;

export interface WegwijsHttpApiProps {
  readonly deployment: string;
  readonly issuers: readonly Issuer[];
  readonly contexten: ReadonlyMap<string, ContextConstruct>;
  readonly routes?: readonly HttpRoute[];
  /** The page routes of the portaal (`/mijn`, `/mijn/{proxy+}`): integrated with the portaal, no JWT authorizer. */
  readonly paginaRoutes?: readonly { service: string; path: string; methods: readonly ('GET' | 'POST')[] }[];
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * The public HTTP API: every route of HTTP_ROUTES integrated with its service's http function (payload format 2.0).
 * Every non-public route also has a JWT authorizer (audience `wegwijs`) in front of the token verification the
 * handlers do themselves. API Gateway allows one authorizer per route and one issuer per JWT authorizer, so the
 * gateway checks the FIRST trusted issuer of the deployment; both deployments trust exactly one (their IdP), and a
 * deployment with more issuers should federate them behind one IdP or drop to handler-only verification.
 */
export class WegwijsHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly authorizer: HttpJwtAuthorizer;
  /** The stage's access log (a `toegang` log: LOG_BEWAARTERMIJNEN). */
  readonly accessLogs: logs.LogGroup;
  /** The routes without an authorizer (`publiek` in HTTP_ROUTES). */
  readonly publiekeRoutes: apigw.HttpRoute[] = [];
  /** The portaal's page routes: no authorizer, the portaal signs the inburgeraar in itself (OIDC, session cookie). */
  readonly paginaRoutes: apigw.HttpRoute[] = [];

  constructor(scope: Construct, id: string, props: WegwijsHttpApiProps) {
    super(scope, id);
    const [issuer] = props.issuers;
    if (!issuer) throw new Error(`deployment ${props.deployment} has no trusted issuer`);
    if (props.issuers.length > 1) {
      Annotations.of(this).addWarningV2(
        'wegwijs:gateway-issuer',
        `the JWT authorizer accepts only ${issuer.iss}; tokens of the other trusted issuers are rejected at the gateway`,
      );
    }
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: `wegwijs-${props.deployment}`,
      description: `Wegwijs HTTP API v1 (${props.deployment})`,
      createDefaultStage: false,
    });
    this.accessLogs = logGroep(this, 'AccessLogs', { soort: 'toegang', removalPolicy: props.logRemovalPolicy });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });
    this.authorizer = new HttpJwtAuthorizer('JwtAuthorizer', issuer.iss, {
      authorizerName: 'wegwijs-jwt',
      jwtAudience: [AUDIENCE],
      identitySource: ['$request.header.Authorization'],
    });

    const integraties = new Map<string, HttpLambdaIntegration>();
    const integratieVan = (service: string, wat: string) => {
      const context = props.contexten.get(service);
      if (!context) throw new Error(`${wat} names service ${service}, which does not exist`);
      let integratie = integraties.get(service);
      if (!integratie) {
        integratie = new HttpLambdaIntegration(`${service}-http`, context.functie('http').fn, {
          payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
          timeout: Duration.seconds(12),
          // One invoke permission per function, for this API only (any of its routes), instead of one per route: the
          // stack stays under CloudFormation's 500 resources (84 routes made 84 permissions).
          scopePermissionToRoute: false,
        });
        integraties.set(service, integratie);
      }
      return integratie;
    };
    for (const route of props.paginaRoutes ?? []) {
      this.paginaRoutes.push(
        ...this.api.addRoutes({
          path: route.path,
          methods: route.methods.map((m) => apigw.HttpMethod[m]),
          integration: integratieVan(route.service, route.path),
        }),
      );
    }
    for (const route of props.routes ?? HTTP_ROUTES) {
      if (ALLEEN_LOKAAL.some((p) => p.test(route.path))) {
        throw new Error(`${routeKey(route)} is local-only and must never be deployed`);
      }
      const integratie = integratieVan(route.service, routeKey(route));
      const aangemaakt = this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration: integratie,
        ...(route.publiek ? {} : { authorizer: this.authorizer }),
      });
      if (route.publiek) this.publiekeRoutes.push(...aangemaakt);
    }
  }

  get url(): string {
    return this.api.apiEndpoint;
  }
}
