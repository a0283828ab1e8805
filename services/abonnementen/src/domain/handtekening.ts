import { createHmac } from 'node:crypto';

/** The header every notification carries (API.md "Abonnementen"). */
export const HANDTEKENING_HEADER = 'Wegwijs-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`. */
export function onderteken(body: string, geheim: string, nu: Date): string {
  const t = Math.floor(nu.getTime() / 1000);
  const v1 = createHmac('sha256', geheim).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}
