// The GraphQL core: Apollo Server over the type-graphql schema with the API's limits, error
// formatting and request logging. It knows nothing of HTTP; http.ts mounts it, and tests call
// `executeOperation` with a context from `requestContext`.
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { GraphStore } from '../graph/port.js';
import { isAuthorized } from './auth.js';
import { type ApiContext, createContext } from './context.js';
import { CorpusCache } from './corpus-cache.js';
import { createErrorFormatter } from './errors.js';
import { complexityPlugin, depthLimitRule } from './limits.js';
import { buildApiSchema } from './schema.js';

export interface ApiDependencies {
  config: Config;
  store: GraphStore;
  logger: Logger;
  /** Shared by every request to one server (see corpus-cache.ts). */
  corpus: CorpusCache;
}

/** What one server's requests share: the given ones and a CorpusCache over the store. */
export function apiDependencies(deps: Omit<ApiDependencies, 'corpus'>): ApiDependencies {
  return { ...deps, corpus: new CorpusCache(() => deps.store.corpusRevision()) };
}

/** The context of one request; `authorization` is the raw Authorization header, if any. */
export function requestContext(
  deps: ApiDependencies,
  request: { authorization?: string; requestId?: string } = {},
): ApiContext {
  const requestId = request.requestId ?? randomUUID();
  return createContext({
    requestId,
    config: deps.config,
    store: deps.store,
    corpus: deps.corpus,
    logger: deps.logger.child({ requestId }),
    authenticated: isAuthorized(deps.config.apiToken, request.authorization),
  });
}

/** Logs each operation once it is answered: name, round trips to the store, duration, errors. */
const requestLogPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ request, errors }) {
        const trips = contextValue.roundTrips;
        contextValue.logger.info(
          {
            operation: request.operationName ?? null,
            roundTrips: trips.length,
            storeMs: Math.round(trips.reduce((sum, t) => sum + t.ms, 0)),
            ms: Math.round(performance.now() - started),
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL') ?? [],
          },
          'graphql request',
        );
      },
    };
  },
};

export async function createApiServer(deps: ApiDependencies): Promise<ApolloServer<ApiContext>> {
  const schema = await buildApiSchema();
  const server = new ApolloServer<ApiContext>({
    schema,
    validationRules: [depthLimitRule()],
    plugins: [
      complexityPlugin(schema),
      requestLogPlugin,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set and no HTTP cache sits in front, yet the default plugin visits every
      // resolved field: about a sixth of a large cascade's execution time.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: createErrorFormatter({ production: deps.config.production, logger: deps.logger }),
    includeStacktraceInErrorResponses: !deps.config.production,
    introspection: true,
  });
  await server.start();
  return server;
}
