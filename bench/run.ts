// `npm run bench`: for each available engine and corpus size, one child process runs the whole
// pipeline (bench/size-run.ts); the results go to bench/results/ (by-size.json, latest.json for the
// national size), the plot to bench/results/cost-vs-size.png, the tables into docs/BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { runJsonChild } from './child.js';
import type { EngineName } from '../src/config.js';
import { costSvg, renderPng } from './report/plot.js';
import { resultsSection, updateMarkdown } from './report/markdown.js';
import { describeMachine, writeResults, type RunResults } from './report/results.js';
import type { SizeResult } from './size-run.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.join(HERE, 'results');
const DOC = path.resolve(HERE, '../docs/BENCHMARKS.md');
const PLOT = path.join(RESULTS_DIR, 'cost-vs-size.png');

interface Options {
  sizes: number[];
  engines: EngineName[];
  duration: number;
  connections: number;
  maxRuns: number;
  seed: number;
  heapMb?: number;
  fresh: boolean;
  reportOnly: boolean;
}

const list =
  <T>(parse: (s: string) => T) =>
  (value: string) =>
    value.split(',').map((s) => parse(s.trim()));

function runChild(size: number, engine: EngineName, o: Options): Promise<SizeResult> {
  return runJsonChild<SizeResult>(`bench at ${size}% on ${engine}`, (_dir, out) => [
    ...process.execArgv,
    // By default the V8 heap limit `npm run seed` and `npm start` get: a larger one lets the heap
    // grow to four times its live size between major collections, which the peak then measures.
    ...(o.heapMb === undefined ? [] : [`--max-old-space-size=${o.heapMb}`]),
    path.join(HERE, 'size-run.ts'),
    ...['--size', String(size), '--engine', engine, '--out', out, '--seed', String(o.seed)],
    ...[
      '--duration',
      String(o.duration),
      '--connections',
      String(o.connections),
      '--max-runs',
      String(o.maxRuns),
    ],
  ]);
}

/** Earlier results for the sizes and engines this run does not measure again. */
function keptResults(o: Options): SizeResult[] {
  const file = path.join(RESULTS_DIR, 'by-size.json');
  if (o.fresh || !existsSync(file)) return [];
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as RunResults;
  return earlier.results.filter((r) => !(o.sizes.includes(r.sizePercent) && o.engines.includes(r.engine)));
}

async function main() {
  const program = new Command()
    .name('bench')
    .description('Seeding, linking and query benchmarks on the synthetic national corpus')
    .option('--sizes <list>', 'corpus sizes in percent', list(Number), [1, 10, 100])
    .option('--engines <list>', 'engines: kuzu, neo4j (neo4j only when NEO4J_URI is set)', list(String), [
      'kuzu',
    ])
    .option('--duration <seconds>', 'load per API query (seconds; slow queries get more)', Number, 10)
    .option('--connections <n>', 'concurrent API connections', Number, 4)
    .option('--max-runs <n>', 'sequential API and raw runs per query', Number, 50)
    .option('--seed <n>', 'corpus seed', Number, 20260101)
    .option('--heap-mb <n>', "V8 heap limit of each size run (default: Node's own)", Number)
    .option('--fresh', 'forget earlier results of other sizes', false)
    .option(
      '--report-only',
      'measure nothing: render the reports again from bench/results/by-size.json',
      false,
    )
    .parse();
  const o = program.opts<Options>();
  if (o.reportOnly) {
    await writeReports(
      JSON.parse(readFileSync(path.join(RESULTS_DIR, 'by-size.json'), 'utf8')) as RunResults,
    );
    return;
  }
  const engines = o.engines.filter((engine) => {
    if (engine === 'neo4j' && !process.env.NEO4J_URI) {
      console.error('[bench] skipping neo4j: NEO4J_URI is not set');
      return false;
    }
    if (engine !== 'kuzu' && engine !== 'neo4j') throw new Error(`unknown engine ${engine}`);
    return true;
  });
  const fresh: SizeResult[] = [];
  for (const engine of engines) {
    for (const size of [...o.sizes].sort((a, b) => a - b)) fresh.push(await runChild(size, engine, o));
  }
  const run: RunResults = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    results: [...keptResults({ ...o, engines }), ...fresh].sort(
      (a, b) => a.engine.localeCompare(b.engine) || a.sizePercent - b.sizePercent,
    ),
  };
  await writeReports(run);
}

async function writeReports(run: RunResults): Promise<void> {
  const written = writeResults(RESULTS_DIR, run);
  console.error(
    `[bench] wrote ${written.bySize}${written.latest ? ` and ${written.latest}` : ' (no 100% size: latest.json unchanged)'}`,
  );
  const engine = run.results.some((r) => r.engine === 'kuzu') ? 'kuzu' : (run.results[0]?.engine ?? 'kuzu');
  const svg = costSvg(run.results, engine);
  writeFileSync(path.join(RESULTS_DIR, 'cost-vs-size.svg'), svg);
  const png = await renderPng(svg, PLOT);
  if (!png.ok) console.error(`[bench] no PNG plot: ${png.reason}`);
  updateMarkdown(
    DOC,
    resultsSection(run, png.ok ? '../bench/results/cost-vs-size.png' : '../bench/results/cost-vs-size.svg'),
  );
  console.error(`[bench] updated ${DOC}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
