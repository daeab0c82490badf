// Stage 3: the project's write path. The seeding service (src/seed) writes every generated document
// with store.writeDocument and then the links with store.replaceLinks, exactly as `npm run seed`
// does after parsing; only the parser is replaced by the generated documents.
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { GraphCounts, GraphStore } from '../../src/graph/port.js';
import type { LinkResult } from '../../src/link/types.js';
import { seedCorpus } from '../../src/seed/index.js';
import { summarize } from './bulk-kuzu.js';
import type { RssSampler } from './memory.js';

export interface SeedStage {
  /** Documents written (writeDocument of every document). */
  writeSeconds: number;
  /** replaceLinks of the whole link result. */
  linksSeconds: number;
  seconds: number;
  provisionsPerSecond: number;
  peakRssMB: number;
  counts: GraphCounts;
  /** Hits of the full-text probe term (bulk-kuzu.ts PROBE_TERM) once seeded. */
  searchHits: number;
}

export async function runSeed(
  store: GraphStore,
  documents: readonly ParsedDocument[],
  links: LinkResult,
  sampler: RssSampler,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedStage> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  sampler.reset();
  const report = await seedCorpus(store, [...byId.keys()], {
    parse: async (id) => {
      const doc = byId.get(id);
      if (!doc) throw new Error(`no generated document ${id}`);
      return doc;
    },
    link: () => links,
    onProgress: (p) => {
      if (p.phase === 'write') onProgress?.(p.done, p.total);
    },
  });
  const peakRssMB = sampler.peakMB();
  const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
  const seconds = (report.ms.write + report.ms.links) / 1000;
  return {
    writeSeconds: report.ms.write / 1000,
    linksSeconds: report.ms.links / 1000,
    seconds,
    provisionsPerSecond: provisions / seconds,
    peakRssMB,
    ...(await summarize(store)),
  };
}
