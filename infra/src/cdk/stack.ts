import { EVENT_ROUTES, type EventRoute, functieId, INVOKE_ROUTES, INZAGE_CONTEXTEN } from '@wegwijs/contracts';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { functieNaam } from '@wegwijs/local-kit/omgeving';
import { Aspects, CfnOutput, RemovalPolicy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Deployment } from '../deployments/types';
import { PAGINA_ROUTES } from '../services';
import { Alarmering, AlarmNaarTopic } from './alarmering';
import { TabelBackup } from './backup';
import type { CodeVoor } from './code';
import { ContextConstruct } from './context-construct';
import { EventRouting } from './event-routing';
import { WegwijsHttpApi } from './http-api';
import { LogVersleuteling } from './logboeken';
import { erkenBevindingen } from './nag';
import { PortaalSleutel } from './portaal-sleutel';
import { beperkGrants, StackSleutel } from './sleutel';

export interface WegwijsStackProps extends StackProps {
  readonly deployment: Deployment;
  readonly manifests: readonly ServiceManifest[];
  readonly code: CodeVoor;
  /** The event route table; always EVENT_ROUTES, except in tests that prove the boundary checks can fail. */
  readonly eventRoutes?: readonly EventRoute[];
}

/** One deployment of Wegwijs: the bus and its routes, one construct per context, and the HTTP API. */
export class WegwijsStack extends Stack {
  readonly contexten: ReadonlyMap<string, ContextConstruct>;
  readonly routing: EventRouting;
  readonly http: WegwijsHttpApi;
  /** The stack's own key: log groups, the alarm topic, the backup vault (every table keeps its own). */
  readonly sleutel: StackSleutel;
  readonly alarmering: Alarmering;
  readonly backup: TabelBackup;

  constructor(scope: Construct, id: string, props: WegwijsStackProps) {
    super(scope, id, props);
    const { config } = props.deployment;
    for (const [key, value] of Object.entries(props.deployment.tags)) Tags.of(this).add(key, value);

    this.routing = new EventRouting(this, 'Events', { deployment: config.naam });
    const beslissingFunctie = functieNaam(config.naam, functieId('toestemming', 'beslissing'));
    // Issue 19: the archief invokes each context's `persoon` function to destroy one person's records; the inzage
    // those and the archief's own.
    const persoonFuncties = JSON.stringify(
      Object.fromEntries(INZAGE_CONTEXTEN.map((c) => [c, functieNaam(config.naam, functieId(c, 'persoon'))])),
    );
    const contexten = new Map<string, ContextConstruct>();
    for (const manifest of props.manifests) {
      contexten.set(
        manifest.naam,
        new ContextConstruct(this, pascal(manifest.naam), {
          manifest,
          config,
          bus: this.routing.bus,
          code: props.code,
          beslissingFunctie,
          // The archief (destruction) and the inzage (AVG art. 15) invoke them.
          ...(['archief', 'inzage'].includes(manifest.naam)
            ? { omgeving: { WEGWIJS_PERSOON_FUNCTIES: persoonFuncties } }
            : {}),
        }),
      );
    }
    this.contexten = contexten;

    for (const route of INVOKE_ROUTES) {
      const aanroeper = contexten.get(route.aanroeper);
      const doel = [...contexten.values()]
        .flatMap((c) => [...c.functies.values()])
        .find((wf) => wf.functie.id === route.functie);
      if (!aanroeper || !doel)
        throw new Error(`INVOKE_ROUTES: ${route.aanroeper} -> ${route.functie} does not resolve`);
      aanroeper.grantInvoke(doel);
    }

    // The stack's own key (logs, alarm topic, backup vault, the portaal's secret); every table keeps its own.
    const productie = config.omgeving === 'productie';
    this.sleutel = new StackSleutel(this, 'Sleutel', { deployment: config.naam, productie });
    const portaal = contexten.get('portaal')?.functies.get('http');
    if (portaal)
      new PortaalSleutel(this, 'PortaalSleutel', { deployment: config.naam, portaal, key: this.sleutel.key });
    // Issue 23: a deployment that hands moves over to another signs them with its own key (the receivers list its
    // public half); only aanmelding's consumer, which sends them, reads it.
    const overdrager = contexten.get('aanmelding')?.functies.get('consumer');
    if (overdrager && (config.verhuizing?.ontvangers?.length ?? 0) > 0) {
      new PortaalSleutel(this, 'VerhuizingSleutel', {
        deployment: config.naam,
        portaal: overdrager,
        key: this.sleutel.key,
        soort: {
          naam: 'verhuizing-sleutel',
          variabele: 'WEGWIJS_VERHUIZING_SLEUTEL',
          omschrijving: 'The private JWK (EC P-256) the hand-over of a move to another deployment is signed with',
        },
      });
    }

    this.routing.routeer(contexten, props.eventRoutes ?? EVENT_ROUTES);
    this.http = new WegwijsHttpApi(this, 'Http', {
      deployment: config.naam,
      issuers: config.issuers,
      contexten,
      paginaRoutes: PAGINA_ROUTES.filter((r) => contexten.has(r.service)),
      logRemovalPolicy: config.omgeving === 'productie' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Operations (docs/SECURITY.md): the stack's key on every log group, one alarm topic that every alarm reaches
    // (the aspect also catches alarms added later), the function and API alarms, the daily backup of every table.
    Aspects.of(this).add(new LogVersleuteling(this.sleutel.key));
    this.alarmering = new Alarmering(this, 'Alarmering', {
      deployment: config.naam,
      key: this.sleutel.key,
      adressen: props.deployment.beheer.alarmAdressen,
    });
    this.alarmering.bewaakFuncties(contexten.values());
    this.alarmering.bewaakApi(this.http.api, this.http.accessLogs);
    this.alarmering.routeerAlarmEvents(this.routing.bus, contexten.get('toegangslog')?.deadLetters?.queue);
    Aspects.of(this).add(new AlarmNaarTopic(this.alarmering.topic));
    this.backup = new TabelBackup(this, 'Backup', {
      deployment: config.naam,
      key: this.sleutel.key,
      productie,
      instellingen: props.deployment.beheer.backup,
    });
    this.backup.neemOp([...contexten.values()].flatMap((c) => (c.tabel ? [c.tabel] : [])));
    beperkGrants(this);
    new CfnOutput(this, 'ApiUrl', { value: this.http.url, description: 'Base URL of the Wegwijs HTTP API' });
    new CfnOutput(this, 'EventBusName', { value: this.routing.bus.eventBusName });
    new CfnOutput(this, 'AlarmTopic', { value: this.alarmering.topic.topicArn });
    erkenBevindingen(this);
  }
}

const pascal = (s: string) =>
  s
    .split('-')
    .map((d) => d.charAt(0).toUpperCase() + d.slice(1))
    .join('');
