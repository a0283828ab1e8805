import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { UITSTAAND } from '@wegwijs/lambda-kit/aggregaat';
import { functieNaam } from '@wegwijs/local-kit/omgeving';
import type { DeploymentConfig } from '@wegwijs/profielen';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as triggers from 'aws-cdk-lib/triggers';
import { Construct } from 'constructs';
import { type FunctieDefinitie, functiesVan } from '../bundle/functies';
import type { CodeVoor } from './code';
import { DeadLetters } from './dead-letters';
import { WegwijsFunctie } from './functie';
import { ContextTabel } from './tabel';

/** How often EventBridge retries a target, and for how long, before the event goes to the dead-letter queue. */
/** Functions that run without a caller waiting: their failures go to the context's dead-letter queue. */
const ASYNCHROON = new Set<FunctieDefinitie['soort']>(['consumer', 'planner', 'relay', 'migratie']);

export const TARGET_RETRY = { retryAttempts: 8, maxEventAge: Duration.hours(6) } as const;

export interface ContextProps {
  readonly manifest: ServiceManifest;
  readonly config: DeploymentConfig;
  readonly bus: events.IEventBus;
  readonly code: CodeVoor;
  /** The name of the consent broker's decision function (WEGWIJS_BESLISSING_FUNCTIE). */
  readonly beslissingFunctie: string;
  /** Variables only this context's functions get (the archief: WEGWIJS_PERSOON_FUNCTIES). */
  readonly omgeving?: Readonly<Record<string, string>>;
}

/**
 * One bounded context (service): its table with its own key, its functions, and the permissions between them. A
 * function of this context reaches only this context's table and key, and may put events on the bus (unless the
 * context publishes none); anything more
 * (an invoke route) is granted by the stack from INVOKE_ROUTES.
 */
export class ContextConstruct extends Construct {
  readonly naam: string;
  readonly tabel: ContextTabel | undefined;
  readonly functies: ReadonlyMap<FunctieDefinitie['soort'], WegwijsFunctie>;
  /** Present when the context has asynchronous functions (consumer, planner). */
  readonly deadLetters: DeadLetters | undefined;

  constructor(scope: Construct, id: string, props: ContextProps) {
    super(scope, id);
    this.naam = props.manifest.naam;
    const productie = props.config.omgeving === 'productie';
    const definitie = props.manifest.tabel;
    this.tabel = definitie
      ? new ContextTabel(this, 'Tabel', { definitie, deployment: props.config.naam, productie })
      : undefined;

    const definities = functiesVan([props.manifest]);
    const asynchroon = definities.some((f) => ASYNCHROON.has(f.soort));
    this.deadLetters = asynchroon ? new DeadLetters(this, 'DeadLetters', { context: this.naam }) : undefined;

    const functies = new Map<FunctieDefinitie['soort'], WegwijsFunctie>();
    for (const functie of definities) {
      const wf = new WegwijsFunctie(this, pascal(functie.soort), {
        functie,
        functionName: functieNaam(props.config.naam, functie.id),
        code: props.code(functie),
        environment: {
          WEGWIJS_CONFIG: JSON.stringify(props.config),
          WEGWIJS_EVENT_BUS: props.bus.eventBusName,
          WEGWIJS_BESLISSING_FUNCTIE: props.beslissingFunctie,
          POWERTOOLS_SERVICE_NAME: this.naam,
          NODE_OPTIONS: '--enable-source-maps',
          ...(this.tabel ? { WEGWIJS_TABEL: this.tabel.table.tableName } : {}),
          ...props.omgeving,
        },
        logRemovalPolicy: productie ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      this.tabel?.grantData(wf.role);
      if (props.manifest.publiceert !== false) props.bus.grantPutEventsTo(wf.role);
      if (this.deadLetters && ['consumer', 'planner', 'migratie'].includes(functie.soort)) {
        // Failed asynchronous invocations (after Lambda's own retries) land in the same dead-letter queue.
        wf.fn.configureAsyncInvoke({
          retryAttempts: 2,
          maxEventAge: Duration.hours(6),
          onFailure: new SqsDestination(this.deadLetters.queue),
        });
      }
      functies.set(functie.soort, wf);
    }
    this.functies = functies;

    const relay = functies.get('relay');
    if (relay && this.tabel && this.deadLetters) this.koppelRelay(relay, this.tabel, this.deadLetters);

    const planner = functies.get('planner');
    if (planner && this.deadLetters) {
      const elke = props.manifest.plannerElkeMinuten;
      new events.Rule(this, 'DagelijksePlanning', {
        description: elke
          ? `Runs the ${this.naam} planner every ${elke} minute(s)`
          : `Runs the ${this.naam} planner every night`,
        schedule: elke
          ? events.Schedule.rate(Duration.minutes(elke))
          : events.Schedule.cron({ hour: '2', minute: '30' }),
        targets: [new targets.LambdaFunction(planner.fn, { ...TARGET_RETRY, deadLetterQueue: this.deadLetters.queue })],
      });
    }

    const migratie = functies.get('migratie');
    if (migratie && this.tabel && this.deadLetters) this.koppelMigratie(migratie, this.tabel, this.deadLetters);
  }

  /**
   * A data migration (e.g. the index backfill): a Trigger invokes it on every deploy that changes it, once the table
   * (with its indexes) is in place; a schedule continues a run that stopped at its checkpoint before the function's
   * timeout. Finished, a run is one read of the checkpoint.
   */
  private koppelMigratie(migratie: WegwijsFunctie, tabel: ContextTabel, deadLetters: DeadLetters): void {
    new triggers.Trigger(this, 'MigratieBijDeploy', {
      handler: migratie.fn,
      invocationType: triggers.InvocationType.EVENT,
      executeAfter: [tabel],
      executeOnHandlerChange: true,
    });
    new events.Rule(this, 'MigratieVervolg', {
      description: `Continues the ${this.naam} data migration from its checkpoint until it is done`,
      schedule: events.Schedule.rate(Duration.minutes(30)),
      targets: [new targets.LambdaFunction(migratie.fn, { ...TARGET_RETRY, deadLetterQueue: deadLetters.queue })],
    });
  }

  /**
   * The outbox relay: the table's stream invokes it for every written item that still carries pending events
   * (filtered on the `uitstaand` marker), retried with bisection, and what keeps failing goes to the dead letters.
   */
  private koppelRelay(relay: WegwijsFunctie, tabel: ContextTabel, deadLetters: DeadLetters): void {
    tabel.grantStroom(relay.role);
    const stroom = tabel.table.tableStreamArn;
    if (!stroom) throw new Error('the table has no stream');
    new lambda.EventSourceMapping(this, 'RelayStroom', {
      target: relay.fn,
      eventSourceArn: stroom,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(1),
      retryAttempts: 10,
      bisectBatchOnError: true,
      maxRecordAge: Duration.hours(24),
      filters: [
        lambda.FilterCriteria.filter({
          dynamodb: { NewImage: { uitstaand: { S: lambda.FilterRule.isEqual(UITSTAAND) } } },
        }),
      ],
      onFailure: new SqsDlq(deadLetters.queue),
    });
  }

  /** The function of a kind; throws when the manifest declares none (a route table that names a missing function). */
  functie(soort: FunctieDefinitie['soort']): WegwijsFunctie {
    const wf = this.functies.get(soort);
    if (!wf) throw new Error(`service ${this.naam} has no ${soort} function`);
    return wf;
  }

  /** Lets every function of this context invoke the given function (an INVOKE_ROUTES entry), and nothing else. */
  grantInvoke(doel: WegwijsFunctie): void {
    for (const wf of this.functies.values()) {
      wf.role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [doel.fn.functionArn] }),
      );
    }
  }
}

const pascal = (s: string) =>
  s
    .split('-')
    .map((d) => d.charAt(0).toUpperCase() + d.slice(1))
    .join('');
