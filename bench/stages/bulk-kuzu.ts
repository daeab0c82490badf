// Stage 4 (Kuzu): the engine's own bulk path, the baseline: the product's corpus rows
// (src/graph/bulk-rows.ts) as the product's CSV files (src/graph/kuzu/bulk.ts), each loaded with a
// plain auto-committed `COPY FROM` on a raw connection into a fresh database that the project
// itself migrated (same schema, indexes and region tree). No store code runs during the load.
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/config.js';
import { namedQuery, openGraphStore, searchParams } from '../../src/graph/index.js';
import { BULK_TABLES, bulkRows, tableLabel, type BulkTable } from '../../src/graph/bulk-rows.js';
import { CypherLoader } from '../../src/graph/cypher-files.js';
import {
  copyCsvTables,
  withCsvDirectory,
  writeCsvTables,
  type RunStatement,
} from '../../src/graph/kuzu/bulk.js';
import { KuzuConnection, KuzuDatabase, type QueryResult } from '../../src/graph/kuzu/module.js';
import type { GraphCounts, GraphStore } from '../../src/graph/port.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';

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

/** Called for every row of the corpus: looked up, not searched. */
const FILE_OF_LABEL = new Map(
  BULK_TABLES.map((table) => [table, BULK_TABLES.find((t) => tableLabel(t) === tableLabel(table))!]),
);

/**
 * The table whose file holds `table`'s rows: the first of its label. The product copies its
 * provisions in two parts, so as to copy the first while it computes the summaries of the rest
 * (bulkRows); the engine's own path for the same rows is one COPY per table, and Kuzu appends more
 * slowly than it loads (nationally the two parts took 30.4 s and 13.7 s; one COPY of them took
 * 37 s the round before).
 */
export function fileOfLabel(table: BulkTable): BulkTable {
  return FILE_OF_LABEL.get(table) ?? table;
}

export async function runKuzuBulk(
  config: Config,
  documents: readonly ParsedDocument[],
  links: LinkResult,
): Promise<BulkStage> {
  // Schema, indexes and regions exactly as the project creates them.
  const store = await openGraphStore(config);
  const regionCodes = new Set(
    (await store.read(namedQuery('admin/region-codes'))).map((r) => String(r.code)),
  );
  await store.close();
  const db = new KuzuDatabase(config.kuzu.path);
  const conn = new KuzuConnection(db);
  const run: RunStatement = (_name, text) => query(conn, text);
  const loader = new CypherLoader('kuzu');
  try {
    const timings = await withCsvDirectory(async (dir) => {
      const prepareStarted = performance.now();
      // Streamed like the product's load: the rows of a national corpus are 2–3 GB.
      const rows = bulkRows(documents, links, { regionCodes });
      const files = await writeCsvTables(run, loader, dir, rows, fileOfLabel);
      const prepareSeconds = (performance.now() - prepareStarted) / 1000;
      const starts: { table: BulkTable; started: number }[] = [];
      const loadStarted = performance.now();
      await copyCsvTables(run, loader, files, (table) => starts.push({ table, started: performance.now() }));
      const loadEnded = performance.now();
      const loaded: BulkStage['tables'] = starts.map((s, i) => ({
        table: tableLabel(s.table),
        rows: files[i].rows,
        seconds: ((starts[i + 1]?.started ?? loadEnded) - s.started) / 1000,
      }));
      return { prepareSeconds, loadSeconds: (loadEnded - loadStarted) / 1000, tables: loaded };
    });
    await conn.close();
    await db.close();
    const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
    return {
      ...timings,
      provisionsPerSecond: provisions / timings.loadSeconds,
      summary: await summaryOf(config),
    };
  } catch (error) {
    await conn.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}
