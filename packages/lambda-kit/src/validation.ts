import type * as z from 'zod/mini';
import { BadRequest, type FieldError } from './errors';

type Issue = z.core.$ZodIssue;

function message(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'must be a date YYYY-MM-DD' : `must be a valid ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${issue.minimum} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${issue.maximum} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be at most ${issue.maximum}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

export function toFieldErrors(issues: readonly Issue[], prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '/',
    message: message(issue),
  }));
}

/** Parses strictly or throws a 400 that names every offending field. */
export function parseOrBadRequest<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  throw new BadRequest(`De ${what} is niet geldig.`, toFieldErrors(result.error.issues, what === 'body' ? '' : what));
}
