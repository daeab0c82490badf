import { unwrapResolverError } from '@apollo/server/errors';
import { isPolicyCascadeError } from '../errors.js';
import { TOO_COMPLEX } from './limits.js';
export const API_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'INTERNAL'];
export function apiCodeOf(code) {
    switch (code) {
        case 'BAD_USER_INPUT':
        case 'PARSE_FAILED':
        case 'UNSUPPORTED_FORMAT':
        case 'INPUT_TOO_LARGE':
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
            const never = code;
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
export function createErrorFormatter(options) {
    return (formatted, error) => {
        const original = unwrapResolverError(error);
        const extensions = formatted.extensions ?? {};
        const keep = (code, message, extra = {}) => ({
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
                return keep(code, options.production ? 'Internal server error' : original.message, { reason: original.code });
            }
            return keep(code, original.message, { reason: original.code, ...(original.details ? { details: original.details } : {}) });
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
//# sourceMappingURL=errors.js.map