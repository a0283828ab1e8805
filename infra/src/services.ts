import { manifest as aanmelding } from '@wegwijs/aanmelding';
import { manifest as begeleiding } from '@wegwijs/begeleiding';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { manifest as profiel } from '@wegwijs/profiel';
import { manifest as regeldag } from '@wegwijs/regeldag';
import { manifest as sociaalDomein } from '@wegwijs/sociaal-domein';
import { manifest as toestemming } from '@wegwijs/toestemming';

/** Every service of Wegwijs. Both composition roots (the CDK app and the local platform) wire exactly these. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [
  profiel,
  aanmelding,
  regeldag,
  begeleiding,
  sociaalDomein,
  toestemming,
];
