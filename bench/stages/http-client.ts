// The benchmark's HTTP client in a worker thread of its own. A client on the server's thread would
// add its own work to the latency it measures: decoding and parsing a 1 MB answer, and under load
// autocannon's JavaScript HTTP parser reading every response, all on the event loop that serves
// the next request. A client in another process does that work elsewhere; so does this one.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A command's answer from the thread, or the reason it failed (HTTP status, GraphQL errors). */
type Reply = { id: number; ok: boolean; message?: string } & Record<string, unknown>;

export interface LoadResult {
  /** Seconds the load ran, and the requests it completed in them. */
  duration: number;
  totalCompletedRequests: number;
  /** autocannon's latency histogram (ms), encoded. */
  latencies: string;
  errors: number;
}

export interface HttpClient {
  /**
   * One request: milliseconds from sending it to receiving its last byte (its answer is checked
   * after the clock stops); rejects on an HTTP or GraphQL error.
   */
  post(): Promise<number>;
  /** autocannon's concurrent load. */
  load(options: { connections: number; duration: number; timeout: number }): Promise<LoadResult>;
  close(): Promise<void>;
}

const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
const { url, body, name } = workerData;
const headers = { 'content-type': 'application/json' };
async function send() {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const bytes = await response.arrayBuffer();
  const ms = performance.now() - started;
  const json = JSON.parse(new TextDecoder().decode(bytes));
  if (!response.ok || json.errors) {
    const messages = (json.errors || []).map((e) => e.message).join('; ');
    throw new Error(name + ' failed (' + response.status + '): ' + messages);
  }
  return ms;
}
const commands = {
  post: async () => ({ ok: true, ms: await send() }),
  load: async ({ connections, duration, timeout }) => {
    const r = await autocannon({ url, method: 'POST', headers, body, connections, duration, timeout,
      skipAggregateResult: true });
    return { ok: true, duration: r.duration, totalCompletedRequests: r.totalCompletedRequests,
      latencies: r.latencies, errors: r.errors + r.timeouts + r.non2xx };
  },
};
parentPort.on('message', ({ id, cmd, args }) => {
  commands[cmd](args).then(
    (reply) => parentPort.postMessage({ id, ...reply }),
    (error) => parentPort.postMessage({ id, ok: false, message: String(error && error.message || error) }),
  );
});
`;

/** A client that sends `body` to `url` (a GraphQL endpoint) from its own thread. */
export function startHttpClient(name: string, url: string, body: string): HttpClient {
  const autocannon = createRequire(import.meta.url).resolve('autocannon');
  const worker = new Worker(CLIENT, { eval: true, workerData: { url, body, name, autocannon } });
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const fail = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) p?.resolve(reply);
    else p?.reject(new Error(reply.message));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the HTTP client thread exited (${code})`)));
  const call = async <T>(cmd: string, args: object = {}): Promise<T> => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, cmd, args });
    });
    return reply as unknown as T;
  };
  return {
    post: async () => (await call<{ ms: number }>('post')).ms,
    load: (options) => call<LoadResult>('load', options),
    close: async () => {
      await worker.terminate();
    },
  };
}
