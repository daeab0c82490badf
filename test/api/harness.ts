// Test harness of the API: a fresh embedded Kuzu store in a temp dir, the Apollo server built as
// in production, and `execute` running operations in process (no HTTP) with a fresh request
// context, returned too so tests can inspect the round trips the operation cost.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import type { ApiContext } from '../../src/api/context.js';
import { apiDependencies, createApiServer, requestContext } from '../../src/api/server.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** Every field of a coverage answer, the cells and their provisions included (tests compare whole answers). */
export const COVERAGE_SELECTION = `
    document { localId }
    against { localId }
    requirementCount
    coveredCount
    uncovered { localId }
    total { level documents cells covered missing deficitPercent }
    byLevel { level documents cells covered missing deficitPercent }
    byRegion { region { code } documents cells covered missing deficitPercent }
    requirements {
      requirement { localId }
      implementationCount
      byLevel { level count }
      byRegion { region { code } count }
      gaps { localId }
      documents { document { localId } status provisionCount bestScore provisions { localId } }
    }`;

export interface ExecuteResult<T> {
  data: T | null;
  errors: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
  context: ApiContext;
}

export interface ApiHarness {
  config: Config;
  store: GraphStore;
  server: ApolloServer<ApiContext>;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { authorization?: string },
  ): Promise<ExecuteResult<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** What the API sees of the store (a test can hide stored columns from it); the store itself by default. */
  view?: (store: GraphStore) => GraphStore;
}

export async function openApiHarness(
  env: Record<string, string | undefined> = {},
  options: HarnessOptions = {},
): Promise<ApiHarness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-api-'));
  const config = loadConfig({
    GRAPH_ENGINE: 'kuzu',
    KUZU_PATH: path.join(dir, 'graph.kuzu'),
    API_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  const store = await openGraphStore(config);
  const logger = pino({ level: 'silent' });
  const deps = apiDependencies({ config, store: options.view?.(store) ?? store, logger });
  const server = await createApiServer(deps);
  return {
    config,
    store,
    server,
    async execute<T>(
      query: string,
      variables?: Record<string, unknown>,
      options: { authorization?: string } = {},
    ) {
      const context = requestContext(deps, options);
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return {
        data: (data ?? null) as T | null,
        errors: (errors ?? []) as ExecuteResult<T>['errors'],
        context,
      };
    },
    async close() {
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token = TEST_TOKEN) => `Bearer ${token}`;
