/** The languages of Mijn Wegwijs: Dutch (B1, the source), English, Arabic, Tigrinya, Dari/Farsi. */
export const TALEN = ['nl', 'en', 'ar', 'ti', 'fa'] as const;
export type Taal = (typeof TALEN)[number];
export const STANDAARD_TAAL: Taal = 'nl';

/** Each language's own name (an endonym), the same in every catalogue: a reader finds their language by its name. */
export const TAALNAMEN: Record<Taal, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  ti: 'ትግርኛ',
  fa: 'دری / فارسی',
};

export const RICHTING: Record<Taal, 'ltr' | 'rtl'> = { nl: 'ltr', en: 'ltr', ar: 'rtl', ti: 'ltr', fa: 'rtl' };

/** The locale for Intl (dates): the Gregorian calendar everywhere, as on every Dutch letter. */
export const INTL_LOCALE: Record<Taal, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar',
  ti: 'ti',
  fa: 'fa-u-ca-gregory',
};

export const isTaal = (t: unknown): t is Taal => typeof t === 'string' && (TALEN as readonly string[]).includes(t);

/** The language of a request: the remembered choice (cookie), else the browser's preference, else Dutch. */
export function kiesTaal(gekozen: string | undefined, acceptLanguage: string | undefined): Taal {
  if (isTaal(gekozen)) return gekozen;
  const voorkeuren = (acceptLanguage ?? '')
    .split(',')
    .map((deel) => {
      const [tag = '', ...params] = deel.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { taal: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((v) => v.taal && v.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { taal } of voorkeuren) {
    if (isTaal(taal)) return taal;
    if (taal === 'prs') return 'fa';
  }
  return STANDAARD_TAAL;
}
