import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

describe('signaal, consent, verwijzing and warme overdracht over HTTP (Woerden)', () => {
  it('walks from a money-worries signaal to a warm hand-over at afronding', async () => {
    const d = await nieuwDossier(p, '0632', 'vluchtelingenwerk');
    const gister = plusDagen(vandaag(), -1);
    const api = (method: string, path: string, token: string, body?: unknown) =>
      p.api(method, `/v1/inburgeraars/${d.id}${path}`, { token, ...(body === undefined ? {} : { body }) });

    // The begeleider notices money worries behind the front door
    const signaal = await api('POST', '/signalen', d.begeleider, {
      datum: gister,
      soort: 'financiele-zorgen',
      urgentie: 'midden',
      toelichting: 'Achterstand huur',
    });
    expect(signaal.status).toBe(201);

    // Without consent the referral is refused and nothing is sent
    const geweigerd = await api('POST', '/verwijzingen', d.begeleider, {
      naar: 'schuldhulpverlening',
      signaalId: signaal.body.signaalId,
      toelichting: 'Schulden',
    });
    expect(geweigerd.status).toBe(422);
    expect(geweigerd.body.type).toMatch(/toestemming-vereist$/);
    expect((await api('GET', '/verwijzingen', d.begeleider)).body.items).toEqual([]);

    // The begeleider records the inburgeraar's consent, given orally with an interpreter
    const consent = await api('POST', '/toestemmingen', d.begeleider, {
      ontvanger: { gemeente: '0632' },
      categorieen: ['verwijzing', 'signalen'],
      doel: 'verwijzing',
      expliciet: true,
      taal: 'ti',
      tekstversie: 'toestemming-v1',
      vastgelegd: { wijze: 'mondeling-met-tolk', tolk: 'tolk-ti-4' },
    });
    expect(consent.status).toBe(201);
    expect(consent.body.vastgelegd).toMatchObject({ wijze: 'mondeling-met-tolk', tolk: 'tolk-ti-4' });

    // Now the referral goes out, and the partner accepts it
    const verwijzing = await api('POST', '/verwijzingen', d.begeleider, {
      naar: 'schuldhulpverlening',
      signaalId: signaal.body.signaalId,
      toelichting: 'Schulden',
    });
    expect(verwijzing.status).toBe(201);
    // The partner it went to answers it (issue 22 item 10), not any consulent of the gemeente
    const partner = await p.token({
      sub: 'schuldhulp-1',
      rol: 'partner-schuldhulpverlening',
      org: 'schuldhulp-woerden',
      gemeenten: ['0632'],
    });
    const acceptatie = await api('POST', `/verwijzingen/${verwijzing.body.verwijzingId}/acceptatie`, partner, {});
    expect(acceptatie.status).toBe(200);
    const lijst = await api('GET', '/verwijzingen', d.begeleider);
    expect(lijst.body.items).toEqual([
      expect.objectContaining({
        verwijzingId: verwijzing.body.verwijzingId,
        naar: 'schuldhulpverlening',
        status: 'geaccepteerd',
      }),
    ]);

    // Every decision is in the inburgeraar's log, with its grondslag
    await p.settled();
    const log = (await api('GET', '/verwerkingen', d.inburgeraar)).body;
    expect(log.items).toContainEqual(
      expect.objectContaining({
        actie: 'gedeeld',
        categorie: 'verwijzing',
        bronId: verwijzing.body.verwijzingId,
        grondslag: 'toestemming',
      }),
    );
    expect(log.items).toContainEqual(expect.objectContaining({ actie: 'geweigerd', categorie: 'verwijzing' }));
    expect(log.keten.geldig).toBe(true);

    // Veilig Thuis under the Meldcode needs no consent and is logged on wettelijke-plicht
    const veiligThuis = await api('POST', '/verwijzingen', d.begeleider, {
      naar: 'veilig-thuis',
      toelichting: 'Meldcode',
    });
    expect(veiligThuis.status).toBe(201);

    // Warme overdracht at afronding
    const overdracht = await api('POST', '/warme-overdracht', d.begeleider, { naar: 'wijkteam', datum: vandaag() });
    expect(overdracht.status).toBe(201);
    expect(overdracht.body.overgedragen.length + overdracht.body.nietOvergedragen.length).toBeGreaterThan(0);
    const afronding = await api('POST', '/afronding', d.begeleider, { datum: vandaag(), soort: 'warme-overdracht' });
    expect(afronding.status).toBe(200);
    await p.settled();
    const eind = (await api('GET', '/verwerkingen', d.inburgeraar)).body;
    expect(eind.items).toContainEqual(
      expect.objectContaining({
        categorie: 'verwijzing',
        grondslag: 'wettelijke-plicht',
        bronId: veiligThuis.body.verwijzingId,
      }),
    );
  });
});
