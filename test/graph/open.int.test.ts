// Opening the configured store: a clear STORE_UNAVAILABLE when Neo4j is configured but
// unreachable, and an embedded Kuzu created on first open and reused (migrations idempotent).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { namedQuery } from '../../src/graph/queries.js';
import type { QueryListener } from '../../src/graph/port.js';
import { isStoreEmpty } from '../../src/seed/index.js';

/** The most reads holding a connection at once: each event ends when reported, `ms` after it began. */
function mostAtOnce(events: readonly { at: number; ms: number }[]): number {
  const edges = events.flatMap((e) => [
    [e.at - e.ms, 1],
    [e.at, -1],
  ]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (open += step));
  return most;
}

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

  it('runs as many reads at once as KUZU_READ_CONNECTIONS, and queues the rest', async () => {
    for (const connections of [1, 3]) {
      const config = loadConfig({
        KUZU_PATH: path.join(dir, `pool-${connections}`, 'graph.kuzu'),
        KUZU_READ_CONNECTIONS: String(connections),
      });
      const events: { at: number; ms: number }[] = [];
      const record: QueryListener = (e) => {
        if (e.name === 'read/documents') events.push({ at: performance.now(), ms: e.ms });
      };
      const store = await openGraphStore(config, { listener: record });
      // Started in one turn: every connection is taken before any read can finish.
      await Promise.all(Array.from({ length: 8 }, () => store.read(namedQuery('read/documents'))));
      await store.close();
      expect(events).toHaveLength(8);
      expect(mostAtOnce(events)).toBe(connections);
    }
  });
});
