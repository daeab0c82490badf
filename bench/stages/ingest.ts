// The API's ingest path at scale: what `ingest(input:)` does once the document is parsed
// (src/api/services/ingest.service.ts `ingestParsed`: the stored corpus read back, the document
// linked against it, then written with its links), on the seeded store, in a process of its own
// that serves nothing else (bench/ingest-run.ts). Besides its duration, the longest time the event
// loop was blocked during it: how long any API request arriving meanwhile could wait at worst.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { apiDependencies, requestContext } from '../../src/api/server.js';
import { ingestParsed } from '../../src/api/services/ingest.service.js';
import type { Config } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { startRssSampler } from './memory.js';

export interface IngestOptions {
  config: Config;
  /** Documents already in the store, ingested again (an ingest replaces a document's earlier version). */
  documents: ParsedDocument[];
}

export interface IngestedDocument {
  id: string;
  level: string;
  provisions: number;
  seconds: number;
  /** Links the ingest wrote (those touching the document). */
  implementations: number;
  similarities: number;
  /** Longest stall of the event loop during the ingest (ms). */
  maxEventLoopDelayMs: number;
}

export interface IngestStage {
  documents: IngestedDocument[];
  provisionsPerSecond: number;
  maxEventLoopDelayMs: number;
  /** RSS peak of the ingesting process (sampled; worker threads included). */
  peakRssMB: number;
}

export async function runIngestStage(options: IngestOptions): Promise<IngestStage> {
  const store = await openGraphStore(options.config);
  const sampler = startRssSampler();
  const deps = apiDependencies({ config: options.config, store, logger: pino({ level: 'silent' }) });
  const ctx = () => requestContext(deps);
  try {
    const documents: IngestedDocument[] = [];
    for (const document of options.documents) {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const links = await ingestParsed(ctx(), document);
      const seconds = (performance.now() - started) / 1000;
      delay.disable();
      documents.push({
        id: document.id,
        level: document.level,
        provisions: document.provisions.length,
        seconds,
        implementations: links.implementations.length,
        similarities: links.similarities.length,
        maxEventLoopDelayMs: delay.max / 1e6,
      });
    }
    const provisions = documents.reduce((n, d) => n + d.provisions, 0);
    const seconds = documents.reduce((n, d) => n + d.seconds, 0);
    return {
      documents,
      provisionsPerSecond: seconds > 0 ? provisions / seconds : 0,
      maxEventLoopDelayMs: Math.max(0, ...documents.map((d) => d.maxEventLoopDelayMs)),
      peakRssMB: sampler.peakMB(),
    };
  } finally {
    await sampler.stop();
    await store.close();
  }
}
