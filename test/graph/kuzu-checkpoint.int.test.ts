// Regression test for a Kuzu 0.11.3 bug: after a checkpoint, a backward `NOT EXISTS { MATCH
// (t)<-[:R]-() }` inside a write transaction misses relationships created earlier in that same
// transaction, so orphan clean-up deleted live targets. Writing with a checkpoint after every
// transaction must keep the graph complete and stable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKuzuEngine } from '../../src/graph/kuzu/engine.js';
import { createGraphStore } from '../../src/graph/store.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { dumpGraph } from './dump.js';

describe('Kuzu writes with a checkpoint after every transaction', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every target, unit and concept across repeated writes', async () => {
    const engine = await openKuzuEngine({ path: path.join(dir, 'graph.kuzu'), checkpointAfterWrite: true });
    const store = createGraphStore(engine);
    await store.migrate();
    const c = graphCorpus('k-');
    const dumps = [];
    for (let run = 0; run < 3; run++) {
      for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
      await store.replaceLinks(c.links);
      const counts = await store.counts();
      expect(counts.nodes).toMatchObject({ Target: 3, Unit: 7, Concept: 3, Provision: 7, Document: 4 });
      expect(counts.relationships).toMatchObject({
        SETS_TARGET: 3,
        ASSIGNED_TO: 5,
        MENTIONS: 7,
        ISSUED_BY: 3,
      });
      dumps.push(await dumpGraph(store));
    }
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
    await store.close();
  });
});
