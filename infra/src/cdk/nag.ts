import { type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { DeadLetters } from './dead-letters';
import { WegwijsFunctie } from './functie';
import { WegwijsHttpApi } from './http-api';
import { PortaalSleutel } from './portaal-sleutel';

/** The cdk-nag (AwsSolutions) findings Wegwijs acknowledges, and why each is acceptable. */
export const ERKENDE_BEVINDINGEN = {
  runtime: {
    id: 'AwsSolutions-L1',
    reason:
      'Deliberately pinned to nodejs22.x: the bundles are built for target node22 and the toolchain (TOOLCHAIN.md) ' +
      'is verified against it; the runtime moves together with the esbuild target, not on its own.',
  },
  deadLetterQueue: {
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue IS a dead-letter queue: of the EventBridge rule targets and of the Lambda asynchronous-invocation ' +
      'failure destination. cdk-nag only recognises SQS redrive DLQs; a DLQ of a DLQ would hide failures, and the ' +
      'queue has an alarm on any visible message.',
  },
  publiekeRoute: {
    id: 'AwsSolutions-APIG4',
    reason:
      'Public by contract (API.md): GET /health and GET /v1/openapi.json carry no token and return no personal data; ' +
      'every other route has the JWT authorizer.',
  },
  paginaRoute: {
    id: 'AwsSolutions-APIG4',
    reason:
      'The pages of Mijn Wegwijs (/mijn) and of the regie monitor (/regie) are opened by a browser, which carries no ' +
      'bearer token: the portaal signs the inburgeraar or the staff member in itself (OpenID Connect, authorization ' +
      'code + PKCE) and keeps a server-side session behind an HttpOnly cookie; every API call it makes carries their ' +
      'token through the JWT authorizer.',
  },
  portaalSleutel: {
    id: 'AwsSolutions-SMG4',
    reason:
      "The portaal's private client key (private_key_jwt) is rotated by hand: a new key pair's public JWK must be " +
      'registered at the IdPs before the private half replaces the old one in this secret, which a rotation Lambda ' +
      'cannot do; docs/MIJN-WEGWIJS.md describes the rotation.',
  },
} as const;

/** Acknowledges the findings above on exactly the constructs they apply to (never stack-wide). */
export function erkenBevindingen(stack: Stack): void {
  for (const construct of stack.node.findAll()) {
    if (construct instanceof WegwijsFunctie) erken(construct.fn, ERKENDE_BEVINDINGEN.runtime);
    if (construct instanceof DeadLetters) erken(construct.queue, ERKENDE_BEVINDINGEN.deadLetterQueue);
    if (construct instanceof PortaalSleutel) erken(construct.secret, ERKENDE_BEVINDINGEN.portaalSleutel);
    if (construct instanceof WegwijsHttpApi) {
      for (const route of construct.publiekeRoutes) erken(route, ERKENDE_BEVINDINGEN.publiekeRoute);
      for (const route of construct.paginaRoutes) erken(route, ERKENDE_BEVINDINGEN.paginaRoute);
    }
  }
}

function erken(construct: IConstruct, bevinding: { id: string; reason: string }): void {
  Validations.of(construct).acknowledge({ id: bevinding.id, reason: bevinding.reason });
}
