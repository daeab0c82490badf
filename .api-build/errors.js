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
    'INTERNAL',
];
export class PolicyCascadeError extends Error {
    constructor(code, message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'PolicyCascadeError';
        this.code = code;
        this.details = options.details;
    }
}
export const isPolicyCascadeError = (e) => e instanceof PolicyCascadeError;
export const hasCode = (e, code) => isPolicyCascadeError(e) && e.code === code;
//# sourceMappingURL=errors.js.map