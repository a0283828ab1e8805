/** Typed errors that the final error handler turns into RFC 9457 problem+json. */

export interface FieldError {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** The last segment of the problem type URI, e.g. `toestemming-vereist`. */
    readonly slug: string,
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
    super(400, 'ongeldig-verzoek', 'Bad request', detail, errors);
  }
}

export class Unauthorized extends HttpError {
  constructor(detail = 'A valid bearer token is required.') {
    super(401, 'niet-geauthenticeerd', 'Unauthorized', detail);
  }
}

export class Forbidden extends HttpError {
  constructor(detail = 'Your role may not do this.') {
    super(403, 'geen-toegang', 'Forbidden', detail);
  }
}

export class NotFound extends HttpError {
  constructor(detail = 'The resource does not exist or is not yours to see.') {
    super(404, 'niet-gevonden', 'Not found', detail);
  }
}

export class Conflict extends HttpError {
  constructor(detail: string, slug = 'conflict') {
    super(409, slug, 'Conflict', detail);
  }
}

/** Valid JSON that breaks a domain rule. */
export class DomainRuleViolation extends HttpError {
  constructor(detail: string, slug = 'domeinregel', errors?: FieldError[]) {
    super(422, slug, 'Unprocessable content', detail, errors);
  }
}

export class PayloadTooLarge extends HttpError {
  constructor(limit: number) {
    super(413, 'te-groot', 'Content too large', `The body exceeds ${limit} bytes.`);
  }
}

export class UnsupportedMediaType extends HttpError {
  constructor() {
    super(415, 'media-type-niet-ondersteund', 'Unsupported media type', 'Send the body as application/json.');
  }
}
