/**
 * The `title` of every problem+json answer, per HTTP status, in Dutch: the language of the people whose screens show
 * them (issue 22 item 11). One table, so no context can answer a title of its own in another language.
 */
export const PROBLEEM_TITELS = {
  400: 'Ongeldig verzoek',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict met de huidige stand',
  413: 'Te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Niet te verwerken',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
} as const satisfies Record<number, string>;

/** The Dutch title of a status; a status without its own title gets the title of its class (4xx or 5xx). */
export const probleemTitel = (status: number): string =>
  (PROBLEEM_TITELS as Record<number, string>)[status] ?? (status >= 500 ? PROBLEEM_TITELS[500] : PROBLEEM_TITELS[400]);
