// Kuzu runs a read of a few keys with its per-key file (`read/x-each.kuzu.cypher`, an index
// lookup per key) instead of the batched `UNWIND $ids` statement (a full table scan on Kuzu 0.11).
// Both forms must return the same rows: each per-key file is checked against its batched query on
// the seeded real corpus, once with the keys alone (per key) and once padded with unknown keys past
// the per-key limit (batched).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { CYPHER_DIR } from '../../src/graph/cypher-files.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore, QueryListener, Row } from '../../src/graph/port.js';
import { namedQuery } from '../../src/graph/queries.js';
import { seedCorpus, seedFiles } from '../../src/seed/index.js';

const PER_KEY_FILES = readdirSync(path.join(CYPHER_DIR, 'read'))
  .filter((f) => f.endsWith('-each.kuzu.cypher'))
  .map((f) => `read/${f.replace('-each.kuzu.cypher', '')}`)
  .sort();

/** Above PER_KEY_LIMIT (64) in src/graph/kuzu/engine.ts: unknown keys that match nothing. */
const PADDING = Array.from({ length: 70 }, (_, i) => `no-such-key-${i}`);

const canonical = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('Kuzu per-key reads agree with the batched reads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-per-key-'));
  let store: GraphStore;
  const events: Parameters<QueryListener>[0][] = [];
  let keys: Record<'provision' | 'document' | 'unit', string[]>;

  beforeAll(async () => {
    store = await openGraphStore(loadConfig({ KUZU_PATH: path.join(dir, 'graph.kuzu') }), {
      listener: (e) => events.push(e),
    });
    await seedCorpus(store, await seedFiles(['seed/documents']));
    const read = (name: string, params = {}) => store.read(namedQuery(name), params);
    const documents = (await read('read/documents')).filter((d) => d.referencedOnly !== true);
    const provisions = await read('read/provisions-by-document', {
      ids: documents.map((d) => String(d.id)),
    });
    const all = provisions.map((p) => String(p.id));
    // Provisions others implement, provisions with units, and every 41st (sections, items and
    // tasks of every document).
    const implemented = (await read('read/cascade-step', { ids: all, minScore: 0 })).map((r) =>
      String(r.targetId),
    );
    const assigned = (await read('read/assignments-by-provision', { ids: all })).map((r) =>
      String(r.provisionId),
    );
    const sampled = all.filter((_, i) => i % 41 === 0);
    keys = {
      provision: [
        ...new Set([...new Set(implemented)].slice(0, 8).concat([...new Set(assigned)].slice(0, 8), sampled)),
      ].slice(0, 30),
      document: documents.map((d) => String(d.id)),
      unit: (await read('read/units-workload', { regionPrefix: '', name: '' }))
        .map((u) => String(u.id))
        .slice(0, 10),
    };
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the per-key files', () => {
    expect(PER_KEY_FILES).toContain('read/provisions-by-id');
    expect(PER_KEY_FILES).toContain('read/cascade-step');
    expect(PER_KEY_FILES.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps key order when a read spreads its keys over idle read connections', async () => {
    // 26 keys with four connections idle: three slices (one per 8 keys, the reader's own included).
    expect(keys.provision).toHaveLength(26);
    events.length = 0;
    const rows = await store.read(namedQuery('read/provisions-by-id'), { ids: keys.provision });
    expect(events[0].statements).toBe(26);
    expect(rows.map((r) => r.id)).toEqual([...keys.provision].sort());
  });

  it.each(PER_KEY_FILES)('%s', async (name) => {
    const ids =
      name === 'read/provisions-by-document' || name === 'read/documents-by-id'
        ? keys.document
        : name === 'read/units-by-id'
          ? keys.unit
          : keys.provision;
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.length).toBeLessThanOrEqual(64);
    const extra = name.startsWith('read/cascade-step')
      ? { minScore: 0, regionPrefix: '', regionsAbove: ['000000'] }
      : name === 'read/implemented'
        ? { minScore: 0 }
        : name === 'read/reach-in-documents'
          ? { documentIds: keys.document }
          : {};

    events.length = 0;
    const perKey = await store.read(namedQuery(name), { ids, ...extra });
    expect(events).toEqual([expect.objectContaining({ name, statements: expect.any(Number) })]);
    expect(events[0].statements).toBe(ids.length);

    events.length = 0;
    const batched = await store.read(namedQuery(name), { ids: [...ids, ...PADDING], ...extra });
    expect(events[0].statements).toBeLessThan(ids.length);

    expect(perKey.length).toBeGreaterThan(0);
    expect(canonical(perKey)).toEqual(canonical(batched));
  });
});
