// Kuzu's bulk path: the corpus rows (../bulk-rows.ts) as CSV files in a fresh temp directory, then
// one COPY FROM per table in BULK_TABLES order. Kuzu takes neither a table nor a file as a
// parameter, so the statements are templates (cypher/bulk/*.kuzu.cypher) filled only from the
// closed table list and our own temp path. Used by the engine (engine.ts) and the benchmark's
// baseline, each with its own way to run a statement.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BULK_TABLES, type BulkTable, type BulkTableRows } from '../bulk-rows.js';
import type { CypherLoader } from '../cypher-files.js';
import { RELATIONSHIP_ENDPOINTS, type RelationshipType } from '../model.js';
import type { Row } from '../port.js';
import { CSV_NULL, CsvFile, type CsvColumn } from './csv.js';

/** Runs one statement text (`name` for the query listener) and returns its rows. */
export type RunStatement = (name: string, text: string) => Promise<Row[]>;

export interface CsvTable {
  table: BulkTable;
  file: string;
  rows: number;
}

function fill(loader: CypherLoader, name: string, values: Record<string, string>): string {
  return loader.statement(name).text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {{${key}}} in ${name}`);
    // Every value lands inside single quotes or as a name: ours, and checked anyway.
    if (/['"\\\n]/.test(value)) throw new Error(`Unsafe value for {{${key}}}: ${JSON.stringify(value)}`);
    return value;
  });
}

const closed = (table: BulkTable): BulkTable => {
  if (!BULK_TABLES.includes(table)) throw new Error(`Not a bulk table: ${table.name}`);
  return table;
};

/** The CSV columns of a table: node columns in declaration order, relationship from, to, properties. */
async function columnsOf(run: RunStatement, loader: CypherLoader, table: BulkTable): Promise<CsvColumn[]> {
  const info = await run('bulk/table-info', fill(loader, 'bulk/table-info', { table: closed(table).name }));
  const text = new Map(info.map((r) => [String(r.name), r.type === 'STRING']));
  if (table.kind === 'node') return [...text.entries()].map(([name, isText]) => ({ name, text: isText }));
  return [
    { name: 'from', text: true },
    { name: 'to', text: true },
    ...table.properties.map((name) => ({ name, text: text.get(name) ?? true })),
  ];
}

/** The CSV file of table number `index` (its rows as `columns`) in `dir`. */
async function writeCsvTable(
  dir: string,
  index: number,
  { table, rows }: BulkTableRows,
  columns: CsvColumn[],
): Promise<CsvTable> {
  const csv = new CsvFile(path.join(dir, `${index}-${table.key}.csv`), columns);
  try {
    for (const row of rows) await csv.write(row);
  } finally {
    await csv.close();
  }
  return { table, file: csv.file, rows: csv.rows };
}

/** Writes one CSV file per table with rows into `dir`. */
export async function writeCsvTables(
  run: RunStatement,
  loader: CypherLoader,
  dir: string,
  tables: readonly BulkTableRows[],
): Promise<CsvTable[]> {
  const out: CsvTable[] = [];
  for (const [i, t] of tables.entries()) {
    if (t.rows.length > 0) out.push(await writeCsvTable(dir, i, t, await columnsOf(run, loader, t.table)));
  }
  return out;
}

/** A promise with its settle functions, for a file the writer has yet to finish. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Settled before anyone awaits it, or never awaited once a COPY failed: never unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Writes the tables' CSV files ahead, in order, while the engine COPYs the files already written,
 * in order (COPY runs on the engine's own thread: the Provision table alone takes it 25–35 s at
 * national scale, during which every other file gets written). Each table's rows are emptied once
 * its file is written, so that the rows (2 GB nationally) are not held through the COPYs and the
 * commit. `beforeTable` may throw to abort; after a failure the writer finishes the file in hand
 * and starts no other.
 */
export async function writeAndCopyCsvTables(
  run: RunStatement,
  loader: CypherLoader,
  dir: string,
  tables: readonly BulkTableRows[],
  beforeTable?: (table: BulkTable, step: number) => void,
): Promise<void> {
  const loaded = tables.map((t, index) => ({ t, index })).filter(({ t }) => t.rows.length > 0);
  // Column lists first: the connection runs one statement at a time, and COPYs will be in flight.
  const columns: CsvColumn[][] = [];
  for (const { t } of loaded) columns.push(await columnsOf(run, loader, t.table));
  const files = loaded.map(() => pending<CsvTable>());
  let stopped = false;
  const writing = (async () => {
    for (const [step, { t, index }] of loaded.entries()) {
      if (stopped) return;
      try {
        files[step].resolve(await writeCsvTable(dir, index, t, columns[step]));
        t.rows.length = 0;
      } catch (cause) {
        files[step].reject(cause);
        return;
      }
    }
  })();
  try {
    for (const step of loaded.keys()) {
      const csv = await files[step].promise;
      beforeTable?.(csv.table, step);
      await run(`bulk/${csv.table.key}`, copyStatement(loader, csv));
    }
  } finally {
    // The writer finishes the file in hand and stops: the directory is removed after this.
    stopped = true;
    await writing;
  }
}

/** The COPY statement of one CSV table. */
export function copyStatement(loader: CypherLoader, csv: CsvTable): string {
  const table = closed(csv.table);
  const severalPairs =
    table.kind === 'relationship' && RELATIONSHIP_ENDPOINTS[table.name as RelationshipType].length > 1;
  return fill(loader, severalPairs ? 'bulk/copy-pair' : 'bulk/copy', {
    table: table.name,
    file: csv.file,
    null: CSV_NULL,
    from: table.from?.label ?? '',
    to: table.to?.label ?? '',
  });
}

/** COPY of every CSV table in order; `beforeTable` may throw to abort. */
export async function copyCsvTables(
  run: RunStatement,
  loader: CypherLoader,
  files: readonly CsvTable[],
  beforeTable?: (table: BulkTable, step: number) => void,
): Promise<void> {
  for (const [step, csv] of files.entries()) {
    beforeTable?.(csv.table, step);
    await run(`bulk/${csv.table.key}`, copyStatement(loader, csv));
  }
}

/** A fresh temp directory for the CSV files, removed after `work` whatever happens. */
export async function withCsvDirectory<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-cascade-bulk-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
