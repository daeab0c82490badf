// The Kuzu bulk path's pipeline (src/graph/kuzu/bulk.ts): the CSV files are written ahead while
// earlier tables are copied, COPYs run strictly in table order, and a COPY that fails while the
// next file is being written fails the load (no later COPY, no unhandled rejection); rows are let
// go once their file is written.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BULK_TABLES, type BulkTableRows } from '../../src/graph/bulk-rows.js';
import { CypherLoader } from '../../src/graph/cypher-files.js';
import { writeAndCopyCsvTables } from '../../src/graph/kuzu/bulk.js';

const table = (key: string) => BULK_TABLES.find((t) => t.key === key)!;
const tables = (): BulkTableRows[] => [
  { table: table('document'), rows: [{ id: 'd1', title: '实施方案' }] },
  { table: table('provision'), rows: [] },
  { table: table('unit'), rows: [{ id: 'u1', name: '司法局' }] },
  // Enough rows that writing the file outlasts a COPY failing at once.
  {
    table: table('assigned-to'),
    rows: Array.from({ length: 20_000 }, (_, i) => ({ from: `p${i}`, to: 'u1', role: 'lead' })),
  },
];

describe('writeAndCopyCsvTables', () => {
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

  it('copies the tables with rows in order, one at a time', async () => {
    const { run, events } = runner(20);
    const load = tables();
    await writeAndCopyCsvTables(run, loader, dir, load);
    expect(events).toEqual([
      'start bulk/document',
      'end bulk/document',
      'start bulk/unit',
      'end bulk/unit',
      'start bulk/assigned-to',
      'end bulk/assigned-to',
    ]);
    // The rows are let go once written, not held through the COPYs.
    expect(load.map((t) => t.rows.length)).toEqual([0, 0, 0, 0]);
  });

  it('writes the later files while the first table is still being copied', async () => {
    const ahead = mkdtempSync(path.join(dir, 'ahead-'));
    const seen: string[][] = [];
    const run = async (name: string) => {
      if (name === 'bulk/table-info') return [{ name: 'id', type: 'STRING' }];
      if (name === 'bulk/document') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        seen.push(readdirSync(ahead).sort());
      }
      return [];
    };
    await writeAndCopyCsvTables(run, loader, ahead, tables());
    expect(seen).toEqual([['0-document.csv', '2-unit.csv', '3-assigned-to.csv']]);
  });

  it('fails the load when a COPY fails while the next file is written, and copies nothing after it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { run, events } = runner(30, 'bulk/unit');
      await expect(writeAndCopyCsvTables(run, loader, dir, tables())).rejects.toThrow(
        'COPY bulk/unit failed',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).toEqual([
        'start bulk/document',
        'end bulk/document',
        'start bulk/unit',
        'end bulk/unit',
      ]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('waits for the COPY in flight before failing when `beforeTable` aborts', async () => {
    const { run, events } = runner(20);
    await expect(
      writeAndCopyCsvTables(run, loader, dir, tables(), (_t, step) => {
        if (step === 2) throw new Error('aborted');
      }),
    ).rejects.toThrow('aborted');
    expect(events).toEqual(['start bulk/document', 'end bulk/document', 'start bulk/unit', 'end bulk/unit']);
  });
});
