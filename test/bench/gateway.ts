import { startLocalPlatform } from '@wegwijs/infra/local/platform';
import { measure, median, ms, percentile } from './stats';

/** Latency of requests through the local gateway into the handler workers (loopback, warm). */
export async function benchGateway(): Promise<string[]> {
  const platform = await startLocalPlatform({ port: 0, inMemory: true });
  try {
    const token = await platform.issuer.mint({ sub: 'bench', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const get = (path: string, auth = true) =>
      fetch(`${platform.url}${path}`, auth ? { headers: { authorization: `Bearer ${token}` } } : {}).then((r) =>
        r.arrayBuffer(),
      );
    await measure(50, () => get('/v1/gemeenten/0518/profiel').then(() => undefined));
    const health = await measure(500, () => get('/health', false).then(() => undefined));
    const profiel = await measure(500, () => get('/v1/gemeenten/0518/profiel').then(() => undefined));
    return [
      '## gateway (local platform, loopback, warm workers, 500 sequential requests)',
      `GET /health                    median ${ms(median(health))}  p95 ${ms(percentile(health, 95))}`,
      `GET /v1/gemeenten/0518/profiel median ${ms(median(profiel))}  p95 ${ms(percentile(profiel, 95))}  (JWT verified per request)`,
    ];
  } finally {
    await platform.stop();
  }
}
