// One benchmark run at one corpus size on one engine: generate → link → seed with the project's
// seeding service (its bulk path on the fresh store, then the incremental write path on a sample)
// → the engine's own bulk load of the same rows (baseline) → query through the API. Run by bench/run.ts in a child process
// per size so that each size's peak memory is its own.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Command } from 'commander';
import { toGlobalId } from '../src/api/ids.js';
import type { EngineName } from '../src/config.js';
import { openGraphStore } from '../src/graph/index.js';
import type { GraphCounts } from '../src/graph/port.js';
import type { ParsedDocument } from '../src/ingest/schema.js';
import type { LinkResult } from '../src/link/types.js';
import type { LinkScore } from './corpus/truth.js';
import { runStageChild } from './child.js';
import type { ApiOptions, ApiQueryResult } from './stages/api.js';
import type { IngestOptions, IngestStage } from './stages/ingest.js';
import { runKuzuBulk, type BulkStage } from './stages/bulk-kuzu.js';
import { clearNeo4j, runNeo4jBulk } from './stages/bulk-neo4j.js';
import { buildCorpus } from './stages/corpus.js';
import { kuzuTarget, neo4jTarget, type EngineTarget } from './stages/engines.js';
import { runLinker } from './stages/link.js';
import { kernelPeakRssMB, startRssSampler } from './stages/memory.js';
import { runSeed, type SeedStage } from './stages/seed.js';

export interface SizeOptions {
  sizePercent: number;
  engine: EngineName;
  seed: number;
  durationSeconds: number;
  connections: number;
  maxRuns: number;
  log?: (message: string) => void;
}

export interface SizeResult {
  /** When this size was measured (a run may keep earlier sizes' results, see bench/run.ts). */
  measuredAt: string;
  sizePercent: number;
  engine: EngineName;
  plans: number;
  provisions: number;
  generateSeconds: number;
  link: Omit<LinkScore, 'byLevelPair'> & {
    seconds: number;
    peakRssMB: number;
    byLevelPair: LinkScore['byLevelPair'];
    counts: Record<string, number>;
  };
  seed: SeedStage & { slowestQueries: { name: string; calls: number; seconds: number }[] };
  /** The bulk-loaded graph has the write path's node/relationship counts and full-text hits. */
  bulk: Omit<BulkStage, 'summary'> & { countsMatch: boolean; searchHitsMatch: boolean };
  /** The project's seeding throughput over the engine's raw bulk load (provisions/s), same rows. */
  writeVsBulkRatio: number;
  api: ApiQueryResult[];
  /** The API's ingest path (after parsing) for the last INGEST_SAMPLE plans, on the seeded store. */
  ingest: IngestStage;
  /**
   * Peak RSS up to the end of seeding: generating, linking and seeding the corpus (the target's
   * "seeded and linked"), before the API load and the bulk-load baseline run in the same process.
   */
  seedAndLinkPeakRssMB: number;
  /** The run's V8 heap limit (Node's own unless `--heap-mb` set one; absent before this was kept). */
  heapLimitMB?: number;
  /** Peak RSS of the whole run (kernel high-water mark, else the sampler's). */
  peakRssMB: number;
  totalSeconds: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Plans ingested again through the API's ingest path: at national scale about a minute each. */
export const INGEST_SAMPLE = 3;

/** The API stage in a child process (bench/api-run.ts): a server's heap, not the corpus's. */
const runApiChild = (options: ApiOptions) =>
  runStageChild<ApiOptions, ApiQueryResult[]>(
    'the API stage',
    path.join(HERE, 'api-run.ts'),
    options,
    // NODE_ENV as the Docker image serves the API: graphql-js and express read it from the
    // environment when they load (graphql-js checks every type test in development), which the
    // config's NODE_ENV cannot change.
    { NODE_ENV: options.config.production ? 'production' : 'development' },
  );

/** The ingest stage in a child process (bench/ingest-run.ts), for the same reason. */
const runIngestChild = (options: IngestOptions) =>
  runStageChild<IngestOptions, IngestStage>('the ingest stage', path.join(HERE, 'ingest-run.ts'), options);

const sameCounts = (a: GraphCounts, b: GraphCounts) => JSON.stringify(a) === JSON.stringify(b);

/** The central item with the most IMPLEMENTS edges: the heaviest cascade in the corpus. */
function busiestCentralItem(rootId: string, links: LinkResult): string {
  const incoming = new Map<string, number>();
  for (const i of links.implementations) {
    if (i.targetId.startsWith(`${rootId}:`)) incoming.set(i.targetId, (incoming.get(i.targetId) ?? 0) + 1);
  }
  const [best] = [...incoming.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('the linker wrote no IMPLEMENTS edge to the central document');
  return best[0];
}

/** The province with the most plans in the corpus: where an analyst drills down first. */
function busiestProvince(documents: readonly ParsedDocument[]): string {
  const plans = new Map<string, number>();
  for (const d of documents) {
    const code = d.region?.code;
    if (!code || code === '000000') continue;
    const province = `${code.slice(0, 2)}0000`;
    plans.set(province, (plans.get(province) ?? 0) + 1);
  }
  const [best] = [...plans.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('the corpus has no provincial, city or county plan');
  return best[0];
}

function engineTarget(engine: EngineName, label: string): EngineTarget {
  if (engine === 'kuzu') return kuzuTarget(label);
  const target = neo4jTarget(process.env);
  if (!target) throw new Error('engine neo4j needs NEO4J_URI');
  return target;
}

export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const sampler = startRssSampler();
  const write = engineTarget(options.engine, 'write');
  const bulkTarget = options.engine === 'kuzu' ? kuzuTarget('bulk') : null;
  try {
    const corpus = await buildCorpus({ sizePercent: options.sizePercent, seed: options.seed });
    log(
      `${options.sizePercent}%: ${corpus.plans} plans, ${corpus.provisions} provisions generated in ${corpus.generateSeconds.toFixed(1)} s`,
    );
    const root = corpus.documents[0];

    const link = await runLinker(corpus.documents, corpus.truth, sampler);
    log(
      `linked in ${link.seconds.toFixed(1)} s: precision ${link.score.precision.toFixed(3)}, recall ${link.score.recall.toFixed(3)}`,
    );

    if (options.engine === 'neo4j') await clearNeo4j(write.config);
    const profile = new Map<string, { calls: number; ms: number }>();
    const store = await openGraphStore(write.config, {
      listener: ({ name, ms }) => {
        const entry = profile.get(name) ?? { calls: 0, ms: 0 };
        entry.calls++;
        entry.ms += ms;
        profile.set(name, entry);
      },
    });
    let seed: SeedStage;
    try {
      profile.clear();
      seed = await runSeed(store, corpus.documents, link.links, sampler, (done, total) => {
        if (done % 100 === 0) log(`  writing ${done}/${total}`);
      });
    } finally {
      await store.close();
    }
    const seedAndLinkPeakRssMB = seed.processPeakRssMB;
    log(
      `seeded (${seed.path}) in ${seed.seconds.toFixed(1)} s (${seed.provisionsPerSecond.toFixed(0)} provisions/s); incremental writeDocument of ${seed.incrementalDocuments} documents: ${seed.incrementalProvisionsPerSecond.toFixed(0)} provisions/s`,
    );

    const central = busiestCentralItem(root.id, link.links);
    const api = await runApiChild({
      config: write.config,
      variables: {
        cascade: { from: central },
        cascadeInProvince: { from: central, region: busiestProvince(corpus.documents) },
        coverage: { document: root.id },
        search: { query: '行政执法' },
        neighborhood: { id: toGlobalId('Provision', central) },
      },
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      maxRuns: options.maxRuns,
    });
    for (const q of api) {
      log(
        `  ${q.query}: p95 ${q.load.p95} ms under load, ${q.load.requestsPerSecond.toFixed(1)} req/s, API/raw ${q.apiVsRaw.toFixed(2)}, ${q.roundTrips} round trips`,
      );
    }

    // After the API: an ingest rewrites documents (with the links touching them only).
    const ingest = await runIngestChild({
      config: write.config,
      documents: corpus.documents.slice(-INGEST_SAMPLE),
    });
    log(
      `ingest of ${ingest.documents.length} documents: ${ingest.documents.map((d) => d.seconds.toFixed(1)).join(', ')} s, event loop blocked at most ${ingest.maxEventLoopDelayMs.toFixed(0)} ms`,
    );

    // The bulk path last: on Neo4j it reuses (clears) the database the API was measured on.
    const bulkConfig = bulkTarget?.config ?? write.config;
    const stage =
      options.engine === 'kuzu'
        ? await runKuzuBulk(bulkConfig, corpus.documents, link.links)
        : await runNeo4jBulk(bulkConfig, corpus.documents, link.links);
    const { summary, ...rest } = stage;
    const bulk = {
      ...rest,
      countsMatch: sameCounts(summary.counts, seed.counts),
      searchHitsMatch: summary.searchHits === seed.searchHits,
    };
    log(
      `bulk load in ${stage.loadSeconds.toFixed(1)} s (${stage.provisionsPerSecond.toFixed(0)} provisions/s), counts match: ${bulk.countsMatch}, search hits ${summary.searchHits} vs ${seed.searchHits}`,
    );

    const { byLevelPair, ...score } = link.score;
    return {
      measuredAt: new Date().toISOString(),
      sizePercent: options.sizePercent,
      engine: options.engine,
      plans: corpus.plans,
      provisions: corpus.provisions,
      generateSeconds: corpus.generateSeconds,
      link: { ...score, byLevelPair, seconds: link.seconds, peakRssMB: link.peakRssMB, counts: link.counts },
      seed: {
        ...seed,
        slowestQueries: [...profile.entries()]
          .map(([name, p]) => ({ name, calls: p.calls, seconds: p.ms / 1000 }))
          .sort((a, b) => b.seconds - a.seconds)
          .slice(0, 8),
      },
      bulk,
      writeVsBulkRatio: seed.provisionsPerSecond / bulk.provisionsPerSecond,
      api,
      ingest,
      seedAndLinkPeakRssMB,
      heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
      peakRssMB: kernelPeakRssMB() ?? sampler.peakMB(),
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await sampler.stop();
    write.cleanup();
    bulkTarget?.cleanup();
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const program = new Command()
    .requiredOption('--size <percent>', 'corpus size in percent', Number)
    .requiredOption('--engine <name>', 'kuzu or neo4j')
    .requiredOption('--out <file>', 'where to write the JSON result')
    .option('--seed <n>', 'corpus seed', Number, 20260101)
    .option('--duration <s>', 'seconds of load per query', Number, 10)
    .option('--connections <n>', 'concurrent connections', Number, 4)
    .option('--max-runs <n>', 'sequential runs per query', Number, 50)
    .parse();
  const o = program.opts<{
    size: number;
    engine: EngineName;
    out: string;
    seed: number;
    duration: number;
    connections: number;
    maxRuns: number;
  }>();
  runSize({
    sizePercent: o.size,
    engine: o.engine,
    seed: o.seed,
    durationSeconds: o.duration,
    connections: o.connections,
    maxRuns: o.maxRuns,
    log: (m) => console.error(`[bench ${o.engine} ${o.size}%] ${m}`),
  }).then(
    (result) => writeFileSync(o.out, JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
