// `npm run seed [files…]`: parses, links and writes documents (default: the configured seed
// directory, seed/documents/) into the configured graph store, with a progress bar on stderr
// and a summary (counts per label and relationship type, timings) on stdout.
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { isPolicyCascadeError } from '../errors.js';
import { openGraphStore } from '../graph/index.js';
import { seedCorpus, seedFiles, type SeedPhase } from '../seed/index.js';

const PHASE_LABELS: Record<SeedPhase, string> = {
  parse: 'parsing',
  link: 'linking',
  write: 'writing',
  links: 'writing links',
};

const program = new Command()
  .name('seed')
  .description('Load policy documents into the graph store (parse → link → write); idempotent.')
  .argument('[files...]', 'documents or directories (default: SEED_DIR, seed/documents)')
  .option('--no-progress', 'no progress bar')
  .action(async (paths: string[], opts: { progress: boolean }) => {
    const config = loadConfig();
    const files = await seedFiles(paths.length > 0 ? paths : [config.seed.dir]);
    const store = await openGraphStore(config);
    const bar = new SingleBar(
      { format: '{phase} [{bar}] {value}/{total} {item}', stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    let phase: SeedPhase | null = null;
    try {
      const started = performance.now();
      const report = await seedCorpus(store, files, {
        onProgress: (p) => {
          if (!opts.progress) return;
          if (p.phase !== phase) {
            if (phase) bar.stop();
            phase = p.phase;
            bar.start(p.total, p.done, { phase: PHASE_LABELS[p.phase].padEnd(13), item: '' });
          }
          bar.update(p.done, { item: p.item ?? '' });
        },
      });
      if (phase) bar.stop();
      const seconds = (performance.now() - started) / 1000;
      const counts = await store.counts();
      process.stdout.write(
        `${JSON.stringify({ engine: store.engine, seconds: Number(seconds.toFixed(2)), ...report, counts }, null, 2)}\n`,
      );
    } finally {
      if (phase) bar.stop();
      await store.close();
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  const code = isPolicyCascadeError(error) ? error.code : 'INTERNAL';
  process.stderr.write(
    `error ${code}: ${error instanceof Error && code === 'INTERNAL' ? (error.stack ?? error.message) : error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
