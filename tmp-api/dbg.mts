import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { openGraphStore } from '../src/graph/index.js';
import { namedQuery } from '../src/graph/queries.js';
import { graphCorpus } from '../test/fixtures/graph/corpus.js';
const dir = mkdtempSync(path.join(os.tmpdir(), 'dbg-'));
const store = await openGraphStore(loadConfig({ KUZU_PATH: path.join(dir, 'g.kuzu') }));
const c = graphCorpus('d-');
for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
await store.replaceLinks(c.links);
const q = async (name: string, params: Record<string, unknown> = {}) => {
  try { console.log(name, JSON.stringify(await store.read(namedQuery(name), params)).slice(0, 600)); } catch (e) { console.log(name, 'ERR', (e as Error).message.slice(0, 300)); }
};
await q('read/similar-by-provision', { ids: ['d-anshan:三、(十)'] });
await q('read/similar-by-provision', { ids: ['d-zhuzhou:一、'] });
for (const arg of process.argv.slice(2)) { const [n, p] = arg.split('|'); await q(n, p ? JSON.parse(p) : {}); }
await store.close();
