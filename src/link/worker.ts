// Worker thread of `linkCorpusParallel` and `linkDocumentParallel`: receives the corpus in batches,
// builds the same corpus as the sync linker from it, then links the ranges of sources the main
// thread hands it. Pure compute.
import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedDocument } from '../ingest/schema.js';
import { createLinker, type Linker } from './index.js';
import type { WorkerInput, WorkerMessage, WorkerReply } from './parallel.js';

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('src/link/worker.ts runs only as a worker thread');

const documents: ParsedDocument[] = [];
let linker: Linker | null = null;

const start = () => {
  const ancestors = input.ancestors;
  linker = createLinker(documents, {
    config: input.config,
    ancestors: ancestors ? (code) => ancestors[code] ?? [] : undefined,
    similarities: input.similarities,
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
};

port.on('message', (message: WorkerMessage) => {
  if ('documents' in message) {
    for (const d of message.documents) documents.push(d);
    if (documents.length === input.documentCount) start();
    return;
  }
  const reply: WorkerReply = {
    chunk: message.chunk,
    ...linker!.linkRange(message.from, message.to, message.similarities),
  };
  port.postMessage(reply);
});
if (input.documentCount === 0) start();
