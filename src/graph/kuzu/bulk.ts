// Kuzu's bulk path: the corpus rows (../bulk-rows.ts) streamed to CSV files in a fresh temp
// directory, and one COPY FROM per table in BULK_TABLES order. Kuzu takes neither a table nor a
// file as a parameter, so the statements are templates (cypher/bulk/*.kuzu.cypher) filled only
// from the closed table list and our own temp path. Used by the engine (engine.ts) and the
// benchmark's baseline, each with its own way to run a statement.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BULK_TABLES, type BulkItem, type BulkTable, TABLE_COMPLETE } from '../bulk-rows.js';
import type { CypherLoader } from '../cypher-files.js';
import { RELATIONSHIP_ENDPOINTS, type RelationshipType } from '../model.js';
import type { Row } from '../port.js';
import { CSV_NULL, CsvFile, type CsvColumn } from './csv.js';
import { nextTurn } from '../../turns.js';

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

/** A table's CSV file in `dir`, named by its place in BULK_TABLES. */
const tableFile = (dir: string, table: BulkTable, columns: CsvColumn[]) =>
  new CsvFile(path.join(dir, `${BULK_TABLES.indexOf(closed(table))}-${table.key}.csv`), columns);

/**
 * Writes the stream's rows into one CSV file per table, without holding any table's rows; tables
 * that `fileOf` maps to one table share that table's file (the benchmark's baseline copies each
 * label once). The files come in BULK_TABLES order; tables without rows have none.
 */
export async function writeCsvTables(
  run: RunStatement,
  loader: CypherLoader,
  dir: string,
  items: Iterable<BulkItem>,
  fileOf: (table: BulkTable) => BulkTable = (table) => table,
): Promise<CsvTable[]> {
  const open = new Map<BulkTable, CsvFile>();
  try {
    for (const [t, row] of items) {
      if (row === TABLE_COMPLETE) continue;
      const target = fileOf(t);
      let csv = open.get(target);
      if (!csv) {
        csv = tableFile(dir, target, await columnsOf(run, loader, target));
        open.set(target, csv);
      }
      const drained = csv.write(row);
      if (drained) await drained;
    }
  } finally {
    for (const csv of open.values()) await csv.close();
  }
  return BULK_TABLES.flatMap((t) => {
    const csv = open.get(t);
    return csv ? [{ table: t, file: csv.file, rows: csv.rows }] : [];
  });
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
 * Streams the rows to one CSV file per table, and COPYs each table, strictly in BULK_TABLES order,
 * as soon as the stream has marked it complete (TABLE_COMPLETE) and its file is closed; the end of
 * the stream completes the rest. COPY runs on the engine's own threads (the provisions take it
 * 25–35 s at national scale), during which the later rows get computed and written. No
 * table's rows are ever held: a national corpus's rows are 2–3 GB. `beforeTable` may throw to
 * abort; after a failure the writer stops at the next row and closes its files.
 */
export async function streamAndCopyCsvTables(
  run: RunStatement,
  loader: CypherLoader,
  dir: string,
  items: Iterable<BulkItem>,
  beforeTable?: (table: BulkTable, step: number) => void,
): Promise<void> {
  // Column lists first: the connection runs one statement at a time, and COPYs will be in flight.
  const columns = new Map<BulkTable, CsvColumn[]>();
  for (const t of BULK_TABLES) columns.set(t, await columnsOf(run, loader, t));
  const open = new Map<BulkTable, CsvFile>();
  const files = new Map(BULK_TABLES.map((t) => [t, pending<CsvTable | null>()]));
  const finished = new Set<BulkTable>();
  const finish = async (t: BulkTable) => {
    if (finished.has(t)) return;
    const csv = open.get(t);
    open.delete(t);
    if (csv) await csv.close();
    finished.add(t);
    files.get(t)!.resolve(csv ? { table: t, file: csv.file, rows: csv.rows } : null);
  };
  let stopped = false;
  const writing = (async () => {
    try {
      for (const [t, row] of items) {
        if (stopped) break;
        if (row === TABLE_COMPLETE) {
          await finish(closed(t));
          // A turn of the event loop, so that the table's COPY is on the engine's thread before
          // the stream goes on: the next rows may take long to compute (bulkRows' summaries).
          await nextTurn();
          continue;
        }
        let csv = open.get(t);
        if (!csv) {
          if (finished.has(t)) throw new Error(`A row of ${t.name} came after its table was complete`);
          csv = tableFile(dir, t, columns.get(t)!);
          open.set(t, csv);
        }
        const drained = csv.write(row);
        if (drained) await drained;
      }
      if (!stopped) for (const t of BULK_TABLES) await finish(t);
    } catch (cause) {
      for (const [t, file] of files) if (!finished.has(t)) file.reject(cause);
    } finally {
      // Files left open by a failure or a stop: closed before the directory is removed.
      for (const csv of open.values()) await csv.close().catch(() => undefined);
    }
  })();
  try {
    let step = 0;
    for (const t of BULK_TABLES) {
      const csv = await files.get(t)!.promise;
      if (!csv) continue;
      beforeTable?.(t, step++);
      await run(`bulk/${t.key}`, copyStatement(loader, csv));
    }
  } finally {
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
