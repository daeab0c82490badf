// The engines a benchmark run can use, each with a fresh, empty database per run: Kuzu in a
// temporary directory (always), Neo4j when NEO4J_URI is set (its database is cleared first).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config, type EngineName } from '../../src/config.js';

export interface EngineTarget {
  engine: EngineName;
  config: Config;
  /** Removes what the run created on disk. */
  cleanup(): void;
}

const BASE_ENV = {
  SEED_ON_START: 'false',
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
};

export function kuzuTarget(label: string): EngineTarget {
  const dir = mkdtempSync(path.join(os.tmpdir(), `policy-cascade-bench-${label}-`));
  const config = loadConfig({ ...BASE_ENV, GRAPH_ENGINE: 'kuzu', KUZU_PATH: path.join(dir, 'graph.kuzu') });
  return { engine: 'kuzu', config, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function neo4jTarget(env: Record<string, string | undefined>): EngineTarget | null {
  if (!env.NEO4J_URI) return null;
  const config = loadConfig({
    ...BASE_ENV,
    GRAPH_ENGINE: 'neo4j',
    NEO4J_URI: env.NEO4J_URI,
    NEO4J_USER: env.NEO4J_USER,
    NEO4J_PASSWORD: env.NEO4J_PASSWORD,
    NEO4J_DATABASE: env.NEO4J_DATABASE,
  });
  return { engine: 'neo4j', config, cleanup: () => undefined };
}
