// Opening the configured store: a clear STORE_UNAVAILABLE when Neo4j is configured but
// unreachable, and an embedded Kuzu created on first open and reused (migrations idempotent).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { isStoreEmpty } from '../../src/seed/index.js';

describe('openGraphStore', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with STORE_UNAVAILABLE naming the URI when Neo4j is configured but unreachable', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret' });
    expect(config.engine).toBe('neo4j');
    const error = await openGraphStore(config).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('bolt://127.0.0.1:1');
  });

  it('creates the embedded database on first open and reopens it with the same schema', async () => {
    const config = loadConfig({ KUZU_PATH: path.join(dir, 'nested', 'graph.kuzu') });
    const counted: string[] = [];
    const first = await openGraphStore(config, { listener: (e) => counted.push(e.name) });
    expect(first.engine).toBe('kuzu');
    expect(await isStoreEmpty(first)).toBe(true);
    const counts = await first.counts();
    expect(counted).toContain('admin/node-counts');
    await first.close();

    const reopened: string[] = [];
    const second = await openGraphStore(config, { listener: (e) => reopened.push(e.name) });
    expect(await second.counts()).toEqual(counts);
    // The region tree is already there: no region write on the second start.
    expect(reopened).not.toContain('write/regions');
    expect(reopened).not.toContain('schema/002-fulltext');
    await second.close();
  });
});
