import { type DeploymentConfig, parseDeploymentConfig } from '@wegwijs/profielen';
import { type Beheer, DEPLOYBARE_OMGEVINGEN, type Deployment, stackNaam } from './types';

/**
 * Validates a deployment: the config must parse (every gemeente has an MB profile), it must be a deployable omgeving
 * (never the local platform), and its own url (where the pages and the API are served) and every trusted issuer must be
 * a public https URL (the development issuer of the local
 * platform can never end up in a stack).
 */
export function defineDeployment(input: {
  config: DeploymentConfig;
  region: string;
  account?: string;
  tags?: Record<string, string>;
  beheer: Beheer;
}): Deployment {
  const config = parseDeploymentConfig(input.config);
  if (!(DEPLOYBARE_OMGEVINGEN as readonly string[]).includes(config.omgeving)) {
    throw new Error(`deployment ${config.naam}: omgeving '${config.omgeving}' cannot be deployed`);
  }
  if (config.url === undefined || !isPubliekeHttpsUrl(config.url)) {
    throw new Error(`deployment ${config.naam}: url ${config.url ?? '(none)'} is not a public https URL`);
  }
  for (const issuer of config.issuers) {
    if (!isPubliekeHttpsUrl(issuer.iss)) {
      throw new Error(`deployment ${config.naam}: issuer ${issuer.iss} is not a public https URL`);
    }
    if (issuer.jwksUri !== undefined && !isPubliekeHttpsUrl(issuer.jwksUri)) {
      throw new Error(`deployment ${config.naam}: jwksUri ${issuer.jwksUri} is not a public https URL`);
    }
  }
  controleerBeheer(config.naam, input.region, input.beheer);
  return {
    config,
    beheer: input.beheer,
    region: input.region,
    ...(input.account ? { account: input.account } : {}),
    stackName: stackNaam(config.naam),
    tags: { project: 'wegwijs', deployment: config.naam, omgeving: config.omgeving, ...input.tags },
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Alarms must reach someone, and a backup must outlive a month's holiday; a copy goes to ANOTHER region. */
function controleerBeheer(naam: string, region: string, beheer: Beheer): void {
  if (beheer.alarmAdressen.length === 0) throw new Error(`deployment ${naam}: no alarm address`);
  for (const adres of beheer.alarmAdressen) {
    if (!EMAIL.test(adres)) throw new Error(`deployment ${naam}: alarm address ${adres} is not an e-mail address`);
  }
  const { bewaarDagen, kopieRegio, kopieBewaarDagen } = beheer.backup;
  for (const dagen of [bewaarDagen, kopieBewaarDagen ?? bewaarDagen]) {
    if (!Number.isInteger(dagen) || dagen < 7) throw new Error(`deployment ${naam}: backups kept ${dagen} days (< 7)`);
  }
  if (kopieRegio === region) throw new Error(`deployment ${naam}: the backup copy region is the stack's own region`);
}

const LOKALE_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

function isPubliekeHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !LOKALE_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}
