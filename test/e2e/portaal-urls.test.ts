import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nieuwDossier } from '../support/dossier';
import { logInMedewerker, MijnClient } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 20, 8: the portaal built the address it sends the person's access token to from the request's Host header.
// Here a listener on another loopback port stands for an attacker's host: requests name it in Host, X-Forwarded-Host
// and Forwarded, and it must receive nothing; every absolute URL comes from the deployment's configured url.
let p: TestPlatform;
let vreemd: Server;
let vreemdAdres: string;
const ontvangen: { url: string; authorization: string | undefined }[] = [];

beforeAll(async () => {
  vreemd = createServer((req, res) => {
    ontvangen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => vreemd.listen(0, '127.0.0.1', r));
  vreemdAdres = `127.0.0.1:${(vreemd.address() as AddressInfo).port}`;
  p = await startPlatform();
});
afterAll(async () => {
  await p?.stop();
  await new Promise<void>((r) => vreemd?.close(() => r()));
});

/** A request to the platform that names the foreign host in every header a proxy would use (fetch cannot set Host). */
function metVreemdeHost(
  pad: string,
  cookies: Map<string, string>,
  form?: Record<string, string>,
): Promise<{ status: number; location: string | undefined; body: string }> {
  const doel = new URL(pad, p.url);
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      doel,
      {
        method: form ? 'POST' : 'GET',
        headers: {
          host: vreemdAdres,
          'x-forwarded-host': vreemdAdres,
          'x-forwarded-proto': 'http',
          forwarded: `host=${vreemdAdres};proto=http`,
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
      },
      (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            body: Buffer.concat(delen).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('absolute URLs of the portaal come from configuration, never from the Host header', () => {
  it("sends the inburgeraar's token only to the configured API, whatever Host the request names", async () => {
    // Arrange
    const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
    const mijn = new MijnClient(p.url);
    await mijn.logIn(d.id);
    // Act
    const paginas = await Promise.all(
      ['/mijn', '/mijn/toestemmingen', '/mijn/verwerkingen'].map((pad) => metVreemdeHost(pad, mijn.cookies)),
    );
    const inloggen = await metVreemdeHost('/mijn/inloggen', new Map());
    // Assert: the pages were served with data from the configured API, and the foreign host saw nothing.
    for (const pagina of paginas) expect(pagina.status).toBe(200);
    expect(paginas[0]?.body).toContain('Wat wordt gedeeld zonder uw toestemming');
    const autorisatie = new URL(inloggen.location ?? 'http://x');
    expect(autorisatie.origin).toBe(p.url);
    expect(autorisatie.searchParams.get('redirect_uri')).toBe(`${p.url}/mijn/terug`);
    expect(ontvangen).toEqual([]);
  });

  it("sends a staff member's token only to the configured API, and logs out to the configured URIs", async () => {
    // Arrange
    const staf = new MijnClient(p.url);
    const pagina = await logInMedewerker(staf, 'beleidsmedewerker.gemeente-0518');
    const csrf = /name="csrf" value="([^"]+)"/.exec(pagina.html)?.[1] ?? '';
    // Act
    const fasen = await metVreemdeHost('/regie/fasen', staf.cookies);
    const uit = await metVreemdeHost('/regie/uitloggen', staf.cookies, { csrf });
    // Assert
    expect(fasen.status).toBe(200);
    const uitloggen = new URL(uit.location ?? 'http://x');
    expect(uitloggen.origin).toBe(p.url);
    expect(uitloggen.searchParams.get('post_logout_redirect_uri')).toBe(`${p.url}/regie?uitgelogd=1`);
    expect(ontvangen).toEqual([]);
  });
});
