import { loadConfig } from './src/config.js';
import { openGraphStore } from './src/graph/index.js';
import { parseDocumentFile } from './src/ingest/index.js';
import { linkCorpus } from './src/link/index.js';
import { seedFiles } from './src/seed/index.js';
const files = await seedFiles(['seed/documents']);
const docs = [];
for (const f of files) docs.push(await parseDocumentFile(f));
const links = linkCorpus(docs);
const store = await openGraphStore(loadConfig({ KUZU_PATH: process.argv[2] }), { listener: process.argv[3] ? (e) => { if (e.name.includes('orphan-targets') || e.name.includes('write/targets')) console.log(e); } : undefined });
for (const d of docs) {
  await store.writeDocument(d, links);
  if (process.argv[4]) console.log(d.id, (await store.counts()).nodes.Target);
}
await store.replaceLinks(links);
console.log('final', (await store.counts()).nodes.Target);
await store.close();
