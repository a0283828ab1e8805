import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

/** Issue 22 item 9 (report 4.4): no made-up koppelingsdatum for a doelgroep without a COA koppeling. */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const persoon = { voornaam: 'Samira', achternaam: 'Nouri', geboortedatum: '1952-03-09', talen: ['fa'] };
const WONING = plusDagen(vandaag(), -20);

const consulent = (cbs: string) =>
  p.token({ sub: `consulent-${cbs}`, rol: 'inburgeringsconsulent', org: `gemeente-${cbs}`, gemeenten: [cbs] });

describe('4.4: an aanmelding without a koppelingsdatum', () => {
  it('4.4: an oudere in Den Haag without a koppelingsdatum is 201, and her tijdlijn leaves the koppeling out', async () => {
    const c = await consulent('0518');
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: c,
      body: { gemeente: '0518', doelgroep: 'oudere', persoon },
    });
    expect(res.status).toBe(201);
    const id = res.body.inburgeraarId as string;
    expect(res.body).not.toHaveProperty('koppelingsdatum');
    const woning = await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
      token: c,
      body: { datum: WONING },
    });
    expect(woning.status).toBeLessThan(300);
    await p.settled();

    const tijdlijn = await p.api('GET', `/v1/inburgeraars/${id}/tijdlijn`, { token: c });
    expect(tijdlijn.status).toBe(200);
    expect(tijdlijn.body.items.map((i: { mijlpaal: string }) => i.mijlpaal)).toEqual(['woningtoewijzing']);
    expect(tijdlijn.body.nogNietBekend).not.toContain('koppeling');
    expect(tijdlijn.body).not.toHaveProperty('dagenTotaal');
    const inburgeraar = await p.api('GET', `/v1/inburgeraars/${id}`, { token: c });
    expect(inburgeraar.status).toBe(200);
    expect(inburgeraar.body).not.toHaveProperty('koppelingsdatum');
    expect(inburgeraar.body).not.toHaveProperty('dagenTussenKoppelingEnStart');
    expect(inburgeraar.body.traject).toMatchObject({ startdatum: WONING });
  });

  it('4.4: an asielstatushouder without a koppelingsdatum is 422 on the field koppelingsdatum', async () => {
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: await consulent('0518'),
      body: { gemeente: '0518', doelgroep: 'asielstatushouder', persoon },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toMatch(/koppelingsdatum-vereist$/);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'koppelingsdatum' })]);
  });

  it('4.4: an oudere with a koppelingsdatum is 422: there is no koppeling to date', async () => {
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: await consulent('0518'),
      body: { gemeente: '0518', doelgroep: 'oudere', persoon, koppelingsdatum: plusDagen(vandaag(), -40) },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toMatch(/koppelingsdatum-zonder-koppeling$/);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'koppelingsdatum' })]);
  });
});
