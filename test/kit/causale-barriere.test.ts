import { EVENT_ROUTES, WoningToegewezen } from '@wegwijs/contracts';
import { Causaliteit } from '@wegwijs/infra/local/causaliteit';
import { type BusEvent, LocalEventBus } from '@wegwijs/local-kit';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';

/** A consumer whose deliveries stay in flight until the test lets them go. */
function vastgehouden() {
  const open = new Map<string, () => void>();
  const bezorgd: string[] = [];
  const target = (e: BusEvent) =>
    new Promise<void>((klaar) => {
      const id = (e.detail as { meta: { correlationId: string } }).meta.correlationId;
      open.set(id, () => {
        bezorgd.push(id);
        klaar();
      });
    });
  return { open, bezorgd, target };
}

const entry = (correlationId: string, inburgeraarId: string, gemeente = '0518') => ({
  Source: WoningToegewezen.source,
  DetailType: WoningToegewezen.detailType,
  Detail: JSON.stringify({ meta: { correlationId, inburgeraarId, gemeente }, data: {} }),
});

const tick = () => new Promise((r) => setImmediate(r));

/** Whether the promise has settled after the pending deliveries had a chance to run. */
async function klaar(p: Promise<void>): Promise<boolean> {
  let af = false;
  void p.then(() => {
    af = true;
  });
  await tick();
  await tick();
  return af;
}

const token = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('alleen-voor-de-vorm'));

let bus: LocalEventBus;
afterEach(async () => {
  await bus.idle();
});

describe('the local bus waits for causal chains, not for everything', () => {
  it('resolves a chain wait when only the matching chain, and what it caused, is delivered', async () => {
    // Arrange
    const consumer = vastgehouden();
    bus = new LocalEventBus({ routes: EVENT_ROUTES });
    bus.register('begeleiding', consumer.target);
    bus.putEvents([entry('keten-a', 'ib-a'), entry('keten-b', 'ib-b')]);
    await tick();
    // Act
    const wachtOpA = bus.ketensKlaar((m) => m.inburgeraarId === 'ib-a');
    const a = consumer.open.get('keten-a');
    bus.putEvents([entry('keten-a', 'ib-a')]); // chain a causes one more delivery before its first is done
    a?.();
    await tick();
    const naEerste = await klaar(wachtOpA);
    consumer.open.get('keten-a')?.();
    // Assert
    expect(naEerste).toBe(false);
    expect(await klaar(wachtOpA)).toBe(true);
    expect(consumer.bezorgd).toEqual(['keten-a', 'keten-a']);
    expect(await klaar(bus.idle())).toBe(false); // chain b is still in flight and was not waited for
    consumer.open.get('keten-b')?.();
  });

  it('does not wait for chains that start after the wait began', async () => {
    // Arrange
    const consumer = vastgehouden();
    bus = new LocalEventBus({ routes: EVENT_ROUTES });
    bus.register('begeleiding', consumer.target);
    // Act
    const wacht = bus.ketensKlaar(() => true);
    bus.putEvents([entry('later', 'ib-a')]);
    await tick();
    // Assert
    expect(await klaar(wacht)).toBe(true);
    consumer.open.get('later')?.();
  });
});

describe('the gateway scopes a request to the chains it may read', () => {
  it('waits for its caller own chains, the inburgeraar it addresses, and for gemeente reads the gemeente', async () => {
    // Arrange
    const c = new Causaliteit();
    const begeleider = `Bearer ${await token({ sub: 'mb-1', org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider', gemeenten: ['0518'] })}`;
    const ander = `Bearer ${await token({ sub: 'mb-2', org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider', gemeenten: ['0518'] })}`;
    const geen = new URLSearchParams();
    const eigenHeaders: Record<string, string | undefined> = { authorization: begeleider };
    c.reikwijdte('POST', '/v1/aanmeldingen', geen, eigenHeaders);
    const eigenKeten = eigenHeaders['x-correlation-id'] as string;
    // Act
    const schrijven = c.betreft(c.reikwijdte('POST', '/v1/aanmeldingen', geen, { authorization: begeleider }));
    const anderSchrijft = c.betreft(c.reikwijdte('POST', '/v1/aanmeldingen', geen, { authorization: ander }));
    const overIbX = c.betreft(c.reikwijdte('GET', '/v1/inburgeraars/ib-x/voortgang', geen, { authorization: ander }));
    const werklijst = c.betreft(c.reikwijdte('GET', '/v1/begeleiding/caseload', geen, { authorization: ander }));
    // Assert
    expect(eigenKeten).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
    expect(schrijven({ correlationId: eigenKeten, inburgeraarId: 'ib-y', gemeente: '0518' })).toBe(true);
    expect(anderSchrijft({ correlationId: eigenKeten, inburgeraarId: 'ib-y', gemeente: '0518' })).toBe(false);
    expect(overIbX({ correlationId: 'vreemd', inburgeraarId: 'ib-x', gemeente: '0518' })).toBe(true);
    expect(overIbX({ correlationId: 'vreemd', inburgeraarId: 'ib-y', gemeente: '0518' })).toBe(false);
    expect(werklijst({ correlationId: 'vreemd', inburgeraarId: 'ib-y', gemeente: '0518' })).toBe(true);
    expect(werklijst({ correlationId: 'vreemd', inburgeraarId: 'ib-y', gemeente: '0014' })).toBe(false);
  });
});
