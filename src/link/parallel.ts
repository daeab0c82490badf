// `linkCorpusParallel`: the same LinkResult as `linkCorpus`, computed by worker threads (and
// `linkDocumentParallel`, the same as `linkDocument`). Each worker builds the corpus (vectors, IDF,
// indexes) from the documents itself — deterministic, so identical in every worker — then links
// ranges of sources handed out one at a time to whichever worker is free. The main thread only
// merges the ranges in order, as the sync loop would have produced them, and removes SIMILAR_TO
// pairs already found from the other side.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PolicyCascadeError } from '../errors.js';
import type { ParsedDocument } from '../ingest/schema.js';
import { resolveCitations } from './citations.js';
import { DEFAULT_LINK_CONFIG, type LinkConfig } from './config.js';
import { linkCorpus, linkDocument, type LinkOptions } from './index.js';
import { dedupeSimilarities } from './similarity.js';
import { type SourceRange, touchingResult, touchingSources } from './touching.js';
import type { Implementation, LinkResult, Similarity } from './types.js';
import { nextTurn } from '../turns.js';

export interface ParallelLinkOptions extends LinkOptions {
  /** Worker threads; defaults to min(2, available cores). 1 (or a custom tokenizer) links in this thread. */
  workers?: number;
  /** Below this many provisions, link in this thread: starting workers costs more than it saves. */
  minProvisions?: number;
  /** Sources per unit of work handed to a worker. */
  chunkSize?: number;
  /** Old-generation heap limit of each worker, in MB (Node's default otherwise). */
  workerHeapMB?: number;
  /**
   * linkDocumentParallel: sources per worker started. Each worker builds the whole corpus first,
   * so a second one only pays when there are many sources (default 5,000).
   */
  minSourcesPerWorker?: number;
}

/**
 * What a worker is started with (structured-cloned: no functions). The documents follow in
 * batches (`WorkerMessage`): cloning a national corpus at once blocks the sender for seconds.
 */
export interface WorkerInput {
  documentCount: number;
  config: LinkConfig;
  /** The ancestor resolver, evaluated in advance for every region code of the corpus. */
  ancestors: Record<string, readonly string[]> | null;
  similarities: boolean;
}

export interface WorkerRequest {
  chunk: number;
  from: number;
  to: number;
  /** Whether to search the sources' SIMILAR_TO candidates too. */
  similarities: boolean;
}

export type WorkerMessage = { documents: ParsedDocument[] } | WorkerRequest;

export type WorkerReply =
  { ready: true } | { chunk: number; implementations: Implementation[]; similarities: Similarity[] };

/**
 * The worker entry beside this module: compiled `.js`, or (tests, tsx) the `.ts` source, loaded
 * after registering tsx in the worker — Node 20 does not apply `--import` hooks to a worker's entry.
 */
function startWorker(input: WorkerInput, heapMB: number | undefined): Worker {
  const resourceLimits = heapMB ? { maxOldGenerationSizeMb: heapMB } : undefined;
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: input, resourceLimits });
  }
  // tsx's ESM API beside its CommonJS one (the `require` resolution is the one available here).
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(tsxApi).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: input, resourceLimits });
}

/**
 * A document without what linking never reads (the original wording, units, targets, preamble,
 * warnings): each worker holds a copy of the corpus, so this is memory saved per worker.
 */
function linkingView(document: ParsedDocument): ParsedDocument {
  return {
    ...document,
    preamble: null,
    forwardingNotice: null,
    warnings: [],
    provisions: document.provisions.map((p) => ({ ...p, original: '', units: [], targets: [] })),
  };
}

/**
 * Links `documents` like `linkCorpus` (same result, element for element) on worker threads, so a
 * national corpus uses every core. Workers only compute; no I/O.
 */
export async function linkCorpusParallel(
  documents: readonly ParsedDocument[],
  options: ParallelLinkOptions = {},
): Promise<LinkResult> {
  const total = documents.reduce((n, d) => n + d.provisions.length, 0);
  const workers = Math.max(1, Math.min(options.workers ?? Math.min(2, availableParallelism()), total));
  // A tokenizer is code, which cannot be sent to a worker.
  if (workers <= 1 || options.tokenizer || total < (options.minProvisions ?? 4000)) {
    return linkCorpus(documents, options);
  }
  const chunks = chunked([{ from: 0, to: total, similarities: true }], workers, options.chunkSize);
  const results = await linkChunks(documents, chunks, Math.min(workers, chunks.length), options);
  const citations = resolveCitations(documents);
  return {
    implementations: results.flatMap((r) => r.implementations),
    similarities: dedupeSimilarities(results.flatMap((r) => r.similarities)),
    documentLinks: citations.documentLinks,
    referencedDocuments: citations.referencedDocuments,
  };
}

/**
 * `linkDocument` on worker threads: the same links touching one document. Even a single worker
 * is worth it here: on a national corpus the linker's set-up alone takes about half a minute of
 * CPU, which the API's event loop would otherwise spend not answering anyone.
 */
export async function linkDocumentParallel(
  documents: readonly ParsedDocument[],
  documentId: string,
  options: ParallelLinkOptions = {},
): Promise<LinkResult> {
  const total = documents.reduce((n, d) => n + d.provisions.length, 0);
  if (options.tokenizer || total < (options.minProvisions ?? 4000)) {
    return linkDocument(documents, documentId, options);
  }
  const ranges = touchingSources(documents, documentId, options.ancestors);
  const sources = ranges.reduce((n, r) => n + r.to - r.from, 0);
  const workers = Math.max(
    1,
    Math.min(
      options.workers ?? Math.min(2, availableParallelism()),
      Math.ceil(sources / (options.minSourcesPerWorker ?? 5000)),
    ),
  );
  const chunks = chunked(ranges, workers, options.chunkSize);
  const results = await linkChunks(documents, chunks, Math.min(workers, chunks.length), options);
  return touchingResult(documents, documentId, results, resolveCitations(documents));
}

/** Provisions per message of the corpus to the workers: a few tens of milliseconds of cloning each. */
const PROVISIONS_PER_MESSAGE = 5000;

/** Sends the documents (their linking view) in batches, letting the event loop run between them. */
async function sendDocuments(pool: readonly Worker[], documents: readonly ParsedDocument[]): Promise<void> {
  let batch: ParsedDocument[] = [];
  let provisions = 0;
  const flush = async () => {
    for (const worker of pool) worker.postMessage({ documents: batch } satisfies WorkerMessage);
    batch = [];
    provisions = 0;
    await nextTurn();
  };
  for (const document of documents) {
    batch.push(linkingView(document));
    provisions += document.provisions.length;
    if (provisions >= PROVISIONS_PER_MESSAGE) await flush();
  }
  if (batch.length > 0) await flush();
}

/** The ranges cut into numbered chunks, about 16 per worker (at least 64 and at most 2,000 sources). */
function chunked(ranges: readonly SourceRange[], workers: number, chunkSize?: number): WorkerRequest[] {
  const sources = ranges.reduce((n, r) => n + r.to - r.from, 0);
  const size = chunkSize ?? Math.max(64, Math.min(2000, Math.ceil(sources / (workers * 16))));
  const chunks: WorkerRequest[] = [];
  for (const range of ranges) {
    for (let from = range.from; from < range.to; from += size) {
      chunks.push({
        chunk: chunks.length,
        from,
        to: Math.min(range.to, from + size),
        similarities: range.similarities,
      });
    }
  }
  return chunks;
}

/** Hands the chunks to `workers` threads, each holding the corpus, as they come free; results in chunk order. */
async function linkChunks(
  documents: readonly ParsedDocument[],
  chunks: readonly WorkerRequest[],
  workers: number,
  options: ParallelLinkOptions,
): Promise<{ implementations: Implementation[]; similarities: Similarity[] }[]> {
  const resolve = options.ancestors;
  const ancestors = resolve
    ? Object.fromEntries(
        [...new Set(documents.flatMap((d) => (d.region ? [d.region.code] : [])))].map((c) => [c, resolve(c)]),
      )
    : null;
  const input: WorkerInput = {
    documentCount: documents.length,
    config: options.config ?? DEFAULT_LINK_CONFIG,
    ancestors,
    similarities: options.similarities !== false,
  };
  const results: { implementations: Implementation[]; similarities: Similarity[] }[] = [];
  if (chunks.length === 0) return results;
  const pool = Array.from({ length: workers }, () => startWorker(input, options.workerHeapMB));
  try {
    let next = 0;
    const linked = new Promise<void>((resolveAll, reject) => {
      let pending = chunks.length;
      const fail = (cause: unknown) =>
        reject(new PolicyCascadeError('INTERNAL', `Linker worker failed: ${String(cause)}`, { cause }));
      for (const worker of pool) {
        const feed = () => {
          if (next < chunks.length) worker.postMessage(chunks[next++]);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (!('ready' in reply)) {
            results[reply.chunk] = reply;
            if (--pending === 0) resolveAll();
          }
          feed();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (pending > 0) fail(`exited with code ${code}`);
        });
      }
    });
    await Promise.all([sendDocuments(pool, documents), linked]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
