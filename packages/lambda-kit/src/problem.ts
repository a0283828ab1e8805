import { probleemTitel } from '@wegwijs/contracts/problemen';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type FieldError, HttpError } from './errors';

export const PROBLEM_BASE = 'https://wegwijs.nl/problemen/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Turns any error into problem+json. Anything that is not an HttpError is a 500 that reveals nothing of itself. */
export function toProblem(error: unknown, instance?: string): Problem {
  if (error instanceof HttpError) {
    return {
      type: `${PROBLEM_BASE}${error.slug}`,
      title: probleemTitel(error.status),
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(error.errors?.length ? { errors: error.errors } : {}),
    };
  }
  return {
    type: `${PROBLEM_BASE}interne-fout`,
    title: probleemTitel(500),
    status: 500,
    detail: 'Er ging bij ons iets mis. Noem het correlatie-id als u dit meldt.',
    ...(instance ? { instance } : {}),
  };
}

export function problemResponse(
  problem: Problem,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify(problem),
  };
}
