// Seeding the real corpus (seed/documents) into embedded Kuzu: everything parsed is written (bulk
// load into the empty store), a second run (document by document) changes nothing, a file that fails to parse leaves the graph untouched, and
// Chinese search finds exactly the provisions that contain every term.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import { namedQuery } from '../../src/graph/queries.js';
import { searchParams, searchTerms } from '../../src/graph/search-terms.js';
import { parseDocumentFile } from '../../src/ingest/index.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { isStoreEmpty, seedCorpus, seedFiles } from '../../src/seed/index.js';
import { dumpGraph } from './dump.js';

describe('seedCorpus on the seed documents (Kuzu)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-seed-'));
  let store: GraphStore;
  let files: string[];
  let documents: ParsedDocument[];

  beforeAll(async () => {
    store = await openGraphStore(loadConfig({ KUZU_PATH: path.join(dir, 'graph.kuzu') }));
    files = await seedFiles(['seed/documents']);
    documents = await Promise.all(files.map((f) => parseDocumentFile(f)));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every parsed document and provision, then the same graph again on a second run', async () => {
    expect(files).toHaveLength(5);
    expect(await isStoreEmpty(store)).toBe(true);
    const phases: string[] = [];
    const started = performance.now();
    const report = await seedCorpus(store, files, { onProgress: (p) => phases.push(p.phase) });
    const seconds = (performance.now() - started) / 1000;
    expect(new Set(phases)).toEqual(new Set(['parse', 'link', 'write', 'links']));
    expect(report.path).toBe('bulk');
    expect(await isStoreEmpty(store)).toBe(false);

    const counts = await store.counts();
    const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
    expect(counts.nodes.Provision).toBe(provisions);
    expect(counts.relationships.HAS_PROVISION).toBe(provisions);
    expect(counts.relationships.SETS_TARGET).toBe(
      documents.reduce((n, d) => n + d.provisions.reduce((m, p) => m + p.targets.length, 0), 0),
    );
    expect(counts.relationships.IMPLEMENTS).toBe(report.links.implementations);
    const ingested = await store.read(namedQuery('admin/ingested-document-count'));
    expect(ingested[0].count).toBe(5);
    console.info(
      `Seeded 5 documents on Kuzu in ${seconds.toFixed(2)} s`,
      JSON.stringify({ ms: report.ms, counts }),
    );

    const before = await dumpGraph(store);
    const again = await seedCorpus(store, files);
    expect(again.path).toBe('incremental');
    expect(await store.counts()).toEqual(counts);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('seeds the same graph document by document as in one bulk load', async () => {
    const other = await openGraphStore(loadConfig({ KUZU_PATH: path.join(dir, 'incremental.kuzu') }));
    try {
      // One document first makes the store non-empty, so the seed takes the incremental path.
      const [first] = files;
      expect((await seedCorpus(other, [first])).path).toBe('bulk');
      const report = await seedCorpus(other, files);
      expect(report.path).toBe('incremental');
      expect(await dumpGraph(other)).toEqual(await dumpGraph(store));
    } finally {
      await other.close();
    }
  });

  it('finds exactly the provisions containing every term of a Chinese query', async () => {
    for (const query of ['行政执法三项制度', '枫桥经验', '综合行政执法', '法治政府建设']) {
      const { terms } = searchTerms(query);
      const expected = documents
        .flatMap((d) => d.provisions)
        .filter((p) => terms.every((t) => p.text.includes(t) || (p.title ?? '').includes(t)))
        .map((p) => p.id)
        .sort();
      const found = (await store.read(namedQuery('read/search'), searchParams(query)))
        .map((r) => r.id)
        .sort();
      expect(expected.length, query).toBeGreaterThan(0);
      expect(found, query).toEqual(expected);
    }
  });

  it('leaves the graph untouched when a file fails to parse', async () => {
    const before = await dumpGraph(store);
    const error = await seedCorpus(store, [...files, path.join(dir, 'missing.txt')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await dumpGraph(store)).toEqual(before);
  });
});
