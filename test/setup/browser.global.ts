// Global setup of the browser test project: checks that Debian's Chromium is installed, builds
// the explorer when dist/explorer is missing or stale, and starts the real API server (src/main.ts, as a
// child process) on a free port over a fresh embedded Kuzu graph seeded from seed/documents.
// Tests read the server's URL with inject('explorerUrl').
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 240_000;

declare module 'vitest' {
  export interface ProvidedContext {
    explorerUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Without a CJK font Chromium draws Chinese as boxes: tests still pass, screenshots are useless. */
function warnWithoutChineseFonts(): void {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  console.warn(
    'No Chinese font found (fc-list :lang=zh): screenshots will show boxes. Install one with `apt-get install fonts-noto-cjk`.',
  );
}

/** Newest modification time under a folder, in ms. */
function newestMtime(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

/** Builds dist/explorer when it is missing or older than its sources, so tests never run a stale UI. */
async function buildExplorerIfStale(): Promise<void> {
  const index = path.join(ROOT, 'dist/explorer/index.html');
  const sandbox = path.join(ROOT, 'dist/explorer/sandbox.html');
  if (
    existsSync(index) &&
    existsSync(sandbox) &&
    statSync(index).mtimeMs >= newestMtime(path.join(ROOT, 'src/explorer'))
  )
    return;
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'src/explorer/vite.config.ts'), logLevel: 'warn' });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`API server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API server not ready after ${READY_TIMEOUT_MS / 1000}s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing. Install it with ` +
        '`apt-get install chromium` (CI installs it in .ci/run).',
    );
  }
  warnWithoutChineseFonts();
  await buildExplorerIfStale();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'policy-cascade-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  // The embedded engine whatever the caller's environment says about Neo4j.
  const { NEO4J_URI: _neo4j, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...env,
      GRAPH_ENGINE: 'kuzu',
      KUZU_PATH: path.join(dataDir, 'graph.kuzu'),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DIR: path.join(ROOT, 'seed/documents'),
      SEED_ON_START: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('explorerUrl', url);
  return stop;
}
