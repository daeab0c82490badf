// A benchmark stage in a child process of its own, handing its result back as a JSON file: each
// size run (bench/run.ts → size-run.ts) and the API stage (size-run.ts → api-run.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs `node <args(dir)>` with a fresh temporary directory, `dir`, where the child writes its
 * result to `dir/result.json` (and the caller may put its input first); the directory is removed
 * afterwards. `env` is added to this process's environment. Rejects with `label` when the child
 * fails or writes no result.
 */
export function runJsonChild<T>(
  label: string,
  args: (dir: string, out: string) => string[],
  env: Record<string, string> = {},
): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-bench-child-'));
  const out = path.join(dir, 'result.json');
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, args(dir, out), {
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
