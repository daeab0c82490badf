// The Kuzu bulk path's pipeline (src/graph/kuzu/bulk.ts): rows are streamed to the CSV files, a
// table is copied as soon as the stream marks it complete while later rows are still being
// written, COPYs run strictly in table order, and a COPY that fails while rows are being written
// fails the load (no later COPY, the stream stopped, no unhandled rejection). The benchmark's
// baseline writes the same stream to files without copying (writeCsvTables).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BULK_TABLES, type BulkItem, TABLE_COMPLETE } from '../../src/graph/bulk-rows.js';
import { CypherLoader } from '../../src/graph/cypher-files.js';
import { streamAndCopyCsvTables, writeCsvTables } from '../../src/graph/kuzu/bulk.js';

const table = (key: string) => BULK_TABLES.find((t) => t.key === key)!;

/**
 * Units first (the stream need not follow the load order), then `rows` ASSIGNED_TO rows: endless
 * by default, so that a load that does not stop its stream never returns.
 */
function* stream(log: string[] = [], rows = Infinity): Generator<BulkItem> {
  try {
    yield [table('unit'), { id: 'u1', name: '司法局' }];
    yield [table('unit'), TABLE_COMPLETE];
    yield [table('document'), { id: 'd1', name: '实施方案' }];
    yield [table('document'), TABLE_COMPLETE];
    // Complete without rows: nothing to copy, and no wait for the end of the stream.
    yield [table('provision'), TABLE_COMPLETE];
    yield [table('implemented-provision'), TABLE_COMPLETE];
    for (let i = 0; i < rows; i++) yield [table('assigned-to'), { from: `p${i}`, to: 'u1', role: 'lead' }];
    log.push('stream ended');
  } finally {
    log.push('stream closed');
  }
}

describe('streamAndCopyCsvTables', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-bulk-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const loader = new CypherLoader('kuzu');

  /** A statement runner that records events; COPYs settle after `copyMs`; `failing` fails at once. */
  const runner = (copyMs: number, failing?: string) => {
    const events: string[] = [];
    const run = async (name: string) => {
      if (name === 'bulk/table-info')
        return [
          { name: 'id', type: 'STRING' },
          { name: 'name', type: 'STRING' },
        ];
      events.push(`start ${name}`);
      if (name === failing) {
        events.push(`end ${name}`);
        throw new Error(`COPY ${name} failed`);
      }
      await new Promise((resolve) => setTimeout(resolve, copyMs));
      events.push(`end ${name}`);
      return [];
    };
    return { run, events };
  };

  it('copies the tables with rows in table order, one at a time, from complete files', async () => {
    const { run, events } = runner(20);
    const files = mkdtempSync(path.join(dir, 'order-'));
    const log: string[] = [];
    await streamAndCopyCsvTables(run, loader, files, stream(log, 20_000));
    expect(events).toEqual([
      'start bulk/document',
      'end bulk/document',
      'start bulk/unit',
      'end bulk/unit',
      'start bulk/assigned-to',
      'end bulk/assigned-to',
    ]);
    expect(log).toEqual(['stream ended', 'stream closed']);
    expect(readdirSync(files).sort()).toEqual(['2-document.csv', '3-unit.csv', '8-assigned-to.csv']);
    expect(readFileSync(path.join(files, '8-assigned-to.csv'), 'utf8').split('\n')).toHaveLength(20_001);
  });

  it('copies a table marked complete while the later rows are still being written', async () => {
    const events: string[] = [];
    const run = async (name: string) => {
      if (name !== 'bulk/table-info') events.push(`copy ${name}`);
      return name === 'bulk/table-info' ? [{ name: 'id', type: 'STRING' }] : [];
    };
    await streamAndCopyCsvTables(run, loader, mkdtempSync(path.join(dir, 'ahead-')), stream(events, 20_000));
    expect(events.indexOf('copy bulk/document')).toBeLessThan(events.indexOf('stream ended'));
    expect(events.indexOf('copy bulk/assigned-to')).toBeGreaterThan(events.indexOf('stream ended'));
  });

  it("starts a complete table's COPY before the stream computes its next row", async () => {
    const events: string[] = [];
    // As the engine's statement runner does, a few promise hops before the COPY reaches the engine.
    const run = async (name: string) => {
      if (name === 'bulk/table-info') return [{ name: 'id', type: 'STRING' }];
      for (let hop = 0; hop < 5; hop++) await Promise.resolve();
      events.push(`copy ${name}`);
      return [];
    };
    function* slowAfterUnits(): Generator<BulkItem> {
      yield* [
        [table('provision'), TABLE_COMPLETE],
        [table('implemented-provision'), TABLE_COMPLETE],
        [table('document'), { id: 'd1' }],
        [table('document'), TABLE_COMPLETE],
      ] as BulkItem[];
      // bulkRows computes the summaries here, synchronously, for many seconds nationally.
      events.push('computing');
      yield [table('unit'), { id: 'u1' }];
    }
    await streamAndCopyCsvTables(run, loader, mkdtempSync(path.join(dir, 'started-')), slowAfterUnits());
    expect(events).toEqual(['copy bulk/document', 'computing', 'copy bulk/unit']);
  });

  it('fails the load when a COPY fails while rows are being written, stops the stream and copies nothing after it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { run, events } = runner(30, 'bulk/unit');
      const log: string[] = [];
      await expect(streamAndCopyCsvTables(run, loader, dir, stream(log))).rejects.toThrow(
        'COPY bulk/unit failed',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).toEqual([
        'start bulk/document',
        'end bulk/document',
        'start bulk/unit',
        'end bulk/unit',
      ]);
      expect(log).toEqual(['stream closed']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('stops the stream and copies nothing more when `beforeTable` aborts', async () => {
    const { run, events } = runner(20);
    const log: string[] = [];
    await expect(
      streamAndCopyCsvTables(run, loader, dir, stream(log), (_t, step) => {
        if (step === 1) throw new Error('aborted');
      }),
    ).rejects.toThrow('aborted');
    expect(events).toEqual(['start bulk/document', 'end bulk/document']);
    expect(log).toEqual(['stream closed']);
  });

  it('refuses a row that comes after its table was marked complete', async () => {
    const { run } = runner(0);
    function* late(): Generator<BulkItem> {
      yield [table('unit'), TABLE_COMPLETE];
      yield [table('unit'), { id: 'u1', name: '司法局' }];
    }
    await expect(streamAndCopyCsvTables(run, loader, dir, late())).rejects.toThrow(
      'A row of Unit came after its table was complete',
    );
  });
});

describe('writeCsvTables', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-csv-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const loader = new CypherLoader('kuzu');
  const run = async (name: string) => (name === 'bulk/table-info' ? [{ name: 'id', type: 'STRING' }] : []);

  it('writes the stream into one file per table, tables mapped together sharing the first one, in table order', async () => {
    function* rows(): Generator<BulkItem> {
      yield [table('unit'), { id: 'u1' }];
      yield [table('provision'), { id: 'p1' }];
      yield [table('provision'), TABLE_COMPLETE];
      yield [table('implemented-provision'), { id: 'p2' }];
      yield [table('implemented-provision'), { id: 'p3' }];
      yield [table('unit'), { id: 'u2' }];
    }
    const implemented = table('implemented-provision');
    const files = await writeCsvTables(run, loader, dir, rows(), (t) =>
      t === implemented ? table('provision') : t,
    );
    expect(files.map((f) => [f.table.key, path.basename(f.file), f.rows])).toEqual([
      ['provision', '0-provision.csv', 3],
      ['unit', '3-unit.csv', 2],
    ]);
    expect(readFileSync(path.join(dir, '0-provision.csv'), 'utf8').trim().split('\n')).toEqual([
      '"p1"',
      '"p2"',
      '"p3"',
    ]);
  });
});
