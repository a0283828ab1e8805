import { EVENT_ROUTES, EVENTS_BY_DETAIL_TYPE, type EventRoute } from '@wegwijs/contracts';
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type ContextConstruct, TARGET_RETRY } from './context-construct';
import { PerInburgeraar } from './per-inburgeraar';

/** How long the archive keeps events for replay; short, because voortgang events carry personal data. */
export const ARCHIEF_BEWAARTERMIJN = Duration.days(14);

/**
 * The deployment's custom event bus, its archive, and one rule per consumer of EVENT_ROUTES (the same table the local
 * bus delivers by): pattern on source and detail-type, target the consumer function of that context, with retries and
 * the context's dead-letter queue.
 */
export class EventRouting extends Construct {
  readonly bus: events.EventBus;
  /** Per consumer ordered per inburgeraar (`perInburgeraar` in EVENT_ROUTES): its queues, pipe and dead letters. */
  readonly perInburgeraar = new Map<string, PerInburgeraar>();

  constructor(scope: Construct, id: string, props: { readonly deployment: string }) {
    super(scope, id);
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: `wegwijs-${props.deployment}` });
    this.bus.archive('Archief', {
      description: `Every Wegwijs event of ${props.deployment}, for replay after an incident`,
      eventPattern: { source: events.Match.prefix('wegwijs.') },
      retention: ARCHIEF_BEWAARTERMIJN,
    });
  }

  /** Adds the rules of the route table; every consumer context must have a consumer function. */
  routeer(contexten: ReadonlyMap<string, ContextConstruct>, routes: readonly EventRoute[] = EVENT_ROUTES): void {
    for (const route of routes) {
      const context = contexten.get(route.consumer);
      if (!context) throw new Error(`EVENT_ROUTES names consumer ${route.consumer}, which is not a service`);
      const consumer = context.functie('consumer');
      const deadLetters = context.deadLetters;
      if (!deadLetters) throw new Error(`${route.consumer} has a consumer but no dead-letter queue`);
      new events.Rule(this, `Naar-${route.consumer}`, {
        eventBus: this.bus,
        description: `Events consumed by ${route.consumer} (from EVENT_ROUTES)`,
        eventPattern: { source: bronnenVan(route), detailType: [...route.detailTypes] },
        targets: [
          route.perInburgeraar
            ? geordendDoel(this, route.consumer, context, consumer.fn, deadLetters.queue)
            : new targets.LambdaFunction(consumer.fn, { ...TARGET_RETRY, deadLetterQueue: deadLetters.queue }),
        ],
      });
    }
  }
}

/** The queues in front of a consumer ordered per inburgeraar; owned by its context (they hold its events). */
function geordendDoel(
  routing: EventRouting,
  naam: string,
  context: ContextConstruct,
  fn: lambda.Function,
  deadLetters: sqs.IQueue,
): events.IRuleTarget {
  const geordend = new PerInburgeraar(context, 'PerInburgeraar', {
    context: naam,
    consumer: fn,
    ingangDeadLetters: deadLetters,
  });
  routing.perInburgeraar.set(naam, geordend);
  return geordend.doel(deadLetters, TARGET_RETRY);
}

/** The sources of a route's detail-types, from their event contracts. */
function bronnenVan(route: EventRoute): string[] {
  const bronnen = route.detailTypes.map((detailType) => {
    const contract = EVENTS_BY_DETAIL_TYPE.get(detailType);
    if (!contract) throw new Error(`EVENT_ROUTES names ${detailType}, which has no event contract`);
    return contract.bronnen;
  });
  return [...new Set(bronnen.flat())].sort();
}
