// The generated part of docs/BENCHMARKS.md is replaced in place, leaving the written analysis.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { END, START, updateMarkdown } from '../../bench/report/markdown.js';
import { latencyStats } from '../../bench/stages/latency.js';

describe('benchmark report', () => {
  it('replaces only the generated section of the document', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-md-')), 'BENCHMARKS.md');
    writeFileSync(
      file,
      `# Benchmarks\n\nAnalysis before.\n\n${START}\n\nold table\n\n${END}\n\nAnalysis after.\n`,
    );
    await updateMarkdown(file, `${START}\n\nnew table\n\n${END}`);
    expect(readFileSync(file, 'utf8')).toBe(
      `# Benchmarks\n\nAnalysis before.\n\n${START}\n\nnew table\n\n${END}\n\nAnalysis after.\n`,
    );
  });

  it('appends the section when the markers are missing', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-md-')), 'BENCHMARKS.md');
    writeFileSync(file, '# Benchmarks\n\nNotes.\n');
    await updateMarkdown(file, `${START}\n\ntable\n\n${END}`);
    expect(readFileSync(file, 'utf8')).toBe(`# Benchmarks\n\nNotes.\n\n${START}\n\ntable\n\n${END}\n`);
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyStats(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, mean: 50.5 });
    expect(latencyStats([]).count).toBe(0);
  });
});
