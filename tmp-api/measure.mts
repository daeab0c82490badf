import 'reflect-metadata';
import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openGraphStore } from '../src/graph/index.js';
import { seedCorpus, seedFiles } from '../src/seed/index.js';
import { createApiServer, requestContext } from '../src/api/server.js';
const dir = mkdtempSync(path.join(os.tmpdir(), 'measure-'));
const config = loadConfig({ KUZU_PATH: path.join(dir, 'g.kuzu'), LOG_LEVEL: 'silent' });
const store = await openGraphStore(config);
await seedCorpus(store, await seedFiles(['seed/documents']));
const deps = { config, store, logger: pino({ level: 'silent' }) };
const server = await createApiServer(deps);
for (const f of ['01-cascade-central-item-14', '09-central-coverage-deficit', '02-central-items-no-county-implements']) {
  const query = readFileSync(`graphql/queries/${f}.graphql`, 'utf8');
  const times: number[] = []; let trips = 0; let names = '';
  for (let i = 0; i < 21; i++) {
    const ctx = requestContext(deps);
    const t = performance.now();
    const res = await server.executeOperation({ query }, { contextValue: ctx });
    times.push(performance.now() - t);
    if (res.body.kind === 'single' && res.body.singleResult.errors) console.log(res.body.singleResult.errors);
    trips = ctx.roundTrips.length; names = ctx.roundTrips.map((r) => r.name).join(', ');
  }
  const first = times[0]; const warm = times.slice(1).sort((a, b) => a - b);
  console.log(f, `round trips ${trips} [${names}]`, `first ${first.toFixed(0)} ms, warm median ${warm[10].toFixed(0)} ms, p95 ${warm[18].toFixed(0)} ms`);
}
await server.stop(); await store.close();
