// Kuzu executor: the only code that talks to the embedded database. One write connection used
// under a per-store lock (Kuzu allows one write transaction at a time) with explicit
// BEGIN TRANSACTION / COMMIT / ROLLBACK, and a small pool of read connections.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_KUZU_READ_CONNECTIONS } from '../../config.js';
import { PolicyCascadeError } from '../../errors.js';
import { CypherLoader } from '../cypher-files.js';
import type { EngineOptions, GraphEngine, WriteTransaction } from '../engine.js';
import { PROVISION_FULLTEXT_INDEX } from '../model.js';
import type { Row } from '../port.js';
import { streamAndCopyCsvTables, withCsvDirectory } from './bulk.js';
import { ConnectionPool, SerialLock } from './pool.js';
import {
  KuzuConnection,
  KuzuDatabase,
  type Connection,
  type PreparedStatement,
  type QueryResult,
} from './module.js';
import { kuzuParamBatches } from './params.js';
import { rowFromKuzu } from './values.js';
import { nextTurn } from '../../turns.js';

export interface KuzuEngineOptions extends EngineOptions {
  /** Database file (in-memory databases are refused by the config; see `write`). */
  path: string;
  readConnections?: number;
  /** Checkpoint after every committed write (tests use it to reproduce the post-checkpoint state). */
  checkpointAfterWrite?: boolean;
}

const SCHEMA_FILES = ['schema/001-structure'] as const;
const FULLTEXT_FILE = 'schema/002-fulltext';

/**
 * Up to this many keys, a read that has a per-key file (`read/x-each`, `// @each id IN ids`) runs
 * it once per key instead of the batched `UNWIND $ids` statement. Kuzu 0.11 plans every
 * `UNWIND $ids AS x MATCH (n {id: x})` as a hash join over a full scan of the table, whatever the
 * number of keys, but `MATCH (n {id: $id})` as a primary-key lookup. Measured per read: batched
 * 60–250 ms on the national benchmark graph (320k provisions; 1.5 s for the five-branch subtree
 * read) and 10–100 ms at 1% of it; per key 1–4 ms and 0.5–1 ms. Around 64 keys the two meet.
 */
const PER_KEY_LIMIT = 64;

/**
 * Fewest keys per connection when a read's per-key statements are spread over idle read
 * connections. Each statement costs about 0.5 ms nationally: a cascade's page of 50 keys took about
 * 22 ms on one connection while the others stood idle, 14 ms spread over four.
 */
const KEYS_PER_CONNECTION = 8;

/** Lends up to `most` idle connections to `work` (reads only; the write connection is alone). */
type Spare = ConnectionPool<Connection>['useIdle'];

/** Rows converted per turn of the event loop; a corpus-sized result must not stall the server. */
const ROWS_PER_TURN = 2000;

/**
 * The result is already materialized by the time `execute` resolves; the binding's async `getAll`
 * then crosses the thread pool once per row (about 30 µs each, most of a cascade's latency), so
 * rows are converted synchronously in slices instead.
 */
async function allRows(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  try {
    const last = results[results.length - 1];
    const rows: Row[] = [];
    while (last.hasNext()) {
      for (let i = 0; i < ROWS_PER_TURN && last.hasNext(); i++) {
        rows.push(rowFromKuzu(last.getNextSync() as Record<string, unknown>));
      }
      if (last.hasNext()) await nextTurn();
    }
    return rows;
  } finally {
    for (const r of results) r.close();
  }
}

export async function openKuzuEngine(options: KuzuEngineOptions): Promise<GraphEngine> {
  mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
  let db: InstanceType<typeof KuzuDatabase>;
  try {
    db = new KuzuDatabase(options.path);
    await db.init();
  } catch (cause) {
    throw new PolicyCascadeError(
      'STORE_UNAVAILABLE',
      `Cannot open the Kuzu database at ${options.path}: ${(cause as Error).message}`,
      { cause },
    );
  }
  const loader = new CypherLoader('kuzu');
  const prepared = new WeakMap<Connection, Map<string, PreparedStatement>>();
  const writeConnection = new KuzuConnection(db);
  const readers = new ConnectionPool(
    Array.from(
      { length: options.readConnections ?? DEFAULT_KUZU_READ_CONNECTIONS },
      () => new KuzuConnection(db),
    ),
  );
  const writeLock = new SerialLock();
  let checkpointOwed = false;

  const prepare = async (conn: Connection, text: string): Promise<PreparedStatement> => {
    const cache = prepared.get(conn) ?? new Map<string, PreparedStatement>();
    prepared.set(conn, cache);
    let statement = cache.get(text);
    if (!statement) {
      statement = await conn.prepare(text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      cache.set(text, statement);
    }
    return statement;
  };

  /** Runs one named query's statement once per parameter batch; returns how many it ran. */
  const run = async (conn: Connection, name: string, params: Record<string, unknown>, out: Row[]) => {
    const { query, text } = loader.statement(name);
    const batches = kuzuParamBatches(query, params);
    for (const batch of batches) {
      const statement = await prepare(conn, text);
      const rows = await allRows(await conn.execute(statement, batch as never));
      // Not push(...rows): a national cascade step returns more rows than a call has arguments.
      for (const row of rows) out.push(row);
    }
    return batches.length;
  };

  /**
   * Runs a per-key file once per key, in key order (as the batched statements order their rows by
   * key first), spread in contiguous slices over `conn` and any idle connections `spare` lends.
   */
  const runPerKey = async (
    conn: Connection,
    name: string,
    params: Record<string, unknown>,
    param: string,
    keys: readonly unknown[],
    out: Row[],
    spare?: Spare,
  ): Promise<number> => {
    const sorted = [...keys].sort();
    const slice = async (c: Connection, slicedKeys: readonly unknown[], rows: Row[]) => {
      let statements = 0;
      for (const key of slicedKeys) statements += await run(c, name, { ...params, [param]: key }, rows);
      return statements;
    };
    const inSlices = async (lent: readonly Connection[]) => {
      const conns = [conn, ...lent];
      const size = Math.ceil(sorted.length / conns.length);
      const parts = conns.map(() => [] as Row[]);
      // Settled, not all: a failed slice must not return a connection another slice still uses.
      const settled = await Promise.allSettled(
        conns.map((c, i) => slice(c, sorted.slice(i * size, (i + 1) * size), parts[i])),
      );
      let statements = 0;
      for (const s of settled) {
        if (s.status === 'rejected') throw s.reason;
        statements += s.value;
      }
      for (const rows of parts) for (const row of rows) out.push(row);
      return statements;
    };
    const wanted = Math.floor(sorted.length / KEYS_PER_CONNECTION) - 1;
    return spare && wanted >= 1 ? spare(wanted, inSlices) : inSlices([]);
  };

  const execute = async (
    conn: Connection,
    name: string,
    params: Record<string, unknown>,
    spare?: Spare,
  ): Promise<Row[]> => {
    const started = performance.now();
    const out: Row[] = [];
    let statements = 0;
    const perKey = loader.find(`${name}-each`);
    const keys = perKey?.each ? params[perKey.each.list] : undefined;
    if (perKey?.each?.param === null && Array.isArray(keys)) {
      // Per row, whatever the count: each row costs one key lookup instead of a scan per row.
      for (const row of keys as Record<string, unknown>[]) {
        statements += await run(conn, perKey.name, { ...params, ...row }, out);
      }
    } else if (
      perKey?.each?.param &&
      Array.isArray(keys) &&
      keys.length > 0 &&
      keys.length <= PER_KEY_LIMIT
    ) {
      statements = await runPerKey(conn, perKey.name, params, perKey.each.param, keys, out, spare);
    } else {
      statements = await run(conn, name, params, out);
    }
    options.listener?.({ name, rows: out.length, ms: performance.now() - started, statements });
    return out;
  };

  const raw = async (conn: Connection, name: string, text: string): Promise<Row[]> => {
    const started = performance.now();
    const rows = await allRows(await conn.query(text));
    options.listener?.({ name, rows: rows.length, ms: performance.now() - started, statements: 1 });
    return rows;
  };

  const checkpoint = async () => {
    await execute(writeConnection, 'admin/checkpoint', {});
    checkpointOwed = false;
  };

  /** Runs `work` on the write connection in one transaction. */
  const transaction = <T>(work: () => Promise<T>): Promise<T> =>
    writeLock.run(async () => {
      // Kuzu 0.11.3 leaves a dangling pointer in a row's update-version chain when it rolls back
      // an update of a row with an earlier committed update; the next update of that row then
      // fails with a false write-write conflict or crashes the process. A checkpoint discards
      // the chains, so none is left standing between a rollback and the next write.
      if (checkpointOwed) await checkpoint();
      await raw(writeConnection, 'BEGIN TRANSACTION', 'BEGIN TRANSACTION');
      try {
        const result = await work();
        await raw(writeConnection, 'COMMIT', 'COMMIT');
        if (options.checkpointAfterWrite) await checkpoint();
        return result;
      } catch (error) {
        // Kuzu may already have rolled back a failed statement's transaction.
        await raw(writeConnection, 'ROLLBACK', 'ROLLBACK').catch(() => undefined);
        checkpointOwed = true;
        // Settled now when possible; otherwise the next write retries before it begins.
        await checkpoint().catch(() => undefined);
        throw error;
      }
    });

  return {
    name: 'kuzu',
    soleWriter: true,

    async read(name, params = {}) {
      return readers.use(async (conn) => {
        try {
          return await execute(conn, name, params, readers.useIdle.bind(readers));
        } catch (cause) {
          if (cause instanceof PolicyCascadeError) throw cause;
          throw new PolicyCascadeError('INTERNAL', `Kuzu query ${name} failed: ${(cause as Error).message}`, {
            cause,
          });
        }
      });
    },

    async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
      return transaction(() => work({ run: (name, params = {}) => execute(writeConnection, name, params) }));
    },

    async bulkLoad(items, beforeTable) {
      const run = (name: string, text: string) => raw(writeConnection, name, text);
      // COPY inside one transaction: Kuzu rolls all tables back when one fails.
      await withCsvDirectory((dir) =>
        transaction(() => streamAndCopyCsvTables(run, loader, dir, items, beforeTable)),
      );
      // A load is large: settle it now rather than leave it to the next write (see `transaction`).
      await writeLock.run(() =>
        checkpoint().catch(() => {
          checkpointOwed = true;
        }),
      );
    },

    async migrateSchema() {
      await writeLock.run(async () => {
        for (const name of SCHEMA_FILES) {
          for (const statement of loader.load(name).statements) await raw(writeConnection, name, statement);
        }
        const indexes = await execute(writeConnection, 'admin/indexes', {});
        if (!indexes.some((r) => r.index_name === PROVISION_FULLTEXT_INDEX)) {
          for (const statement of loader.load(FULLTEXT_FILE).statements) {
            await raw(writeConnection, FULLTEXT_FILE, statement);
          }
        }
      });
    },

    async close() {
      await writeLock.run(async () => {
        await readers.drain();
        for (const conn of [writeConnection, ...readers.all()]) await conn.close();
        await db.close();
      });
    },
  };
}
