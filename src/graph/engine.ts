// What an engine adapter gives the shared store logic: named reads, named writes inside one
// atomic transaction, its own schema migration, and close. The executor behind it is the only
// code that talks to the database, and it reports every round trip to the QueryListener.
import type { EngineName } from '../config.js';
import type { BulkTable, BulkTableRows } from './bulk-rows.js';
import type { QueryListener, Row } from './port.js';

export interface WriteTransaction {
  /** Runs a named write (or read) query inside the transaction. */
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface GraphEngine {
  readonly name: EngineName;
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /**
   * Loads whole tables (bulk-rows.ts, in BULK_TABLES order) into a store holding no corpus, with the
   * engine's bulk path, in one transaction. `beforeTable` is called before each table with rows;
   * throwing aborts the load. The caller (store.ts) still clears the corpus on any failure. The
   * engine may empty a table's `rows` once it has taken them (a national load holds 2 GB of rows
   * that the engine's own load and commit then need the memory of).
   */
  bulkLoad(
    tables: readonly BulkTableRows[],
    beforeTable?: (table: BulkTable, step: number) => void,
  ): Promise<void>;
  /** Applies this engine's idempotent schema files (tables/constraints, indexes, full-text). */
  migrateSchema(): Promise<void>;
  close(): Promise<void>;
}

/** Called before each query of a write transaction; throwing aborts it (tests prove atomicity). */
export type FaultInjector = (event: { query: string; step: number }) => void;

export interface EngineOptions {
  listener?: QueryListener;
}
