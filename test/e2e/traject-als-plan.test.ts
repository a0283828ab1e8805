import type { Schemas, WegwijsClient } from '@wegwijs/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { klant } from '../support/klant';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 12, the two end-to-end walks over HTTP against the running local platform, with the typed client (every answer
// is checked against the OpenAPI document): Den Haag and Groningen, from the aanmelding to the consulent's question
// answered by the begeleider. After each step the gemeente's view (`GET .../voortgang`) holds only what the broker
// permits: the categories on a wettelijke taak, and those the inburgeraar consented to by then.
//
// The plan's steps (issue 12, points 1-3): the opstart begeleider, the opstartfase afspraken planned from the profile
// with one attended and one no-show, the switch to a vaste begeleider (Den Haag) or, after the opstart volunteer,
// waiting for a maatje on the bellijst (Groningen), the begeleidingsplan with goals on two leefgebieden evaluated at the
// 3-month meetmoment (Den Haag; Groningen's profile has no plan: 422).

type Voortgang = Schemas['Voortgang']['items'][number];

interface Stad {
  naam: string;
  cbs: string;
  /** Den Haag: the inburgeraar consents to answers reaching the consulent; Groningen does not. */
  antwoordDelen: boolean;
  /** Whether the profile works with a begeleidingsplan and its meetmomenten (Groningen does not). */
  begeleidingsplan: boolean;
}

const T = (dagen: number) => plusDagen(vandaag(), dagen);
const DATA = {
  koppeling: T(-130),
  woningtoewijzing: T(-110),
  regeldag: T(-105),
  brp: T(-100),
  contact: T(-100),
  bredeIntake: T(-60),
  pip: T(-45),
  opstartfaseAfgerond: T(-40),
  eersteTaalles: T(-30),
  meetmoment: T(-20),
};

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ logLevel: 'WARN' });
}, 60_000);
afterAll(() => p?.stop());

async function loop(stad: Stad) {
  const consulentToken = await p.token({
    sub: `consulent-${stad.cbs}`,
    rol: 'inburgeringsconsulent',
    gemeenten: [stad.cbs],
  });
  const consulent = klant(p, consulentToken);
  const fg = klant(
    p,
    await p.token({ sub: `fg-${stad.cbs}`, rol: 'functionaris-gegevensbescherming', gemeenten: [stad.cbs] }),
  );

  // Aanmelding and woningtoewijzing (the gemeente's own registration).
  const aangemeld = await consulent.POST('/aanmeldingen', {
    body: {
      gemeente: stad.cbs,
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Selam', achternaam: 'Gebre', geboortedatum: '1991-04-12', talen: ['ti'] },
      koppelingsdatum: DATA.koppeling,
    },
  });
  expect(aangemeld.response.status).toBe(201);
  const id = aangemeld.data?.inburgeraarId ?? '';
  const org = aangemeld.data?.uitvoeringsorganisatie ?? '';
  const pad = { params: { path: { id } } };
  const begeleider = klant(
    p,
    await p.token({ sub: `mb-${stad.cbs}`, rol: 'maatschappelijk-begeleider', org, gemeenten: [stad.cbs] }),
  );
  const teamleider = klant(p, await p.token({ sub: `tl-${stad.cbs}`, rol: 'teamleider', org, gemeenten: [stad.cbs] }));
  const zelf = klant(p, await p.token({ sub: id, rol: 'inburgeraar' }));
  expect(
    (await consulent.POST('/inburgeraars/{id}/woningtoewijzing', { ...pad, body: { datum: DATA.woningtoewijzing } }))
      .response.status,
  ).toBe(200);
  expect(
    (await consulent.POST('/inburgeraars/{id}/brp-inschrijving', { ...pad, body: { datum: DATA.brp } })).response
      .status,
  ).toBe(200);

  /** The gemeente's view: only the categories the broker permits by now, and what the step expects to be there. */
  const toegestaan = new Set<string>(['trajectstatus', 'praktische-zaken']);
  const gemeenteZiet = async (): Promise<Voortgang[]> => {
    await p.settled();
    const res = await consulent.GET('/inburgeraars/{id}/voortgang', pad);
    expect(res.response.status).toBe(200);
    const items = res.data?.items ?? [];
    expect(
      items.filter((i) => !toegestaan.has(i.categorie)),
      'outside what the broker permits',
    ).toEqual([]);
    return items;
  };
  await gemeenteZiet();

  // Regeldag and the opstart begeleider.
  const regeldag = await begeleider.POST('/inburgeraars/{id}/regeldag', { ...pad, body: { datum: DATA.regeldag } });
  expect(regeldag.response.status).toBe(201);
  const opstart = await teamleider.POST('/inburgeraars/{id}/begeleiders', {
    ...pad,
    body: {
      begeleiderId: `opstart-${stad.cbs}`,
      rol: 'opstart',
      dienstverband: stad.cbs === '0518' ? 'betaald' : 'vrijwilliger',
      van: DATA.regeldag,
    },
  });
  expect(opstart.response.status).toBe(201);

  // The opstartfase afspraken planned from the profile: the first one attended, the next a no-show.
  await p.settled();
  const afspraken = await begeleider.GET('/inburgeraars/{id}/afspraken', pad);
  const verleden = (afspraken.data?.items ?? []).filter((a) => a.herkomst === 'opstartfase' && a.datum < vandaag());
  expect(verleden.length).toBeGreaterThanOrEqual(2);
  const [eersteAfspraak, tweedeAfspraak] = verleden;
  const verschenen = await begeleider.PUT('/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid', {
    params: { path: { id, afspraakId: eersteAfspraak?.afspraakId ?? '' } },
    body: { status: 'verschenen', tolk: 'telefonisch', duurMinuten: 45 },
  });
  expect(verschenen.data?.status).toBe('verschenen');
  const nietVerschenen = await begeleider.PUT('/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid', {
    params: { path: { id, afspraakId: tweedeAfspraak?.afspraakId ?? '' } },
    body: { status: 'niet-verschenen' },
  });
  expect(nietVerschenen.data?.status).toBe('niet-verschenen');
  await gemeenteZiet();
  expect((await gemeenteZiet()).some((i) => i.categorie === 'praktische-zaken')).toBe(true);

  // The first afspraak took place (a contactmoment): the gemeente does not see it without consent.
  const contact = await begeleider.POST('/inburgeraars/{id}/contactmomenten', {
    ...pad,
    body: { datum: DATA.contact, vorm: 'huisbezoek', duurMinuten: 60 },
  });
  expect(contact.response.status).toBe(201);
  expect((await gemeenteZiet()).map((i) => i.bronId)).not.toContain(contact.data?.contactmomentId);

  // The opstartfase checklist done, the opstartfase closed.
  const gemeenteItem = (item: { uitvoerder?: string }) => item.uitvoerder === 'gemeente';
  for (const item of regeldag.data?.checklist ?? []) {
    const wie = gemeenteItem(item as { uitvoerder?: string }) ? consulent : begeleider;
    const res = await wie.PATCH('/inburgeraars/{id}/regeldag/checklist/{item}', {
      params: { path: { id, item: item.item } },
      body: { status: 'geregeld' },
    });
    expect(res.response.status, item.item).toBe(200);
  }
  const afgerond = await begeleider.POST('/inburgeraars/{id}/opstartfase/afronding', {
    ...pad,
    body: { datum: DATA.opstartfaseAfgerond },
  });
  expect(afgerond.response.status).toBe(200);
  await gemeenteZiet();

  // The inburgeraar consents: the begeleider may attend the brede intake; zelfredzaamheid to the gemeente.
  for (const categorieen of [['brede-intake'], ['zelfredzaamheid']] as const) {
    const t = await zelf.POST('/inburgeraars/{id}/toestemmingen', {
      ...pad,
      body: {
        ontvanger: { gemeente: stad.cbs },
        categorieen: [...categorieen],
        doel: categorieen[0] === 'brede-intake' ? 'brede-intake' : 'regie',
        taal: 'ti',
        tekstversie: 'v1',
      },
    });
    expect(t.response.status).toBe(201);
  }
  toegestaan.add('zelfredzaamheid');

  // The brede intake: planned with the begeleider invited; the broker shares date and invitation with the organisation.
  const gepland = await consulent.POST('/inburgeraars/{id}/inburgering', {
    ...pad,
    body: { soort: 'brede-intake', datum: DATA.bredeIntake, begeleiderUitgenodigd: true },
  });
  expect(gepland.response.status).toBe(200);
  await gemeenteZiet();
  const zichtOrganisatie = await begeleider.GET('/inburgeraars/{id}/tijdlijn', pad);
  expect(zichtOrganisatie.data?.items.find((i) => i.mijlpaal === 'brede-intake')).toMatchObject({
    datum: DATA.bredeIntake,
    begeleiderUitgenodigd: true,
  });
  const gehouden = await consulent.POST('/inburgeraars/{id}/inburgering', {
    ...pad,
    body: { soort: 'brede-intake', datum: DATA.bredeIntake, begeleiderAanwezig: true },
  });
  expect(gehouden.response.status).toBe(200);

  // PIP, leerroute, first language lesson: the gemeente's facts, only dates and the leerroute.
  for (const body of [
    { soort: 'pip-vastgesteld' as const, datum: DATA.pip },
    { soort: 'leerroute' as const, datum: DATA.pip, leerroute: 'b1-route' as const },
    { soort: 'eerste-taalles' as const, datum: DATA.eersteTaalles },
  ]) {
    expect((await consulent.POST('/inburgeraars/{id}/inburgering', { ...pad, body })).response.status).toBe(200);
  }
  await gemeenteZiet();

  // The switch: Den Haag to a vaste begeleider; Groningen on the bellijst while waiting for a maatje.
  if (stad.cbs === '0518') {
    const vast = await teamleider.POST('/inburgeraars/{id}/begeleiders', {
      ...pad,
      body: {
        begeleiderId: `vast-${stad.cbs}`,
        rol: 'vast',
        dienstverband: 'betaald',
        van: DATA.opstartfaseAfgerond,
        reden: 'opstartfase-afgerond',
      },
    });
    expect(vast.response.status).toBe(201);
    const reeks = await begeleider.GET('/inburgeraars/{id}/begeleiders', pad);
    expect(reeks.data?.items.map((t) => t.rol)).toEqual(['opstart', 'vast']);
  } else {
    // The opstart volunteer stops at the end of the opstartfase: waiting for a maatje, on the bellijst meanwhile.
    const einde = await teamleider.POST('/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging', {
      params: { path: { id, toewijzingId: opstart.data?.toewijzingId ?? '' } },
      body: { datum: DATA.opstartfaseAfgerond, reden: 'opstartfase-afgerond' },
    });
    expect(einde.response.status).toBe(200);
    await p.settled();
    const caseload = await teamleider.GET('/begeleiding/caseload', { params: { query: { gemeente: stad.cbs } } });
    expect(caseload.data?.wachtendOpMaatje.map((w) => w.inburgeraarId)).toContain(id);
    const bellijst = await begeleider.GET('/begeleiding/bellijst', { params: { query: { gemeente: stad.cbs } } });
    expect(bellijst.response.status).toBe(200);
    expect(bellijst.data?.items.map((i) => i.inburgeraarId)).toContain(id);
  }

  // The 3-month meetmoment on two leefgebieden: shared under the zelfredzaamheid consent.
  const profiel = await consulent.GET('/gemeenten/{cbs}/profiel', { params: { path: { cbs: stad.cbs } } });
  // The gemeente's model where it has one (Den Haag: VWN's); where the profile names none, two of the report's.
  const model = (profiel.data as { leefgebieden?: string[] } | undefined)?.leefgebieden ?? [];
  const [eerste, tweede] = model.length >= 2 ? model : ['wonen', 'financien'];
  const plan = await begeleider.PUT('/inburgeraars/{id}/begeleidingsplan', {
    ...pad,
    body: {
      datum: DATA.brp,
      leefgebieden: [
        {
          leefgebied: String(eerste),
          doelen: [{ omschrijving: 'Huur en energie op tijd betalen', huiswerk: ['Post sorteren'] }],
        },
        { leefgebied: String(tweede), doelen: [{ omschrijving: 'Zelf een afspraak bij de huisarts maken' }] },
      ],
    },
  });
  if (stad.begeleidingsplan) {
    expect(plan.response.status, JSON.stringify(plan.error)).toBe(200);
    const doelen = (plan.data?.leefgebieden ?? []).flatMap((l) => l.doelen.map((d) => d.doelId));
    expect(doelen).toHaveLength(2);
    const evaluatie = await begeleider.POST('/inburgeraars/{id}/begeleidingsplan/evaluaties', {
      ...pad,
      body: {
        datum: DATA.meetmoment,
        moment: 'meetmoment',
        doelen: doelen.map((doelId, i) => ({ doelId, status: i === 0 ? ('bereikt' as const) : ('bezig' as const) })),
      },
    });
    expect(evaluatie.response.status, JSON.stringify(evaluatie.error)).toBe(201);
  } else {
    expect(plan.response.status).toBe(422);
    expect(plan.error?.type).toMatch(/geen-begeleidingsplan$/);
  }
  const meetmoment = await begeleider.POST('/inburgeraars/{id}/meetmomenten', {
    ...pad,
    body: { datum: DATA.meetmoment, scores: { [String(eerste)]: 2, [String(tweede)]: 4 } },
  });
  const naMeting = await gemeenteZiet();
  if (stad.begeleidingsplan) {
    expect(meetmoment.response.status, JSON.stringify(meetmoment.error)).toBe(201);
    expect(naMeting.find((i) => i.bronId === meetmoment.data?.meetmomentId)).toMatchObject({
      categorie: 'zelfredzaamheid',
      grondslag: 'toestemming',
    });
  } else {
    // Groningen works without a begeleidingsplan (its profile, report 4.2): no meetmoment, nothing to share.
    expect(meetmoment.response.status).toBe(422);
    expect(meetmoment.error?.type).toMatch(/geen-begeleidingsplan$/);
    expect(naMeting.filter((i) => i.categorie === 'zelfredzaamheid')).toEqual([]);
  }

  // The timeline with its gaps: the gemeente sees all of it; the organisation what the broker shared with it.
  const tijdlijn = await consulent.GET('/inburgeraars/{id}/tijdlijn', pad);
  expect(tijdlijn.data?.items.map((i) => [i.mijlpaal, i.datum, i.dagenSindsVorige])).toEqual([
    ['koppeling', DATA.koppeling, undefined],
    ['woningtoewijzing', DATA.woningtoewijzing, 20],
    ['regeldag', DATA.regeldag, 5],
    ['brp-inschrijving', DATA.brp, 5],
    ['brede-intake', DATA.bredeIntake, 40],
    ['pip-vastgesteld', DATA.pip, 15],
    ['leerroute', DATA.pip, 0],
    ['opstartfase-afgerond', DATA.opstartfaseAfgerond, 5],
    ['eerste-taalles', DATA.eersteTaalles, 10],
  ]);
  expect(tijdlijn.data?.dagenTotaal).toBe(100);
  const tijdlijnOrganisatie = await begeleider.GET('/inburgeraars/{id}/tijdlijn', pad);
  expect(tijdlijnOrganisatie.data?.items.map((i) => i.mijlpaal)).toEqual(tijdlijn.data?.items.map((i) => i.mijlpaal));
  expect(tijdlijnOrganisatie.data?.items.find((i) => i.mijlpaal === 'brede-intake')).toMatchObject({
    begeleiderUitgenodigd: true,
    begeleiderAanwezig: true,
  });

  // The consulent's question, answered by the begeleider; the answer reaches the gemeente only with consent.
  if (stad.antwoordDelen) {
    const t = await zelf.POST('/inburgeraars/{id}/toestemmingen', {
      ...pad,
      body: {
        ontvanger: { gemeente: stad.cbs },
        categorieen: ['vraag-antwoord'],
        doel: 'regie',
        taal: 'ti',
        tekstversie: 'v1',
      },
    });
    expect(t.response.status).toBe(201);
    toegestaan.add('vraag-antwoord');
  }
  const vraag = await consulent.POST('/inburgeraars/{id}/vragen', {
    ...pad,
    body: {
      onderwerp: 'school-kinderen',
      vraag: 'De dochter is sinds de herfstvakantie niet op school geweest. Weet u waarom?',
    },
  });
  expect(vraag.response.status).toBe(201);
  const vraagId = vraag.data?.vraagId ?? '';
  const openVoorBegeleider = await begeleider.GET('/inburgeraars/{id}/vragen', pad);
  expect(openVoorBegeleider.data?.items).toEqual([expect.objectContaining({ vraagId, status: 'open' })]);
  const tekst = 'Ze was ziek; vanaf maandag gaat ze weer. We hebben samen met school gebeld.';
  const antwoord = await begeleider.POST('/inburgeraars/{id}/vragen/{vraagId}/antwoord', {
    params: { path: { id, vraagId } },
    body: { antwoord: tekst },
  });
  expect(antwoord.response.status).toBe(201);
  const antwoordId = antwoord.data?.antwoord?.antwoordId;
  const naAntwoord = await gemeenteZiet();
  const gedeeld = naAntwoord.find((i) => i.bronId === antwoordId);
  if (stad.antwoordDelen) expect(gedeeld).toMatchObject({ categorie: 'vraag-antwoord', gegevens: { tekst, vraagId } });
  else expect(gedeeld).toBeUndefined();
  const vragenGemeente = await consulent.GET('/inburgeraars/{id}/vragen', pad);
  expect(vragenGemeente.data?.items[0]).toMatchObject({ vraagId, status: 'beantwoord', antwoord: { antwoordId } });
  expect(vragenGemeente.data?.items[0]?.antwoord?.tekst).toBeUndefined();

  // Everything was processing in the verwerkingenlog: the question, the answer, the gemeente's facts to the organisation.
  const log = await fg.GET('/inburgeraars/{id}/verwerkingen', { params: { path: { id }, query: { limit: '200' } } });
  expect(log.data?.keten.geldig).toBe(true);
  const regels = log.data?.items ?? [];
  expect(regels).toContainEqual(
    expect.objectContaining({
      actie: 'gedeeld',
      categorie: 'consulentvraag',
      bronId: vraagId,
      aan: org,
      grondslag: 'wettelijke-taak',
    }),
  );
  expect(regels).toContainEqual(
    expect.objectContaining({
      actie: stad.antwoordDelen ? 'gedeeld' : 'geweigerd',
      categorie: 'vraag-antwoord',
      bronId: antwoordId,
    }),
  );
  expect(regels).toContainEqual(
    expect.objectContaining({ actie: 'gedeeld', categorie: 'brede-intake', aan: org, grondslag: 'toestemming' }),
  );
  expect(regels.filter((r) => r.categorie === 'inburgering' && r.actie === 'gedeeld').length).toBeGreaterThanOrEqual(4);
  expect(regels).toContainEqual(
    expect.objectContaining({
      actie: 'geweigerd',
      categorie: 'contactmomenten',
      bronId: contact.data?.contactmomentId,
    }),
  );
}

describe('issue 12: the traject as a plan, end to end', () => {
  it("Den Haag: aanmelding to the consulent's question, the answer shared under consent", async () => {
    await loop({ naam: 'Den Haag', cbs: '0518', antwoordDelen: true, begeleidingsplan: true });
  }, 120_000);

  it("Groningen: aanmelding to the consulent's question, the answer withheld without consent", async () => {
    await loop({ naam: 'Groningen', cbs: '0014', antwoordDelen: false, begeleidingsplan: false });
  }, 120_000);

  it('every answer of the walks met the OpenAPI document', () => {
    expect(p.gecontroleerd()).toBeGreaterThan(60);
    expect(p.schendingen()).toEqual([]);
  });
});

export type { WegwijsClient };
