// Maps every error a client can see to one of the API's codes (BAD_USER_INPUT, NOT_FOUND,
// UNAUTHENTICATED, QUERY_TOO_COMPLEX, INTERNAL). Internal details and stack traces stay in the
// server log in production.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { type ErrorCode, isPolicyCascadeError } from '../errors.js';
import { TOO_COMPLEX } from './limits.js';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function apiCodeOf(code: ErrorCode): ApiErrorCode {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'PARSE_FAILED':
    case 'UNSUPPORTED_FORMAT':
    case 'INPUT_TOO_LARGE':
    case 'STORE_NOT_EMPTY':
      return 'BAD_USER_INPUT';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'QUERY_TOO_COMPLEX':
      return 'QUERY_TOO_COMPLEX';
    case 'CONFIG_INVALID':
    case 'STORE_UNAVAILABLE':
    case 'STORE_WRITE_FAILED':
    case 'INTERNAL':
      return 'INTERNAL';
    default: {
      const never: never = code;
      return never;
    }
  }
}

/** Apollo's own request errors: malformed or invalid operations are the client's to fix. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const extensions = formatted.extensions ?? {};
    const keep = (
      code: ApiErrorCode,
      message: string,
      extra: Record<string, unknown> = {},
    ): GraphQLFormattedError => ({
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code,
        ...extra,
        ...(options.production || !extensions.stacktrace ? {} : { stacktrace: extensions.stacktrace }),
      },
    });

    if (isPolicyCascadeError(original)) {
      const code = apiCodeOf(original.code);
      if (code === 'INTERNAL') {
        options.logger.error({ err: original, code: original.code }, 'internal error');
        return keep(code, options.production ? 'Internal server error' : original.message, {
          reason: original.code,
        });
      }
      return keep(code, original.message, {
        reason: original.code,
        ...(original.details ? { details: original.details } : {}),
      });
    }
    if (extensions.limit === TOO_COMPLEX || extensions.code === TOO_COMPLEX) {
      return keep('QUERY_TOO_COMPLEX', formatted.message);
    }
    if (typeof extensions.code === 'string' && CLIENT_CODES.has(extensions.code)) {
      return keep('BAD_USER_INPUT', formatted.message, { reason: extensions.code });
    }
    if (original instanceof Error && original.name === 'ArgumentValidationError') {
      return keep('BAD_USER_INPUT', formatted.message, { reason: 'ARGUMENT_VALIDATION' });
    }
    options.logger.error({ err: original }, 'unexpected error');
    return keep('INTERNAL', options.production ? 'Internal server error' : formatted.message);
  };
}
