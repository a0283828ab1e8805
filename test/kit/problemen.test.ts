import { PROBLEEM_TITELS, probleemTitel } from '@wegwijs/contracts';
import {
  BadRequest,
  Conflict,
  DomainRuleViolation,
  Forbidden,
  NotFound,
  PayloadTooLarge,
  toProblem,
  Unauthorized,
  UnsupportedMediaType,
} from '@wegwijs/lambda-kit';
import { describe, expect, it } from 'vitest';

/** Issue 22 item 11: problem details are written in Dutch, the language of the people whose screens show them. */
describe('problem+json titles', () => {
  it('every error class of the kit answers the Dutch title of its status, whatever title it was built with', () => {
    const fouten = [
      new BadRequest('x'),
      new Unauthorized(),
      new Forbidden(),
      new NotFound(),
      new Conflict('x'),
      new DomainRuleViolation('x'),
      new PayloadTooLarge(10),
      new UnsupportedMediaType(),
    ];
    const titels = fouten.map((f) => toProblem(f).title);
    expect(titels).toEqual([
      'Ongeldig verzoek',
      'Niet aangemeld',
      'Geen toegang',
      'Niet gevonden',
      'Conflict met de huidige stand',
      'Niet te verwerken',
      'Te groot',
      'Mediatype niet ondersteund',
    ]);
  });

  it('the default details of the kit are Dutch, and an unexpected error says nothing of itself', () => {
    expect([new Unauthorized(), new Forbidden(), new NotFound()].map((f) => toProblem(f).detail)).toEqual([
      'Een geldig bearer-token is nodig.',
      'Uw rol mag dit niet.',
      'Dit bestaat niet, of u mag het niet zien.',
    ]);
    expect(toProblem(new Error('stack and secrets'))).toEqual({
      type: 'https://wegwijs.nl/problemen/interne-fout',
      title: 'Interne fout',
      status: 500,
      detail: 'Er ging bij ons iets mis. Noem het correlatie-id als u dit meldt.',
    });
  });

  it('a status without its own title gets its class title', () => {
    expect(probleemTitel(418)).toBe(PROBLEEM_TITELS[400]);
    expect(probleemTitel(502)).toBe(PROBLEEM_TITELS[500]);
  });
});
