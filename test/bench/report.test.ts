// The generated part of docs/BENCHMARKS.md is replaced in place, leaving the written analysis.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { END, START, resultsSection, updateMarkdown } from '../../bench/report/markdown.js';
import type { RunResults } from '../../bench/report/results.js';
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

  it('renders every table of the committed results with as many cells per row as its header has', () => {
    const run = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../bench/results/by-size.json'), 'utf8'),
    ) as RunResults;
    const cells = (line: string) => line.split('|').length;
    const tables = resultsSection(run, null)
      .split('\n\n')
      .map((block) => block.split('\n').filter((line) => line.startsWith('|')))
      .filter((rows) => rows.length > 0);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const [header, ...rows] of tables) {
      for (const row of rows) expect(cells(row), header).toBe(cells(header));
    }
  });

  it('dates every size by its own measurement, since a run keeps the sizes it did not measure again', () => {
    const run = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../bench/results/by-size.json'), 'utf8'),
    ) as RunResults;
    const measured = resultsSection(run, null)
      .split('\n')
      .find((line) => line.startsWith('- Measured: '));
    expect(measured).toBeDefined();
    for (const r of run.results)
      expect(measured).toContain(`${r.engine} ${r.sizePercent}% at ${r.measuredAt}`);
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyStats(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, mean: 50.5 });
    expect(latencyStats([]).count).toBe(0);
  });
});
