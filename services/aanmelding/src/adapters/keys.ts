/** Key builders of the aanmelding table, used by every adapter. */

export const INDEX_PER_GEMEENTE = 'perGemeente';

export const keys = {
  inburgeraar: (inburgeraarId: string) => ({ pk: `inb#${inburgeraarId}`, sk: 'inburgeraar' }),
  /** GSI keys: the gemeente's inburgeraars, ordered by koppelingsdatum. */
  perGemeente: (gemeente: string, koppelingsdatum: string, inburgeraarId: string) => ({
    gsi1pk: `gemeente#${gemeente}`,
    gsi1sk: `${koppelingsdatum}#${inburgeraarId}`,
  }),
  gemeentePartitie: (gemeente: string) => `gemeente#${gemeente}`,
};

/** Attributes that are storage detail, not part of the record. */
export const OPSLAG_ATTRIBUTEN = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk']);
