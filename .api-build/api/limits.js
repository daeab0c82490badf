import depthLimit from 'graphql-depth-limit';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;
/** Marks a limit error so the error formatter can give it its code whatever wrapped it. */
export const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
const tooComplex = (message) => new GraphQLError(message, { extensions: { code: TOO_COMPLEX, limit: TOO_COMPLEX, http: { status: 400 } } });
/** graphql-depth-limit, with its errors re-issued as QUERY_TOO_COMPLEX (it builds its own GraphQLError). */
export function depthLimitRule(maxDepth = MAX_DEPTH) {
    const rule = depthLimit(maxDepth);
    return (context) => rule(new Proxy(context, {
        get(target, key, receiver) {
            if (key === 'reportError') {
                return (error) => target.reportError(tooComplex(`Query is too deep: ${error.message}`));
            }
            const value = Reflect.get(target, key, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    }));
}
export function complexityPlugin(schema, maxComplexity = MAX_COMPLEXITY) {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ request, document }) {
                    const complexity = getComplexity({
                        schema,
                        query: document,
                        operationName: request.operationName ?? undefined,
                        variables: request.variables ?? {},
                        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
                    });
                    if (complexity > maxComplexity) {
                        throw tooComplex(`Query is too complex: estimated cost ${complexity}, at most ${maxComplexity} allowed`);
                    }
                },
            };
        },
    };
}
//# sourceMappingURL=limits.js.map