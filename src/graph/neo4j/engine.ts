// Neo4j executor: the only code that talks to the server. Managed transactions (executeRead /
// executeWrite) retry transient errors; a connectivity check at open gives a clear error when
// Neo4j is configured but unreachable.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { tablesOf } from '../bulk-rows.js';
import { CypherLoader, declaredParams } from '../cypher-files.js';
import type { EngineOptions, GraphEngine } from '../engine.js';
import type { Row } from '../port.js';
import { loadNeo4jTables } from './bulk.js';
import { mapNeo4jError } from './errors.js';
import { fromNeo4j, toNeo4jParam } from './values.js';

export interface Neo4jEngineOptions extends EngineOptions {
  uri?: string;
  user: string;
  password: string;
  database?: string;
  /** How long managed transactions keep retrying transient errors (ms). */
  maxRetryTime?: number;
}

const SCHEMA_FILES = ['schema/001-structure', 'schema/002-fulltext'] as const;

export async function openNeo4jEngine(options: Neo4jEngineOptions): Promise<GraphEngine> {
  const uri = options.uri ?? 'neo4j://localhost:7687';
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(options.user, options.password), {
    maxTransactionRetryTime: options.maxRetryTime ?? 15_000,
    connectionAcquisitionTimeout: 20_000,
    disableLosslessIntegers: false,
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw mapNeo4jError(error, uri, 'connecting');
  }
  const loader = new CypherLoader('neo4j');
  const session = () => driver.session({ database: options.database });

  const run = async (tx: ManagedTransaction, name: string, text: string, params: Record<string, unknown>) => {
    const started = performance.now();
    const result = await tx.run(text, toNeo4jParam(params) as Record<string, unknown>);
    const rows: Row[] = result.records.map((record) => fromNeo4j(record.toObject()) as Row);
    options.listener?.({ name, rows: rows.length, ms: performance.now() - started, statements: 1 });
    return rows;
  };
  const named = (tx: ManagedTransaction, name: string, params: Record<string, unknown>) => {
    const { query, text } = loader.statement(name);
    return run(tx, name, text, declaredParams(query, params));
  };

  return {
    name: 'neo4j',
    soleWriter: false,

    async read(name, params = {}) {
      const s = session();
      try {
        return await s.executeRead((tx) => named(tx, name, params));
      } catch (error) {
        throw mapNeo4jError(error, uri, `query ${name}`);
      } finally {
        await s.close();
      }
    },

    async write(work) {
      const s = session();
      try {
        // The driver may run `work` again after a transient error; each attempt starts clean.
        return await s.executeWrite((tx) => work({ run: (name, params = {}) => named(tx, name, params) }));
      } catch (error) {
        throw mapNeo4jError(error, uri, 'write');
      } finally {
        await s.close();
      }
    },

    async bulkLoad(items, beforeTable) {
      // Gathered per table first: a transaction function may be retried, and a stream runs once.
      const tables = tablesOf(items);
      const s = session();
      try {
        // One transaction: a failure leaves nothing behind. A retry after a transient error
        // starts the whole load again.
        await s.executeWrite((tx) =>
          loadNeo4jTables(tables, (name, rows) => named(tx, name, { rows }), beforeTable),
        );
      } catch (error) {
        throw mapNeo4jError(error, uri, 'bulk load');
      } finally {
        await s.close();
      }
    },

    async migrateSchema() {
      // Schema commands cannot share a transaction with others: one auto-commit call each.
      for (const name of SCHEMA_FILES) {
        for (const statement of loader.load(name).statements) {
          const s = session();
          try {
            const started = performance.now();
            await s.run(statement);
            options.listener?.({ name, rows: 0, ms: performance.now() - started, statements: 1 });
          } catch (error) {
            throw mapNeo4jError(error, uri, `migration ${name}`);
          } finally {
            await s.close();
          }
        }
      }
    },

    close: () => driver.close(),
  };
}
