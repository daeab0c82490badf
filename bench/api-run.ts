// The API stage of a benchmark run in a process of its own, as `npm start` serves the API: the size
// run's process holds the generated corpus and its links (gigabytes at national scale), and every
// garbage collection during the API load would pay for them. Reads its ApiOptions from `--in` and
// writes the stage's results to `--out` (JSON files).
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { type ApiOptions, runApiStage } from './stages/api.js';

const program = new Command()
  .requiredOption('--in <file>', 'ApiOptions as JSON')
  .requiredOption('--out <file>', 'where to write the results as JSON')
  .parse();
const o = program.opts<{ in: string; out: string }>();
const options = JSON.parse(readFileSync(o.in, 'utf8')) as ApiOptions;
runApiStage(options).then(
  (results) => writeFileSync(o.out, JSON.stringify(results)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
