import { probleemTitel } from '@wegwijs/contracts/problemen';

/** Typed errors that the final error handler turns into RFC 9457 problem+json (titles and details in Dutch). */

export interface FieldError {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** The last segment of the problem type URI, e.g. `toestemming-vereist`. */
    readonly slug: string,
    /** Ignored in the answer: the title is the Dutch one of the status (`PROBLEEM_TITELS`). */
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'HttpError';
  }
}

export class BadRequest extends HttpError {
  constructor(detail: string, errors?: FieldError[]) {
    super(400, 'ongeldig-verzoek', probleemTitel(400), detail, errors);
  }
}

export class Unauthorized extends HttpError {
  constructor(detail = 'Een geldig bearer-token is nodig.') {
    super(401, 'niet-geauthenticeerd', probleemTitel(401), detail);
  }
}

export class Forbidden extends HttpError {
  constructor(detail = 'Uw rol mag dit niet.') {
    super(403, 'geen-toegang', probleemTitel(403), detail);
  }
}

export class NotFound extends HttpError {
  constructor(detail = 'Dit bestaat niet, of u mag het niet zien.') {
    super(404, 'niet-gevonden', probleemTitel(404), detail);
  }
}

export class Conflict extends HttpError {
  constructor(detail: string, slug = 'conflict') {
    super(409, slug, probleemTitel(409), detail);
  }
}

/** Valid JSON that breaks a domain rule. */
export class DomainRuleViolation extends HttpError {
  constructor(detail: string, slug = 'domeinregel', errors?: FieldError[]) {
    super(422, slug, probleemTitel(422), detail, errors);
  }
}

export class PayloadTooLarge extends HttpError {
  constructor(limit: number) {
    super(413, 'te-groot', probleemTitel(413), `De body is groter dan ${limit} bytes.`);
  }
}

export class UnsupportedMediaType extends HttpError {
  constructor() {
    super(415, 'media-type-niet-ondersteund', probleemTitel(415), 'Stuur de body als application/json.');
  }
}
