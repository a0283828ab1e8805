import MessageFormat from '@messageformat/core';
import { describe, expect, it } from 'vitest';
import { CATALOGI } from '../src/i18n/catalogi';
import { RICHTING, TALEN } from '../src/i18n/talen';
import { vertaler } from '../src/i18n/vertaler';

const NL = CATALOGI.nl.berichten;
const SLEUTELS = Object.keys(NL).sort();
const placeholders = (tekst: string) => [...tekst.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('has the same keys in all five languages', () => {
    expect(TALEN).toEqual(['nl', 'en', 'ar', 'ti', 'fa']);
    for (const taal of TALEN) expect(Object.keys(CATALOGI[taal].berichten).sort(), taal).toEqual(SLEUTELS);
    expect(SLEUTELS.length).toBeGreaterThan(100);
  });

  it.each(TALEN)('%s: every message parses as ICU MessageFormat and uses the same placeholders as Dutch', (taal) => {
    const mf = new MessageFormat(taal, { strict: true });
    for (const sleutel of SLEUTELS) {
      const tekst = CATALOGI[taal].berichten[sleutel as keyof typeof NL];
      expect(tekst.trim().length, `${taal} ${sleutel}`).toBeGreaterThan(0);
      expect(() => mf.compile(tekst), `${taal} ${sleutel}`).not.toThrow();
      expect(new Set(placeholders(tekst)), `${taal} ${sleutel}`).toEqual(
        new Set(placeholders(NL[sleutel as keyof typeof NL])),
      );
    }
  });

  it('marks every translation as awaiting review; Dutch is the source', () => {
    expect(CATALOGI.nl._status).toBe('vastgesteld');
    for (const taal of TALEN.filter((t) => t !== 'nl')) expect(CATALOGI[taal]._status, taal).toBe('wacht-op-review');
  });

  it('gives the consent text a version per language, each distinct and naming its language', () => {
    const versies = TALEN.map((t) => CATALOGI[t].toestemmingstekst.versie);
    expect(new Set(versies).size).toBe(TALEN.length);
    for (const taal of TALEN) {
      expect(CATALOGI[taal].toestemmingstekst.versie).toMatch(new RegExp(`-${taal}$`));
      expect(CATALOGI[taal].toestemmingstekst.tekst.length).toBeGreaterThan(100);
    }
  });

  it('translates: Dutch, not Dutch elsewhere; Arabic and Farsi right to left', () => {
    const nl = vertaler('nl').t('toestemmingen.titel');
    for (const taal of TALEN.filter((t) => t !== 'nl'))
      expect(vertaler(taal).t('toestemmingen.titel'), taal).not.toBe(nl);
    expect(vertaler('ar').t('toestemmingen.titel')).toMatch(/[\u0600-\u06FF]/);
    expect(vertaler('ti').t('toestemmingen.titel')).toMatch(/[\u1200-\u137F]/);
    expect(RICHTING).toMatchObject({ nl: 'ltr', en: 'ltr', ar: 'rtl', ti: 'ltr', fa: 'rtl' });
  });

  it('formats plurals and dates per language', () => {
    expect(vertaler('nl').t('overzicht.aantal', { aantal: 0 })).toBe('U heeft nu geen toestemming gegeven.');
    expect(vertaler('nl').t('overzicht.aantal', { aantal: 1 })).toBe('U heeft nu 1 toestemming gegeven.');
    expect(vertaler('nl').t('overzicht.aantal', { aantal: 3 })).toBe('U heeft nu 3 toestemmingen gegeven.');
    expect(vertaler('en').t('log.aantal', { aantal: 1 })).toBe('1 line on this page');
    expect(vertaler('ar').t('log.aantal', { aantal: 2 })).toBe('سطران في هذه الصفحة');
    expect(vertaler('nl').datum('2026-11-03')).toBe('3 november 2026');
    expect(vertaler('nl').lijst(['a', 'b', 'c'])).toBe('a, b en c');
    expect(vertaler('en').lijst(['a', 'b'])).toBe('a and b');
    expect(vertaler('en').datum('2026-11-03')).toBe('3 November 2026');
    // Gregorian calendar in Farsi too (as on every Dutch letter), in Persian digits.
    expect(vertaler('fa').datum('2026-11-03')).toContain('۲۰۲۶');
  });
});
