import { loadConfig } from './src/config.js';
import { openGraphStore } from './src/graph/index.js';
import { namedQuery } from './src/graph/queries.js';
const store = await openGraphStore(loadConfig({ KUZU_PATH: process.argv[2] }));
const nodes = await store.read(namedQuery('admin/dump-nodes'));
console.log(JSON.stringify(nodes.filter((n) => n.label === 'Target').map((n) => (n.properties as any).id).sort()));
await store.close();
