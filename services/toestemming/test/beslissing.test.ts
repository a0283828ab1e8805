import { type BeslissingVerzoek, beslissingAntwoord } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { verwerkToewijzing } from '../src/app/projectie';
import { geefToestemming } from '../src/app/toestemmingen';
import { Regelfout } from '../src/domain/toestemming';
import { createBeslissingHandler } from '../src/handlers/beslissing';
import { testDeps } from './support/deps';
import { GEMEENTE, IB, ORG } from './support/fixtures';

const verzoek = (extra: Partial<BeslissingVerzoek> = {}): BeslissingVerzoek => ({
  inburgeraarId: IB,
  gemeente: GEMEENTE,
  categorie: 'verwijzing',
  bronId: 'v1',
  bronDetailType: 'VerwijzingVerstuurd.v1',
  actor: { org: ORG, rol: 'maatschappelijk-begeleider' },
  correlationId: 'c1',
  ...extra,
});

async function opzet() {
  const t = testDeps();
  await verwerkToewijzing(t.deps, {
    inburgeraarId: IB,
    gemeente: GEMEENTE,
    uitvoeringsorganisatie: ORG,
    doelgroep: 'asielstatushouder',
    occurredAt: t.klok.now().toISOString(),
  });
  return { ...t, handler: createBeslissingHandler(t.deps) };
}

describe('the synchronous decision function (Lambda Invoke by sociaal-domein)', () => {
  it('permits a verwijzing to Veilig Thuis on wettelijke-plicht without consent, and logs it', async () => {
    const { handler, store } = await opzet();
    const antwoord = await handler(verzoek({ wettelijkePlicht: true }));
    expect(beslissingAntwoord.parse(antwoord)).toEqual({
      besluit: 'permit',
      grondslag: 'wettelijke-plicht',
      reden: 'wettelijke-plicht',
    });
    expect(await store.leesLog(IB)).toMatchObject([
      { actie: 'gedeeld', grondslag: 'wettelijke-plicht', bronId: 'v1', van: ORG },
    ]);
  });

  it('refuses a verwijzing without consent and permits it with one, naming the consent', async () => {
    const { handler, deps, klok } = await opzet();
    const zonder = await handler(verzoek({ bronId: 'v2' }));
    const t = await geefToestemming(
      deps,
      IB,
      {
        ontvanger: { gemeente: GEMEENTE },
        categorieen: ['verwijzing'],
        doel: 'verwijzing',
        taal: 'ar',
        tekstversie: 'v1',
      },
      { relatie: 'inburgeraar', sub: IB },
      { actor: { rol: 'inburgeraar' }, correlationId: 'c' },
    );
    if (t instanceof Regelfout) throw new Error('grant refused');
    klok.verzet(1000);
    const met = await handler(verzoek({ bronId: 'v3' }));
    expect(zonder).toEqual({ besluit: 'deny', reden: 'geen-toestemming' });
    expect(met).toEqual({
      besluit: 'permit',
      grondslag: 'toestemming',
      toestemmingId: t.toestemmingId,
      reden: 'toestemming',
    });
  });

  it('refuses a sender that is not the assigned organisation; a repeated call answers the first decision, logged once', async () => {
    const { handler, store } = await opzet();
    const a = await handler(verzoek({ bronId: 'v4', actor: { org: 'humanitas', rol: 'maatschappelijk-begeleider' } }));
    const b = await handler(verzoek({ bronId: 'v4', actor: { org: 'humanitas', rol: 'maatschappelijk-begeleider' } }));
    expect(a).toEqual({ besluit: 'deny', reden: 'afzender-niet-toegewezen' });
    expect(b).toEqual(a);
    expect((await store.leesLog(IB)).filter((e) => e.bronId === 'v4')).toHaveLength(1);
  });

  it('rejects a request outside its contract', async () => {
    const { handler } = await opzet();
    await expect(handler({ inburgeraarId: IB })).rejects.toThrow();
  });
});
