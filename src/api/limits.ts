// Query cost limits: a maximum depth (validation rule) and a maximum estimated complexity
// (checked once the operation and its variables are known). Both fail with QUERY_TOO_COMPLEX
// before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;

/** Marks a limit error so the error formatter can give it its code whatever wrapped it. */
export const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: TOO_COMPLEX, limit: TOO_COMPLEX, http: { status: 400 } } });

/** graphql-depth-limit, with its errors re-issued as QUERY_TOO_COMPLEX (it builds its own GraphQLError). */
export function depthLimitRule(maxDepth = MAX_DEPTH): ValidationRule {
  const rule = depthLimit(maxDepth) as unknown as ValidationRule;
  return (context: ValidationContext) =>
    rule(
      new Proxy(context, {
        get(target, key, receiver) {
          if (key === 'reportError') {
            return (error: GraphQLError) =>
              target.reportError(tooComplex(`Query is too deep: ${error.message}`));
          }
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}

export function complexityPlugin(schema: GraphQLSchema, maxComplexity = MAX_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Missing or mistyped variables: execution refuses the operation with BAD_USER_INPUT
            // before any resolver runs, so there is nothing to limit.
            return;
          }
          if (complexity > maxComplexity) {
            throw tooComplex(
              `Query is too complex: estimated cost ${complexity}, at most ${maxComplexity} allowed`,
            );
          }
        },
      };
    },
  };
}
