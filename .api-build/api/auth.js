// Bearer-token authentication for mutations. The token comes from config (API_TOKEN); without one
// configured, every mutation is refused. Compared in constant time.
import { timingSafeEqual } from 'node:crypto';
import { PolicyCascadeError } from '../errors.js';
export function isAuthorized(apiToken, authorization) {
    if (!apiToken || !authorization)
        return false;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
        return false;
    const given = Buffer.from(match[1], 'utf8');
    const expected = Buffer.from(apiToken, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
}
/** Resolver middleware: refuses the field before its resolver runs unless the caller is authenticated. */
export const RequireToken = async ({ context }, next) => {
    if (!context.authenticated) {
        throw new PolicyCascadeError('UNAUTHENTICATED', context.config.apiToken
            ? 'This mutation needs a valid `Authorization: Bearer <API_TOKEN>` header'
            : 'Mutations are disabled: the server has no API_TOKEN configured');
    }
    return next();
};
//# sourceMappingURL=auth.js.map