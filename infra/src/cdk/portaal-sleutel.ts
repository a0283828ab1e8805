import { RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { WegwijsFunctie } from './functie';

/**
 * The portaal's client key for `private_key_jwt` (NL GOV profile): a secret holding its private JWK, which the
 * operator puts there after generating the key pair and registering the public JWK with the IdP (both clients, Mijn
 * Wegwijs and the regie pages). Only the portaal's role may read it; the function reads it at its first sign-in
 * through the AWS Parameters and Secrets Lambda Extension (a layer; no SDK client in the bundle), named in
 * WEGWIJS_PORTAAL_SLEUTEL. The stack never sees the key: the secret is created empty and kept on stack deletion.
 */
export class PortaalSleutel extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(
    scope: Construct,
    id: string,
    props: {
      deployment: string;
      portaal: WegwijsFunctie;
      key?: kms.IKey;
      /**
       * Another function's signing key in the same shape (issue 23: aanmelding's key for the hand-over of a move):
       * the secret's name under `wegwijs/<deployment>/`, the variable that names it, and what it holds.
       */
      soort?: { naam: string; variabele: string; omschrijving: string };
    },
  ) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      secretName: `wegwijs/${props.deployment}/${props.soort?.naam ?? 'portaal-sleutel'}`,
      description:
        props.soort?.omschrijving ??
        "The portaal's private JWK for private_key_jwt at the IdPs (its public JWK is registered there)",
      removalPolicy: RemovalPolicy.RETAIN,
      // The stack's key (NIST 800-53 SC-12/SC-28: a customer-managed key); grantRead adds its decrypt via Secrets Manager.
      ...(props.key ? { encryptionKey: props.key } : {}),
    });
    this.secret.grantRead(props.portaal.role);
    const laag = lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
      cacheEnabled: true,
    });
    const { arn, environmentVars } = laag._bind(this, props.portaal.fn);
    props.portaal.fn.addLayers(lambda.LayerVersion.fromLayerVersionArn(this, 'ParamsAndSecrets', arn));
    for (const [naam, waarde] of Object.entries(environmentVars)) props.portaal.fn.addEnvironment(naam, String(waarde));
    props.portaal.fn.addEnvironment(props.soort?.variabele ?? 'WEGWIJS_PORTAAL_SLEUTEL', this.secret.secretArn);
  }
}
