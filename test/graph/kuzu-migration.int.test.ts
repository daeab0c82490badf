// Stores written by earlier releases are brought up to date when they are opened: a store without
// the cascade closure (IMPLEMENTS edges, no REACHES rows) gets the closure built, and one whose
// tables predate a column (Provision.carriers and .cascade, REACHES.documentId) gets the column
// filled; cascade summaries a crash left stale (null) are computed; a region an earlier gazetteer
// named otherwise is rewritten.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { openKuzuEngine } from '../../src/graph/kuzu/engine.js';
import { KuzuConnection, KuzuDatabase } from '../../src/graph/kuzu/module.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { dumpGraph, nodeProperties } from './dump.js';

describe('Kuzu store written by an earlier release', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-migration-'));
  const kuzuPath = path.join(dir, 'graph.kuzu');
  const config = loadConfig({ GRAPH_ENGINE: 'kuzu', KUZU_PATH: kuzuPath });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the fixture corpus with this release; returns the graph it wrote. */
  const writeCorpus = async (prefix: string) => {
    const c = graphCorpus(prefix);
    const store = await openGraphStore(config);
    for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
    const written = await dumpGraph(store);
    await store.close();
    return written;
  };

  /** One statement on a raw connection; its results closed before the database is (Kuzu crashes otherwise). */
  const query = async (conn: InstanceType<typeof KuzuConnection>, text: string) => {
    const result = await conn.query(text);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  };

  /** Runs one named write on the bare engine, as an earlier release or a crash would have left the store. */
  const writeBare = async (query: string) => {
    const engine = await openKuzuEngine({ path: kuzuPath });
    await engine.write((tx) => tx.run(query));
    await engine.close();
  };

  it('builds the REACHES rows from the stored IMPLEMENTS edges at start-up', async () => {
    const written = await writeCorpus('m-');

    await writeBare('write/delete-reaches');

    const reopened = await openGraphStore(config);
    expect((await reopened.counts()).relationships).toMatchObject({ IMPLEMENTS: 3, REACHES: 3 });
    expect(await dumpGraph(reopened)).toEqual(written);
    await reopened.close();
  });

  it("adds and fills the columns added since: provision carriers and cascades, closure rows' documents", async () => {
    const written = await writeCorpus('c-');

    // The tables as the first release created them: no Provision.carriers, .cascade or
    // .servingDocuments, no REACHES.documentId.
    const db = new KuzuDatabase(kuzuPath);
    const conn = new KuzuConnection(db);
    await query(conn, 'ALTER TABLE Provision DROP carriers');
    await query(conn, 'ALTER TABLE Provision DROP cascade');
    await query(conn, 'ALTER TABLE Provision DROP servingDocuments');
    await query(conn, 'ALTER TABLE REACHES DROP documentId');
    await conn.close();
    await db.close();

    const reopened = await openGraphStore(config);
    const dump = await dumpGraph(reopened);
    expect(dump.nodes.filter((n) => n.includes('"carriers":"[['))).not.toHaveLength(0);
    const provisions = dump.nodes.filter((n) => n.startsWith('Provision '));
    expect(provisions).toHaveLength(14);
    expect(provisions.filter((n) => n.includes('"cascade":"{\\"v\\":1,'))).toHaveLength(14);
    expect(provisions.filter((n) => n.includes('"servingDocuments":"['))).toHaveLength(14);
    expect(
      dump.relationships.filter((r) => r.startsWith('REACHES ') && r.includes('"documentId":"c-')),
    ).toHaveLength(3);
    expect(dump).toEqual(written);
    await reopened.close();
  });

  it('computes the cascade summaries a write committed but did not refresh (a crash between them)', async () => {
    const written = await writeCorpus('s-');

    await writeBare('write/clear-cascades');

    const reopened = await openGraphStore(config);
    expect(await dumpGraph(reopened)).toEqual(written);
    await reopened.close();
  });

  it('rewrites a region that an earlier gazetteer named otherwise, and only then serves it as reference data', async () => {
    await writeCorpus('r-');
    const db = new KuzuDatabase(kuzuPath);
    const conn = new KuzuConnection(db);
    await query(conn, "MATCH (g:Region {code: '330600'}) SET g.name = '绍兴府'");
    await conn.close();
    await db.close();

    const reopened = await openGraphStore(config);
    const shaoxing = { code: '330600', name: '绍兴市', level: 'city', parentCode: '330000' };
    expect(await nodeProperties(reopened, 'Region', '330600')).toMatchObject(shaoxing);
    expect(reopened.referenceRegion('330600')).toEqual(shaoxing);
    await reopened.close();
  });
});
