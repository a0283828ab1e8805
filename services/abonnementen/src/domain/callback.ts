import { BlockList, isIP } from 'node:net';

/** Which callback URLs a deployment allows (DeploymentConfig `abonnementen`). */
export interface CallbackBeleid {
  /** Local platform only: http on a loopback address, so a test's receiver can be reached. */
  loopbackHttp: boolean;
}

/** Addresses a callback may never reach in a deployed stack: private, loopback, link-local and other non-public ranges. */
const NIET_PUBLIEK = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NIET_PUBLIEK.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const)
  NIET_PUBLIEK.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the IPv4 address it maps. */
function normaal(adres: string): { adres: string; soort: 'ipv4' | 'ipv6' } {
  const kaal = adres.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(kaal);
  if (mapped?.[1]) return { adres: mapped[1], soort: 'ipv4' };
  return { adres: kaal, soort: isIP(kaal) === 6 ? 'ipv6' : 'ipv4' };
}

export const isPubliek = (adres: string) => {
  const n = normaal(adres);
  return isIP(n.adres) !== 0 && !NIET_PUBLIEK.check(n.adres, n.soort);
};
export const isLoopback = (adres: string) => {
  const n = normaal(adres);
  return isIP(n.adres) !== 0 && LOOPBACK.check(n.adres, n.soort);
};

/** The host of a callback URL, or the reason it is not a URL a callback may have. */
export function callbackHost(url: string): { host: string } | { fout: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { fout: 'callbackUrl is not an absolute URL.' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { fout: 'callbackUrl must be https.' };
  if (u.username || u.password) return { fout: 'callbackUrl may not carry credentials.' };
  if (u.hash) return { fout: 'callbackUrl may not have a fragment.' };
  return { host: u.hostname.replace(/^\[|\]$/g, '') };
}

/**
 * Whether a callback URL is allowed, given every address its host resolves to (an IP literal resolves to itself):
 * undefined when it is, else the reason (a 422). Deployed: https, and every address public. With `loopbackHttp`
 * (local platform): also http or https when every address is a loopback address.
 */
export function beoordeelCallback(
  url: string,
  adressen: readonly string[],
  beleid: CallbackBeleid,
): string | undefined {
  const h = callbackHost(url);
  if ('fout' in h) return h.fout;
  if (adressen.length === 0) return 'The host of callbackUrl does not resolve.';
  if (beleid.loopbackHttp && adressen.every(isLoopback)) return undefined;
  if (!url.startsWith('https:')) return 'callbackUrl must be https.';
  if (!adressen.every(isPubliek)) {
    return 'callbackUrl may not point at a private, loopback or link-local address.';
  }
  return undefined;
}
