// Configuration, read from the environment once at start-up and validated with zod.
// Every other module receives the parsed `Config`; none reads process.env itself.
import path from 'node:path';
import { z } from 'zod';
import { PolicyCascadeError } from './errors.js';

/**
 * Kuzu connections serving reads at once. Two held the benchmark's four concurrent clients to two
 * statements in flight; with four, keyed lookups under four loops ran about a third faster
 * (docs/BENCHMARKS.md, section 3). Each connection costs little beyond its prepared statements.
 */
export const DEFAULT_KUZU_READ_CONNECTIONS = 4;

const ConfigSchema = z
  .object({
    GRAPH_ENGINE: z.enum(['kuzu', 'neo4j']).optional(),
    KUZU_PATH: z
      .string()
      .min(1)
      .refine((p) => p !== ':memory:', {
        // Kuzu 0.11.3 cannot clear a rolled-back update in memory (see src/graph/kuzu/engine.ts),
        // so a failed ingest would corrupt later writes; a file in a temp directory serves instead.
        message: 'KUZU_PATH must be a file path; in-memory Kuzu databases are not supported',
      })
      .default(path.join('data', 'kuzu', 'policy-cascade.kuzu')),
    KUZU_READ_CONNECTIONS: z.coerce.number().int().min(1).max(64).default(DEFAULT_KUZU_READ_CONNECTIONS),
    NEO4J_URI: z.string().min(1).optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default('policy-cascade'),
    NEO4J_DATABASE: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    API_TOKEN: z.string().min(16, 'API_TOKEN must be at least 16 characters').optional(),
    SEED_DIR: z.string().min(1).default('seed/documents'),
    SEED_ON_START: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .transform((env) => ({
    engine: env.GRAPH_ENGINE ?? (env.NEO4J_URI ? 'neo4j' : 'kuzu'),
    kuzu: { path: env.KUZU_PATH, readConnections: env.KUZU_READ_CONNECTIONS },
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    },
    http: { port: env.PORT, host: env.HOST },
    apiToken: env.API_TOKEN,
    seed: { dir: env.SEED_DIR, onStart: env.SEED_ON_START },
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL,
  }))
  .superRefine((c, ctx) => {
    if (c.engine === 'neo4j' && !c.neo4j.uri) {
      ctx.addIssue({ code: 'custom', message: 'GRAPH_ENGINE=neo4j needs NEO4J_URI', path: ['NEO4J_URI'] });
    }
  });

export type Config = z.output<typeof ConfigSchema>;
export type EngineName = Config['engine'];

/** Validates an environment (normally `process.env`) into a Config, or throws CONFIG_INVALID. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
    throw new PolicyCascadeError('CONFIG_INVALID', `Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
