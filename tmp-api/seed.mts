import { loadConfig } from '../src/config.js';
import { openGraphStore } from '../src/graph/index.js';
import { seedCorpus, seedFiles } from '../src/seed/index.js';
const store = await openGraphStore(loadConfig({ KUZU_PATH: '/tmp/api-seed/graph.kuzu' }));
const t = performance.now();
const report = await seedCorpus(store, await seedFiles(['seed/documents']));
console.log(JSON.stringify(report, null, 1), Math.round(performance.now() - t));
console.log(JSON.stringify(await store.counts()));
await store.close();
