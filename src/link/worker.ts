// Worker thread of `linkCorpusParallel`: builds the same corpus as the sync linker from the
// documents it is given, then links the ranges of sources the main thread hands it. Pure compute.
import { parentPort, workerData } from 'node:worker_threads';
import { createLinker } from './index.js';
import type { WorkerInput, WorkerReply, WorkerRequest } from './parallel.js';

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('src/link/worker.ts runs only as a worker thread');

const ancestors = input.ancestors;
const linker = createLinker(input.documents, {
  config: input.config,
  ancestors: ancestors ? (code) => ancestors[code] ?? [] : undefined,
  similarities: input.similarities,
});
port.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { chunk: request.chunk, ...linker.linkRange(request.from, request.to) };
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
