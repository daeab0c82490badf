// What an engine adapter gives the shared store logic: named reads, named writes inside one
// atomic transaction, its own schema migration, and close. The executor behind it is the only
// code that talks to the database, and it reports every round trip to the QueryListener.
import type { EngineName } from '../config.js';
import type { BulkItem, BulkTable } from './bulk-rows.js';
import type { QueryListener, Row } from './port.js';

export interface WriteTransaction {
  /** Runs a named write (or read) query inside the transaction. */
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface GraphEngine {
  readonly name: EngineName;
  /**
   * Whether every write to the database passes through this object. True for Kuzu: an embedded
   * database opened read-write is locked to one process (a second one fails to open it). False
   * for a Neo4j server, which other clients, and other API instances, may write.
   */
  readonly soleWriter: boolean;
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /**
   * Loads a stream of rows (bulk-rows.ts: each table marked complete once its rows have come) into
   * a store holding no corpus, with the engine's bulk path, in one transaction, copying tables in
   * BULK_TABLES order. `beforeTable` is called before each table with rows; throwing aborts the
   * load. The caller (store.ts) still clears the corpus on any failure. A national load's rows are
   * 2–3 GB, so an engine should not hold them all at once where it can stream them.
   */
  bulkLoad(items: Iterable<BulkItem>, beforeTable?: (table: BulkTable, step: number) => void): Promise<void>;
  /** Applies this engine's idempotent schema files (tables/constraints, indexes, full-text). */
  migrateSchema(): Promise<void>;
  close(): Promise<void>;
}

/** Called before each query of a write transaction; throwing aborts it (tests prove atomicity). */
export type FaultInjector = (event: { query: string; step: number }) => void;

export interface EngineOptions {
  listener?: QueryListener;
}
