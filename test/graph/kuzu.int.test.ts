// The GraphStore contract on embedded Kuzu: always runs, one fresh database per store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { graphStoreContract } from './store.contract.js';

describe('GraphStore contract: Kuzu', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-kuzu-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  graphStoreContract(({ faultInjector }) =>
    openGraphStore(loadConfig({ GRAPH_ENGINE: 'kuzu', KUZU_PATH: path.join(dir, `db-${++n}.kuzu`) }), {
      faultInjector,
    }),
  );
});
