// A sample receiver of Wegwijs notifications (docs/ABONNEMENTEN.md). Node 20, no dependencies.
// Verifies `Wegwijs-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` over the raw body and
// refuses a timestamp older (or newer) than the tolerance: a replayed notification is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

/** Whether `header` signs `body` with `geheim` at a time within `toleratieSeconden` of `nuSeconden`. */
export function verifieer(header, body, geheim, nuSeconden = Math.floor(Date.now() / 1000), toleratieSeconden = 300) {
  const delen = Object.fromEntries(
    String(header ?? '')
      .split(',')
      .map((d) => d.split('=', 2)),
  );
  const t = Number(delen.t);
  if (!Number.isInteger(t) || typeof delen.v1 !== 'string') return false;
  if (Math.abs(nuSeconden - t) > toleratieSeconden) return false;
  const verwacht = createHmac('sha256', geheim).update(`${t}.${body}`).digest();
  const gegeven = Buffer.from(delen.v1, 'hex');
  return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht);
}

/**
 * An HTTP server that accepts signed notifications: 204 for a valid one (passed to `opNotificatie`), 401 for a bad
 * or old signature. `nu()` gives the current unix seconds (default the system's).
 */
export function maakOntvanger({
  geheim,
  opNotificatie,
  nu = () => Math.floor(Date.now() / 1000),
  toleratieSeconden = 300,
}) {
  return createServer((req, res) => {
    const stukken = [];
    req.on('data', (s) => stukken.push(s));
    req.on('end', async () => {
      const body = Buffer.concat(stukken).toString('utf8');
      if (
        req.method !== 'POST' ||
        !verifieer(req.headers['wegwijs-signature'], body, geheim, nu(), toleratieSeconden)
      ) {
        res.writeHead(401).end();
        return;
      }
      try {
        await opNotificatie(JSON.parse(body));
        res.writeHead(204).end();
      } catch {
        res.writeHead(503).end();
      }
    });
  });
}
