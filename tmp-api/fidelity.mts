import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openGraphStore } from '../src/graph/index.js';
import { parseDocumentFile } from '../src/ingest/index.js';
import { linkCorpus } from '../src/link/index.js';
import { seedCorpus, seedFiles } from '../src/seed/index.js';
import { requestContext } from '../src/api/server.js';
import { loadCorpus } from '../src/api/services/corpus.service.js';
const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-'));
const config = loadConfig({ KUZU_PATH: path.join(dir, 'g.kuzu') });
const store = await openGraphStore(config);
const files = await seedFiles(['seed/documents']);
await seedCorpus(store, files);
const original = await Promise.all(files.map((f) => parseDocumentFile(f)));
const ctx = requestContext({ config, store, logger: pino({ level: 'silent' }) });
const rebuilt = await loadCorpus(ctx);
const key = (l: { sourceId: string; targetId: string; score: number }) => `${l.sourceId}>${l.targetId}@${l.score.toFixed(4)}`;
const a = linkCorpus(original); const b = linkCorpus(rebuilt);
const ka = new Set(a.implementations.map(key)); const kb = new Set(b.implementations.map(key));
console.log('impl', ka.size, kb.size, 'onlyOrig', [...ka].filter((k) => !kb.has(k)).slice(0, 5), 'onlyRebuilt', [...kb].filter((k) => !ka.has(k)).slice(0, 5));
console.log('docLinks', a.documentLinks.length, b.documentLinks.length, 'refs', a.referencedDocuments.length, b.referencedDocuments.length, 'sim', a.similarities.length, b.similarities.length);
// field diffs
for (const d of original) {
  const r = rebuilt.find((x) => x.id === d.id)!;
  const strip = (x: any) => JSON.stringify(x);
  for (const k of Object.keys(d) as (keyof typeof d)[]) if (k !== 'provisions' && strip(d[k]) !== strip(r[k])) console.log(d.id, 'field', k, strip(d[k]).slice(0, 200), '|', strip(r[k]).slice(0, 200));
  let n = 0;
  for (const p of d.provisions) {
    const q = r.provisions.find((x) => x.id === p.id)!;
    for (const k of Object.keys(p) as (keyof typeof p)[]) {
      const norm = (v: any) => JSON.stringify(Array.isArray(v) ? [...v].map((x) => JSON.stringify(x)).sort() : v);
      if (norm(p[k]) !== norm(q?.[k])) { if (n++ < 4) console.log(p.id, k, JSON.stringify(p[k]).slice(0, 200), '|', JSON.stringify(q?.[k]).slice(0, 200)); }
    }
  }
  console.log(d.id, 'provision diffs', n);
}
await store.close();
