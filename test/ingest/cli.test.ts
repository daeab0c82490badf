// The parse CLI: JSON on stdout, diagnostics on stderr, a non-zero exit with the error code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/parse.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('parse CLI', () => {
  it('prints the parsed document as JSON and warnings on stderr', { timeout: 120_000 }, () => {
    const result = run('seed/documents/004_72b3b9fd10627f4b.txt');
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.docNumber).toBe('株县发〔2015〕1号');
    expect(doc.provisions.filter((p: { kind: string }) => p.kind === 'task')).toHaveLength(77);
    expect(result.stderr).toContain('warning CHROME_REMOVED');
  });
  it('exits non-zero with the error code on failure', { timeout: 120_000 }, () => {
    const result = run('test/fixtures/ingest/does-not-exist.txt');
    expect(result.status).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error NOT_FOUND: /);
    const unsupported = run('package.json.png');
    expect(unsupported.status).not.toBe(0);
  });
});
