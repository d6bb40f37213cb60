import { ERROR_CODES, type ErrorCode } from '@carnet/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};

/** A top-level error the client is meant to read: its code says what happened. */
export class CarnetError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
  }
}

export const unauthenticated = (message = 'Sign in or send a valid token to do this.') =>
  new CarnetError(ERROR_CODES.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new CarnetError(ERROR_CODES.FORBIDDEN, message);
export const notFound = (what = 'This item') =>
  new CarnetError(ERROR_CODES.NOT_FOUND, `${what} does not exist or is not visible to you.`);
export const badUserInput = (message: string, field?: string) =>
  new CarnetError(ERROR_CODES.BAD_USER_INPUT, message, field ? { field } : {});
export const rateLimited = (retryAfterSeconds: number) =>
  new CarnetError(ERROR_CODES.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });

/** Codes of errors that graphql-js, Apollo Server and our armor raise about the request itself: safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const CLIENT_CODES = new Set<string>([...Object.values(ERROR_CODES), ...REQUEST_ERROR_CODES]);

/**
 * Lets the errors meant for clients through, without stack traces outside development, and replaces every
 * other error by INTERNAL_SERVER_ERROR with a correlation id that is also in the log.
 */
export function createErrorFormatter(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ERROR_CODES.INTERNAL_SERVER_ERROR) {
      if (development) return formatted;
      const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const correlationId = randomUUID();
    logger.error({ err: unwrap(error), correlationId, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
