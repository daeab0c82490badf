// A benchmark stage in a child process of its own, handing its result back as a JSON file: each
// size run (bench/run.ts → size-run.ts), the API stage (size-run.ts → api-run.ts) and the ingest
// stage (size-run.ts → ingest-run.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';

/**
 * The V8 flags the product's own processes get (package.json's `start` and `seed`, the Docker
 * image's command), so that each stage measures the process the product runs. A young generation
 * of 64 MB semispaces instead of 16: seeding and linking make millions of short-lived rows and
 * vectors, and with 16 MB too many of them live through a scavenge and are copied (nationally,
 * 1,529 scavenges took 15.8 s of the 73 s of row preparation under `--trace-gc`).
 */
export const PRODUCT_NODE_FLAGS = ['--max-semi-space-size=64'] as const;

/**
 * Runs `node <PRODUCT_NODE_FLAGS> <args(dir)>` with a fresh temporary directory, `dir`, where the
 * child writes its result to `dir/result.json` (and the caller may put its input first); the
 * directory is removed afterwards. `env` is added to this process's environment. Rejects with
 * `label` when the child fails or writes no result.
 */
export function runJsonChild<T>(
  label: string,
  args: (dir: string, out: string) => string[],
  env: Record<string, string> = {},
): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-bench-child-'));
  const out = path.join(dir, 'result.json');
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, [...PRODUCT_NODE_FLAGS, ...args(dir, out)], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      rmSync(dir, { recursive: true, force: true });
      reject(error);
    });
    child.on('exit', (code) => {
      try {
        if (code !== 0 || !existsSync(out)) reject(new Error(`${label} failed (exit ${code})`));
        else resolve(JSON.parse(readFileSync(out, 'utf8')) as T);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * `runJsonChild` for a stage script that takes its input as JSON (`stageMain`): writes `input` to
 * the child's directory and runs `script` under tsx.
 */
export function runStageChild<I, O>(
  label: string,
  script: string,
  input: I,
  env: Record<string, string> = {},
): Promise<O> {
  return runJsonChild<O>(
    label,
    (dir, out) => {
      const file = path.join(dir, 'input.json');
      writeFileSync(file, JSON.stringify(input));
      // tsx by name: a test runs this under vitest, whose own flags a child cannot take.
      return ['--import', 'tsx', script, '--in', file, '--out', out];
    },
    env,
  );
}

/** The body of a stage script: reads its input from `--in`, runs, writes the result to `--out`. */
export function stageMain<I, O>(run: (input: I) => Promise<O>): void {
  const options = new Command()
    .requiredOption('--in <file>', 'the stage input as JSON')
    .requiredOption('--out <file>', 'where to write the results as JSON')
    .parse()
    .opts<{ in: string; out: string }>();
  run(JSON.parse(readFileSync(options.in, 'utf8')) as I).then(
    (result) => writeFileSync(options.out, JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
