// Stage 3: the project's seeding, exactly as `npm run seed` runs it after parsing (only the parser
// is replaced by the generated documents): into the fresh store it takes the bulk path
// (store.loadCorpus). The incremental write path (ingesting one document into the full graph)
// stays measured too: the last INCREMENTAL_SAMPLE documents (county plans) written again one by one
// with store.writeDocument once the corpus is in, which leaves the same graph (writes are idempotent).
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { GraphCounts, GraphStore } from '../../src/graph/port.js';
import type { LinkResult } from '../../src/link/types.js';
import { seedCorpus, type SeedPath } from '../../src/seed/index.js';
import { summarize } from './bulk-kuzu.js';
import { kernelPeakRssMB, type RssSampler } from './memory.js';

export const INCREMENTAL_SAMPLE = 10;

export interface SeedStage {
  /** Which way the seeding service wrote the corpus (bulk into a fresh store). */
  path: SeedPath;
  /** The documents: one bulk load, or writeDocument of each. */
  writeSeconds: number;
  /** replaceLinks of the whole link result (0 on the bulk path: the load holds the links). */
  linksSeconds: number;
  seconds: number;
  provisionsPerSecond: number;
  /** RSS peak while seeding (sampled). */
  peakRssMB: number;
  /** The process's peak (kernel VmHWM) when seeding ends: over generation, linking and seeding. */
  processPeakRssMB: number;
  counts: GraphCounts;
  /** Writing the sample's documents again one by one with writeDocument (the incremental path). */
  incrementalDocuments: number;
  incrementalSeconds: number;
  incrementalProvisionsPerSecond: number;
  /** RSS peak while writing the sample (sampled), in the process that holds the whole corpus. */
  incrementalPeakRssMB: number;
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
  // Read before the incremental sample: the process's peak over generation, linking and seeding.
  const processPeakRssMB = kernelPeakRssMB() ?? peakRssMB;
  const summary = await summarize(store);
  const sample = documents.slice(-INCREMENTAL_SAMPLE);
  sampler.reset();
  const incrementalStarted = performance.now();
  for (const doc of sample) await store.writeDocument(doc, links);
  const incrementalSeconds = (performance.now() - incrementalStarted) / 1000;
  const incrementalPeakRssMB = sampler.peakMB();
  const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
  const seconds = (report.ms.write + report.ms.links) / 1000;
  const sampleProvisions = sample.reduce((n, d) => n + d.provisions.length, 0);
  return {
    path: report.path,
    incrementalDocuments: sample.length,
    incrementalSeconds,
    incrementalProvisionsPerSecond: sampleProvisions / incrementalSeconds,
    incrementalPeakRssMB,
    writeSeconds: report.ms.write / 1000,
    linksSeconds: report.ms.links / 1000,
    seconds,
    provisionsPerSecond: provisions / seconds,
    peakRssMB,
    processPeakRssMB,
    ...summary,
  };
}
