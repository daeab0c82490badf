import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { hasCode } from '../src/errors.js';

const invalid = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(hasCode(error, 'CONFIG_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected CONFIG_INVALID');
};

describe('loadConfig', () => {
  it('defaults to embedded Kuzu and switches to Neo4j when NEO4J_URI is set', () => {
    const bare = loadConfig({});
    expect(bare.engine).toBe('kuzu');
    expect(bare.kuzu).toEqual({ path: 'data/kuzu/policy-cascade.kuzu', readConnections: 4 });
    expect(loadConfig({ KUZU_READ_CONNECTIONS: '8' }).kuzu.readConnections).toBe(8);
    expect(bare.http).toEqual({ port: 4000, host: '127.0.0.1' });
    expect(bare.seed).toEqual({ dir: 'seed/documents', onStart: true });
    expect(loadConfig({ NEO4J_URI: 'neo4j://db:7687' }).engine).toBe('neo4j');
    expect(loadConfig({ NEO4J_URI: 'neo4j://db:7687', GRAPH_ENGINE: 'kuzu' }).engine).toBe('kuzu');
  });

  it('names every invalid variable', () => {
    const message = invalid({ PORT: '70000', API_TOKEN: 'short' });
    expect(message).toContain('PORT');
    expect(message).toContain('API_TOKEN must be at least 16 characters');
    expect(invalid({ GRAPH_ENGINE: 'neo4j' })).toContain('GRAPH_ENGINE=neo4j needs NEO4J_URI');
    for (const value of ['0', '1.5', 'many', '65']) {
      expect(invalid({ KUZU_READ_CONNECTIONS: value })).toContain('KUZU_READ_CONNECTIONS');
    }
  });

  it('refuses an in-memory Kuzu database', () => {
    expect(invalid({ KUZU_PATH: ':memory:' })).toContain('in-memory Kuzu databases are not supported');
  });
});
