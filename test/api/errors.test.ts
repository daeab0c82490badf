// Error formatting: every error reaches clients with one of the API's codes; internal details and
// stack traces stay out of production responses.
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { apiCodeOf, createErrorFormatter } from '../../src/api/errors.js';
import { ERROR_CODES, PolicyCascadeError } from '../../src/errors.js';

const logger = pino({ level: 'silent' });
const format = (production: boolean, error: unknown, extensions: Record<string, unknown> = {}) =>
  createErrorFormatter({ production, logger })(
    {
      message: error instanceof Error ? error.message : 'x',
      extensions: { stacktrace: ['at secret.ts:1'], ...extensions },
    },
    error,
  );

describe('error formatting', () => {
  it('maps every PolicyCascadeError code to an API code', () => {
    expect(Object.fromEntries(ERROR_CODES.map((c) => [c, apiCodeOf(c)]))).toEqual({
      BAD_USER_INPUT: 'BAD_USER_INPUT',
      NOT_FOUND: 'NOT_FOUND',
      UNAUTHENTICATED: 'UNAUTHENTICATED',
      QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
      PARSE_FAILED: 'BAD_USER_INPUT',
      UNSUPPORTED_FORMAT: 'BAD_USER_INPUT',
      INPUT_TOO_LARGE: 'BAD_USER_INPUT',
      CONFIG_INVALID: 'INTERNAL',
      STORE_UNAVAILABLE: 'INTERNAL',
      STORE_WRITE_FAILED: 'INTERNAL',
      STORE_NOT_EMPTY: 'BAD_USER_INPUT',
      INTERNAL: 'INTERNAL',
    });
  });

  it('hides internal messages and stack traces in production', () => {
    expect(format(true, new Error('kuzu: table Foo missing at /srv/x'))).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL' },
    });
    const write = format(
      true,
      new PolicyCascadeError('STORE_WRITE_FAILED', 'Writing failed: disk /var/x full'),
    );
    expect(write.message).toBe('Internal server error');
    expect(write.extensions).toEqual({ code: 'INTERNAL', reason: 'STORE_WRITE_FAILED' });
  });

  it('keeps messages and stack traces in development', () => {
    const dev = format(false, new Error('boom'));
    expect(dev.message).toBe('boom');
    expect(dev.extensions).toEqual({ code: 'INTERNAL', stacktrace: ['at secret.ts:1'] });
  });

  it('passes user errors through with their reason and details', () => {
    const parse = format(
      true,
      new PolicyCascadeError('PARSE_FAILED', 'x.txt is not Chinese text', { details: { fileName: 'x.txt' } }),
    );
    expect(parse).toMatchObject({
      message: 'x.txt is not Chinese text',
      extensions: { code: 'BAD_USER_INPUT', reason: 'PARSE_FAILED', details: { fileName: 'x.txt' } },
    });
    expect(
      format(true, new GraphQLError('Cannot query field "nope"'), { code: 'GRAPHQL_VALIDATION_FAILED' })
        .extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});
