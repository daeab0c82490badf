// A store written before the cascade closure existed (IMPLEMENTS edges, no REACHES rows) gets the
// closure built when it is opened, and only then.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { openKuzuEngine } from '../../src/graph/kuzu/engine.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { dumpGraph } from './dump.js';

describe('Kuzu store without the cascade closure', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-reach-'));
  const kuzuPath = path.join(dir, 'graph.kuzu');
  const config = loadConfig({ GRAPH_ENGINE: 'kuzu', KUZU_PATH: kuzuPath });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the REACHES rows from the stored IMPLEMENTS edges at start-up', async () => {
    const c = graphCorpus('m-');
    const store = await openGraphStore(config);
    for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
    const written = await dumpGraph(store);
    await store.close();

    const engine = await openKuzuEngine({ path: kuzuPath });
    await engine.write((tx) => tx.run('write/delete-reaches'));
    await engine.close();

    const reopened = await openGraphStore(config);
    expect((await reopened.counts()).relationships).toMatchObject({ IMPLEMENTS: 3, REACHES: 3 });
    expect(await dumpGraph(reopened)).toEqual(written);
    await reopened.close();
  });
});
