// Stage 4 (Kuzu): the engine's own bulk path for the same rows the write path writes: the corpus
// rows (bulk-rows.ts) as CSV files, loaded with `COPY FROM` into a fresh database that the project
// itself migrated (same schema, indexes and region tree).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/config.js';
import { namedQuery, openGraphStore, searchParams } from '../../src/graph/index.js';
import { KuzuConnection, KuzuDatabase, type QueryResult } from '../../src/graph/kuzu/module.js';
import type { GraphCounts, GraphStore } from '../../src/graph/port.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';
import { BULK_TABLES, bulkRows, type BulkTable } from './bulk-rows.js';
import { CsvFile } from './csv.js';

type Connection = InstanceType<typeof KuzuConnection>;

export interface BulkStage {
  /** Preparing the rows (ours: CSV files for Kuzu), then loading them (the engine's). */
  prepareSeconds: number;
  loadSeconds: number;
  provisionsPerSecond: number;
  summary: GraphSummary;
  /** Per table: rows and load seconds. */
  tables: { table: string; rows: number; seconds: number }[];
}

async function query(conn: Connection, text: string): Promise<Record<string, unknown>[]> {
  const result = (await conn.query(text)) as QueryResult | QueryResult[];
  const results = Array.isArray(result) ? result : [result];
  try {
    return (await results[results.length - 1].getAll()) as Record<string, unknown>[];
  } finally {
    for (const r of results) r.close();
  }
}

const label = (t: BulkTable) => (t.kind === 'node' ? t.name : `${t.name}(${t.from?.label}→${t.to?.label})`);

/** A term every corpus size contains; equal hit counts show both graphs' full-text indexes agree. */
export const PROBE_TERM = '行政执法';

export interface GraphSummary {
  counts: GraphCounts;
  searchHits: number;
}

export async function summarize(store: GraphStore): Promise<GraphSummary> {
  const hits = await store.read(namedQuery('read/search'), searchParams(PROBE_TERM, { limit: 1_000_000 }));
  return { counts: await store.counts(), searchHits: hits.length };
}

export async function summaryOf(config: Config): Promise<GraphSummary> {
  const store = await openGraphStore(config);
  try {
    return await summarize(store);
  } finally {
    await store.close();
  }
}

export async function runKuzuBulk(
  config: Config,
  documents: readonly ParsedDocument[],
  links: LinkResult,
): Promise<BulkStage> {
  // Schema, indexes and regions exactly as the project creates them.
  await (await openGraphStore(config)).close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-bulk-csv-'));
  const db = new KuzuDatabase(config.kuzu.path);
  const conn = new KuzuConnection(db);
  try {
    const prepareStarted = performance.now();
    const files = new Map<BulkTable, CsvFile>();
    for (const [i, t] of BULK_TABLES.entries()) {
      // COPY FROM takes node columns in the table's declaration order.
      const columns =
        t.kind === 'node'
          ? (await query(conn, `CALL table_info('${t.name}') RETURN *`)).map((r) => String(r.name))
          : ['from', 'to', ...(t.properties ?? [])];
      files.set(t, new CsvFile(path.join(dir, `${i}-${t.name}.csv`), columns));
    }
    for (const [t, row] of bulkRows(documents, links)) {
      const file = files.get(t);
      if (!file) throw new Error(`no CSV for ${label(t)}`);
      await file.write(file.columns.map((c) => row[c] ?? null));
    }
    for (const file of files.values()) await file.close();
    const prepareSeconds = (performance.now() - prepareStarted) / 1000;

    const tables: BulkStage['tables'] = [];
    const loadStarted = performance.now();
    for (const t of BULK_TABLES) {
      const file = files.get(t);
      if (!file || file.rows === 0) continue;
      const pair =
        t.kind === 'relationship' && t.name === 'FOR_REGION'
          ? `, from='${t.from?.label}', to='${t.to?.label}'`
          : '';
      const started = performance.now();
      await query(conn, `COPY ${t.name} FROM '${file.file}' (header=false, quote='"', escape='"'${pair})`);
      tables.push({ table: label(t), rows: file.rows, seconds: (performance.now() - started) / 1000 });
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    await conn.close();
    await db.close();
    const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
    return {
      prepareSeconds,
      loadSeconds,
      provisionsPerSecond: provisions / loadSeconds,
      summary: await summaryOf(config),
      tables,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
