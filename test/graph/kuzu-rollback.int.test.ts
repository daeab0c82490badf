// Regression test for a Kuzu 0.11.3 bug: rolling back a property update of a row that already has
// a committed, not yet checkpointed update leaves the older version's `next` pointing at the
// freed rolled-back version, and the next update of that row follows it (SIGSEGV in
// UpdateInfo::getOrCreateVectorInfo). The executor checkpoints after a rollback, so updating a
// document again and again after failed revisions must neither crash nor change the graph.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKuzuEngine } from '../../src/graph/kuzu/engine.js';
import { createGraphStore } from '../../src/graph/store.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { dumpGraph } from './dump.js';

describe('Kuzu updates after rolled-back updates of the same rows', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-rollback-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps updating a document whose revisions keep failing halfway', async () => {
    const fault: { failAt?: number } = {};
    let step = 0;
    const engine = await openKuzuEngine({ path: path.join(dir, 'graph.kuzu') });
    const store = createGraphStore(engine, {
      faultInjector: () => {
        if (fault.failAt !== undefined && step++ === fault.failAt) throw new Error('injected');
      },
    });
    await store.migrate();
    const c = graphCorpus('rb-');
    for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
    await store.replaceLinks(c.links);
    const before = await dumpGraph(store);
    for (let round = 0; round < 40; round++) {
      // A committed update first, so the rolled-back one is not the oldest version of the row.
      await store.writeDocument({ ...c.city, title: `${c.city.title}(第${round}次)` }, c.links);
      step = 0;
      fault.failAt = 8 + (round % 6);
      await expect(
        store.writeDocument({ ...c.city, title: `${c.city.title}(失败)` }, c.links),
      ).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      fault.failAt = undefined;
    }
    await store.writeDocument(c.city, c.links);
    expect(await dumpGraph(store)).toEqual(before);
    await store.close();
  });
});
