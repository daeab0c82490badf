// Stage 5: the GraphQL API under load, against the same store read directly. The server is the
// project's own (src/api/http.ts `serve`) on 127.0.0.1 with a free port; every request stays on the
// loopback interface and every loop is bounded in count and time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { decodeHist } from 'autocannon/lib/histUtil.js';
import pino from 'pino';
import { serve } from '../../src/api/http.js';
import { apiDependencies } from '../../src/api/server.js';
import type { Config } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import type { NamedQuery } from '../../src/graph/queries.js';
import { type HttpClient, startHttpClient } from './http-client.js';
import { latencyStats, type LatencyStats } from './latency.js';

export const API_QUERIES = ['cascade', 'cascadeInProvince', 'coverage', 'search', 'neighborhood'] as const;
export type ApiQueryName = (typeof API_QUERIES)[number];

const MAX_LOAD_SECONDS = 60;
const MIN_RUNS = 3;

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The measured requests. The explorer's neighbourhood request is the analysts' query 12 itself; the
 * others select what a national-scale dashboard shows (counts per level and region, gaps, first page
 * of hits), since the analysts' queries 01/06/09 list every cell and evidence of a five-document corpus.
 */
const QUERY_FILES: Record<ApiQueryName, string> = {
  cascade: 'bench/queries/cascade.graphql',
  cascadeInProvince: 'bench/queries/cascade.graphql',
  coverage: 'bench/queries/coverage.graphql',
  search: 'bench/queries/search.graphql',
  neighborhood: 'graphql/queries/12-neighborhood-central-item-14.graphql',
};

export interface ApiQueryResult {
  query: ApiQueryName;
  /**
   * The query's first request on the freshly started server (ms): nothing kept yet, neither the
   * engine's prepared statements nor the API's corpus-wide reads (src/api/corpus-cache.ts), as
   * after every write.
   */
  firstMs: number;
  /** One client, one request at a time. */
  sequential: LatencyStats;
  /** The same named reads the request made, replayed on the store directly (wave by wave). */
  raw: LatencyStats;
  /** sequential p50 / raw p50. */
  apiVsRaw: number;
  /**
   * The same reads replayed by as many concurrent loops as the load has connections, for as long:
   * what the engine alone answers under that concurrency (milliseconds per replayed request).
   */
  rawLoad: { p50: number; p95: number; p99: number; requestsPerSecond: number };
  /** Engine round trips (the store's QueryListener) for one request, and store.read calls. */
  roundTrips: number;
  storeReads: number;
  /** The engine round trips of one request by named query: calls, rows returned, milliseconds. */
  reads: { name: string; calls: number; rows: number; ms: number }[];
  load: {
    connections: number;
    seconds: number;
    requestsPerSecond: number;
    p50: number;
    p95: number;
    p99: number;
    errors: number;
  };
}

export interface ApiOptions {
  config: Config;
  variables: Record<ApiQueryName, Record<string, unknown>>;
  /** Seconds of autocannon load per query. */
  durationSeconds: number;
  connections: number;
  /** Upper bound on sequential runs (API and raw each), also bounded by durationSeconds. */
  maxRuns: number;
}

interface RecordedRead {
  query: NamedQuery;
  params: Record<string, unknown> | undefined;
  started: number;
  ended: number;
}

interface Recorder {
  /** Reads in flight, so that a phase starts only once the previous one's requests are done. */
  active: number;
  recording: boolean;
  trips: { name: string; rows: number; ms: number }[];
  calls: RecordedRead[];
}

/**
 * The request's reads in waves: reads the API had in flight together (DataLoader batches resolved
 * with Promise.all) form one wave, and a wave starts once the previous one has ended. Replaying wave
 * by wave runs the same Cypher with the same concurrency, minus GraphQL, HTTP and resolvers.
 */
function waves(calls: readonly RecordedRead[]): RecordedRead[][] {
  const out: RecordedRead[][] = [];
  let waveEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.started - b.started)) {
    if (out.length === 0 || call.started >= waveEnd) {
      out.push([call]);
      waveEnd = call.ended;
    } else {
      out[out.length - 1].push(call);
      waveEnd = Math.max(waveEnd, call.ended);
    }
  }
  return out;
}

/** The store as the API sees it, recording the named reads of one request when asked. */
function recordingStore(store: GraphStore, recorder: Recorder): GraphStore {
  return {
    ...store,
    read: async (query, params) => {
      const call: RecordedRead = { query, params, started: performance.now(), ended: Infinity };
      if (recorder.recording) recorder.calls.push(call);
      recorder.active++;
      try {
        return await store.read(query, params);
      } finally {
        recorder.active--;
        call.ended = performance.now();
      }
    },
  };
}

/**
 * Waits until the server has had no read in flight for a while: autocannon stops at its deadline
 * with requests still running on the server, which would otherwise leak into the next measurement.
 */
async function quiesce(recorder: Recorder, maxSeconds = 120): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  let idle = 0;
  while (idle < 5 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    idle = recorder.active === 0 ? idle + 1 : 0;
  }
}

async function replayWaves(store: GraphStore, replay: readonly RecordedRead[][]): Promise<void> {
  for (const wave of replay) await Promise.all(wave.map((c) => store.read(c.query, c.params)));
}

/** `work` as a sample: how long it took, in milliseconds. */
const timed = (work: () => Promise<void>) => async (): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

/** Samples `sample` in `connections` concurrent loops for `seconds`; their latency and throughput. */
async function underLoad(
  sample: () => Promise<number>,
  connections: number,
  seconds: number,
): Promise<ApiQueryResult['rawLoad']> {
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) samples.push(await sample());
    }),
  );
  const { p50, p95, p99 } = latencyStats(samples);
  return { p50, p95, p99, requestsPerSecond: samples.length / ((performance.now() - started) / 1000) };
}

/** Samples `sample` up to `maxRuns` times within `seconds` (at least MIN_RUNS times). */
async function timeBoxed(sample: () => Promise<number>, maxRuns: number, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (samples.length < maxRuns && (samples.length < MIN_RUNS || performance.now() < deadline)) {
    samples.push(await sample());
  }
  return samples;
}

export async function runApiStage(options: ApiOptions): Promise<ApiQueryResult[]> {
  const recorder: Recorder = { active: 0, recording: false, trips: [], calls: [] };
  const store = await openGraphStore(options.config, {
    listener: (event) => {
      if (recorder.recording) recorder.trips.push(event);
    },
  });
  const server = await serve(
    apiDependencies({
      config: options.config,
      store: recordingStore(store, recorder),
      logger: pino({ level: 'error' }, pino.destination(2)),
    }),
    { host: '127.0.0.1', port: 0, explorerDir: path.join(BENCH_DIR, 'no-explorer') },
  );
  const url = `${server.url}/graphql`;
  const results: ApiQueryResult[] = [];
  try {
    for (const name of API_QUERIES) {
      const body = JSON.stringify({
        query: readFileSync(path.join(BENCH_DIR, '..', QUERY_FILES[name]), 'utf8'),
        variables: options.variables[name],
      });
      const client = startHttpClient(name, url, body);
      try {
        results.push(await measure(name, client, store, recorder, options));
      } finally {
        await client.close();
      }
    }
  } finally {
    await server.close();
    await store.close();
  }
  return results;
}

/** One query: its recorded reads, one client's latency, the reads replayed raw, then the load. */
async function measure(
  name: ApiQueryName,
  client: HttpClient,
  store: GraphStore,
  recorder: Recorder,
  options: ApiOptions,
): Promise<ApiQueryResult> {
  await quiesce(recorder);
  const firstMs = await client.post(); // also the warm-up: prepared statements, corpus-wide reads
  recorder.calls = [];
  recorder.trips = [];
  recorder.recording = true;
  await client.post();
  recorder.recording = false;
  const calls = recorder.calls;
  const replay = waves(calls);
  const roundTrips = recorder.trips.length;
  const byName = new Map<string, { name: string; calls: number; rows: number; ms: number }>();
  for (const t of recorder.trips) {
    const entry = byName.get(t.name) ?? { name: t.name, calls: 0, rows: 0, ms: 0 };
    entry.calls++;
    entry.rows += t.rows;
    entry.ms += t.ms;
    byName.set(t.name, entry);
  }

  const replayed = timed(() => replayWaves(store, replay));
  const sequential = latencyStats(await timeBoxed(client.post, options.maxRuns, options.durationSeconds));
  const raw = latencyStats(await timeBoxed(replayed, options.maxRuns, options.durationSeconds));
  // Requests still in flight when autocannon stops are not counted: give slow queries time for
  // a few rounds per connection (bounded at MAX_LOAD_SECONDS).
  const loadSeconds = Math.min(
    MAX_LOAD_SECONDS,
    Math.max(options.durationSeconds, Math.ceil((sequential.p95 * options.connections * 5) / 1000)),
  );
  const load = await client.load({
    connections: options.connections,
    duration: loadSeconds,
    timeout: MAX_LOAD_SECONDS,
  });
  const histogram = decodeHist(load.latencies);
  await quiesce(recorder);
  const rawLoad = await underLoad(replayed, options.connections, loadSeconds);
  return {
    query: name,
    firstMs,
    sequential,
    raw,
    apiVsRaw: raw.p50 > 0 ? sequential.p50 / raw.p50 : 0,
    rawLoad,
    roundTrips,
    storeReads: calls.length,
    reads: [...byName.values()].sort((a, b) => b.ms - a.ms),
    load: {
      connections: options.connections,
      seconds: load.duration,
      requestsPerSecond: load.totalCompletedRequests / Math.max(load.duration, 1e-9),
      p50: histogram?.getValueAtPercentile(50) ?? 0,
      p95: histogram?.getValueAtPercentile(95) ?? 0,
      p99: histogram?.getValueAtPercentile(99) ?? 0,
      errors: load.errors,
    },
  };
}
