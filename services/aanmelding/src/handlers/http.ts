import { type DepsBron, httpHandler } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { aanmelden } from './aanmelden';
import { defaultDeps } from './deps';
import { lees, lijst } from './inburgeraar';
import { inburgering, tijdlijn } from './inburgering';
import { verhuizing, verhuizingOntvangen } from './verhuizing';
import { brpInschrijving, uitvoeringsorganisatie, woningtoewijzing } from './wijzigingen';

/** The HTTP API of the aanmelding context (routes in @wegwijs/contracts `AANMELDING_ROUTES`). */
export function createHttpHandler(deps: DepsBron<AanmeldingDeps>) {
  return httpHandler({
    routes: {
      'POST /v1/aanmeldingen': aanmelden(deps),
      'POST /v1/inburgeraars/{id}/woningtoewijzing': woningtoewijzing(deps),
      'POST /v1/inburgeraars/{id}/brp-inschrijving': brpInschrijving(deps),
      'GET /v1/inburgeraars/{id}': lees(deps),
      'GET /v1/inburgeraars': lijst(deps),
      'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': uitvoeringsorganisatie(deps),
      'POST /v1/inburgeraars/{id}/inburgering': inburgering(deps),
      'GET /v1/inburgeraars/{id}/tijdlijn': tijdlijn(deps),
      'POST /v1/inburgeraars/{id}/verhuizing': verhuizing(deps),
      'POST /v1/verhuizingen': verhuizingOntvangen(deps),
    },
    publiek: ['POST /v1/verhuizingen'],
  });
}

export const handler = createHttpHandler(defaultDeps());
