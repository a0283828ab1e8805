import { TOESTEMMING_CATEGORIEEN } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { leesGeefFormulier, perCategorie } from '../src/domain/toestemmingen';
import type { ToestemmingWeergave, Verwerking } from '../src/domain/typen';
import { type Namen, nieuwsteEerst, pagina, partij, zinVoor } from '../src/domain/verwerkingen';
import { kiesTaal } from '../src/i18n/talen';

const CONTEXT = {
  gemeente: '0518',
  vandaag: '2026-11-29',
  tekstversies: { nl: 'toestemming-1-nl', ar: 'toestemming-1-ar' },
};
const GELDIG = {
  categorie: 'zelfredzaamheid',
  ontvanger: 'gemeente',
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'toestemming-1-ar',
};

describe('the grant form', () => {
  it('becomes the API body with the language and text version that were shown', () => {
    expect(leesGeefFormulier(GELDIG, CONTEXT)).toEqual({
      ontvanger: { gemeente: '0518' },
      categorieen: ['zelfredzaamheid'],
      doel: 'regie',
      taal: 'ar',
      tekstversie: 'toestemming-1-ar',
    });
  });

  it('names one role of the gemeente, an end date after today, and explicit consent for signalen', () => {
    const body = leesGeefFormulier(
      {
        ...GELDIG,
        categorie: 'signalen',
        ontvanger: 'rol:inkomensconsulent',
        geldigTot: '2027-01-31',
        expliciet: 'ja',
      },
      CONTEXT,
    );
    expect(body).toMatchObject({
      ontvanger: { gemeente: '0518', rol: 'inkomensconsulent' },
      categorieen: ['signalen'],
      geldigTot: '2027-01-31',
      expliciet: true,
    });
  });

  it('refuses signalen without explicit consent, a past or malformed date, unknown choices, a stale text', () => {
    expect(leesGeefFormulier({ ...GELDIG, categorie: 'signalen' }, CONTEXT)).toBe('expliciet');
    expect(leesGeefFormulier({ ...GELDIG, geldigTot: '2026-11-29' }, CONTEXT)).toBe('datum');
    expect(leesGeefFormulier({ ...GELDIG, geldigTot: '29-11-2027' }, CONTEXT)).toBe('datum');
    expect(leesGeefFormulier({ ...GELDIG, categorie: 'trajectstatus' }, CONTEXT)).toBe('keuze');
    expect(
      leesGeefFormulier({ ...GELDIG, categorie: 'brede-intake', ontvanger: 'rol:inburgeringsconsulent' }, CONTEXT),
    ).toBe('keuze');
    expect(leesGeefFormulier({ ...GELDIG, categorie: 'brede-intake', ontvanger: 'gemeente' }, CONTEXT)).toMatchObject({
      categorieen: ['brede-intake'],
      ontvanger: { gemeente: CONTEXT.gemeente },
    });
    expect(leesGeefFormulier({ ...GELDIG, ontvanger: 'rol:maatschappelijk-begeleider' }, CONTEXT)).toBe('keuze');
    expect(leesGeefFormulier({ ...GELDIG, ontvanger: 'rol:beleidsmedewerker' }, CONTEXT)).toBe('keuze');
    expect(leesGeefFormulier({ ...GELDIG, doel: 'reclame' }, CONTEXT)).toBe('keuze');
    expect(leesGeefFormulier({ ...GELDIG, tekstversie: 'toestemming-0-ar' }, CONTEXT)).toBe('formulier');
    expect(leesGeefFormulier({ ...GELDIG, taal: 'de' }, CONTEXT)).toBe('formulier');
  });
});

const t = (id: string, categorieen: string[], status: ToestemmingWeergave['status'] = 'actief') =>
  ({ toestemmingId: id, status, ontvanger: { gemeente: '0518' }, categorieen, doel: 'regie' }) as ToestemmingWeergave;

describe('consents per categorie', () => {
  it('lists the six consent categories, each with the active consents covering it', () => {
    const groepen = perCategorie([t('a', ['zelfredzaamheid', 'signalen']), t('b', ['zelfredzaamheid'], 'ingetrokken')]);
    expect(groepen.map((g) => g.categorie)).toEqual(TOESTEMMING_CATEGORIEEN);
    expect(groepen.find((g) => g.categorie === 'zelfredzaamheid')?.toestemmingen.map((x) => x.toestemmingId)).toEqual([
      'a',
    ]);
    expect(groepen.find((g) => g.categorie === 'signalen')).toMatchObject({ explicietVereist: true });
    expect(groepen.find((g) => g.categorie === 'verwijzing')?.toestemmingen).toEqual([]);
  });
});

const NAMEN: Namen = {
  organisatie: (id) => ({ vluchtelingenwerk: 'VluchtelingenWerk', 'gemeente-0518': 'Gemeente Den Haag' })[id],
  gemeente: (cbs) => (cbs === '0518' ? 'Gemeente Den Haag' : undefined),
};
const v = (actie: Verwerking['actie'], extra: Partial<Verwerking> = {}): Verwerking => ({
  id: `${actie}-${extra.tijdstip ?? ''}`,
  tijdstip: '2026-11-03T10:00:00Z',
  actie,
  ...extra,
});

describe('the verwerkingenlog as sentences', () => {
  it('names parties by organisation or gemeente (and role), never by a person id', () => {
    expect(partij('vluchtelingenwerk/mb-7', NAMEN, 'ib-1')).toEqual({ soort: 'naam', naam: 'VluchtelingenWerk' });
    expect(partij('0518', NAMEN, 'ib-1')).toEqual({ soort: 'naam', naam: 'Gemeente Den Haag' });
    expect(partij('0518/inburgeringsconsulent/c-9', NAMEN, 'ib-1')).toEqual({
      soort: 'gemeente-rol',
      gemeente: 'Gemeente Den Haag',
      rol: 'inburgeringsconsulent',
    });
    expect(partij('ib-1', NAMEN, 'ib-1')).toEqual({ soort: 'sleutel', sleutel: 'partij.u' });
    expect(partij('onbekend', NAMEN, 'ib-1')).toEqual({ soort: 'sleutel', sleutel: 'partij.begeleider' });
  });

  it('chooses the sentence by action and grondslag, with the date the consent was given', () => {
    const gegeven = new Map([['t-1', '2026-11-01T09:00:00Z']]);
    const zin = (x: Verwerking) => zinVoor(x, NAMEN, 'ib-1', gegeven);
    expect(zin(v('gedeeld', { grondslag: 'toestemming', toestemmingId: 't-1' }))).toMatchObject({
      sleutel: 'log.gedeeld.toestemming',
      gegevenOp: '2026-11-01T09:00:00Z',
    });
    expect(zin(v('gedeeld', { grondslag: 'toestemming', toestemmingId: 't-x' })).sleutel).toBe(
      'log.gedeeld.toestemmingZonderDatum',
    );
    expect(zin(v('gedeeld', { grondslag: 'wettelijke-taak' })).sleutel).toBe('log.gedeeld.wet');
    expect(zin(v('gedeeld', { grondslag: 'wettelijke-plicht' })).sleutel).toBe('log.gedeeld.plicht');
    expect(zin(v('geweigerd')).sleutel).toBe('log.geweigerd');
    expect(zin(v('ingezien')).sleutel).toBe('log.ingezien');
    // One read, several categories (the entry lists them), or one categorie (older entries).
    expect(zin(v('ingezien', { categorieen: ['zelfredzaamheid', 'contactmomenten'] })).categorieen).toEqual([
      'zelfredzaamheid',
      'contactmomenten',
    ]);
    expect(zin(v('gedeeld', { categorie: 'signalen' })).categorieen).toEqual(['signalen']);
    expect(zin(v('toestemming-gegeven')).sleutel).toBe('log.gegeven');
    expect(zin(v('toestemming-ingetrokken')).sleutel).toBe('log.ingetrokken');
    expect(zin(v('verwijderd')).sleutel).toBe('log.verwijderd');
  });

  it('puts the newest first and pages by 20', () => {
    const items = Array.from({ length: 45 }, (_, i) =>
      v('gedeeld', {
        tijdstip: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:${String(i).padStart(2, '0')}Z`,
      }),
    );
    const gesorteerd = nieuwsteEerst(items);
    for (let i = 1; i < gesorteerd.length; i++) {
      expect((gesorteerd[i - 1]?.tijdstip ?? '') >= (gesorteerd[i]?.tijdstip ?? '')).toBe(true);
    }
    expect(pagina(gesorteerd, 1)).toMatchObject({ huidig: 1, aantalPaginas: 3, volgende: 2 });
    expect(pagina(gesorteerd, 3).items).toHaveLength(5);
    expect(pagina(gesorteerd, 3).volgende).toBeUndefined();
    expect(pagina(gesorteerd, 99).huidig).toBe(3);
    expect(pagina([], 1)).toMatchObject({ items: [], huidig: 1, aantalPaginas: 1 });
  });
});

describe('the language of a request', () => {
  it('is the remembered choice, else the browser preference, else Dutch', () => {
    expect(kiesTaal('ar', 'en')).toBe('ar');
    expect(kiesTaal(undefined, 'de-DE,fa;q=0.8,en;q=0.5')).toBe('fa');
    expect(kiesTaal('xx', 'ti-ER')).toBe('ti');
    expect(kiesTaal(undefined, 'prs')).toBe('fa');
    expect(kiesTaal(undefined, undefined)).toBe('nl');
    expect(kiesTaal(undefined, 'de;q=1,fr;q=0')).toBe('nl');
  });
});
