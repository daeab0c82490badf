// The project's typed errors. Callers classify by `code`, never by message text; the API maps
// codes to GraphQL error extensions, the CLIs to exit statuses.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'PARSE_FAILED',
  'UNSUPPORTED_FORMAT',
  'INPUT_TOO_LARGE',
  'CONFIG_INVALID',
  'STORE_UNAVAILABLE',
  'STORE_WRITE_FAILED',
  /** A bulk load asked of a store that already holds ingested documents. */
  'STORE_NOT_EMPTY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class PolicyCascadeError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PolicyCascadeError';
    this.code = code;
    this.details = options.details;
  }
}

export const isPolicyCascadeError = (e: unknown): e is PolicyCascadeError => e instanceof PolicyCascadeError;

export const hasCode = (e: unknown, code: ErrorCode): boolean => isPolicyCascadeError(e) && e.code === code;
