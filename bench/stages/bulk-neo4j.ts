// Stage 4 (Neo4j): the engine's recommended bulk path for a live database, the baseline: the
// product's corpus rows (src/graph/bulk-rows.ts) in the product's UNWIND batches of CREATE
// (src/graph/neo4j/bulk.ts, cypher/bulk/*.neo4j.cypher), one auto-retried transaction per batch on a
// raw driver, after the project's own migrations, into a database cleared of all but the regions.
import neo4j, { type Driver } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';
import { summaryOf, type BulkStage } from './bulk-kuzu.js';
import { bulkTables, tableLabel, type BulkTable } from '../../src/graph/bulk-rows.js';
import { CypherLoader } from '../../src/graph/cypher-files.js';
import { loadNeo4jTables } from '../../src/graph/neo4j/bulk.js';
import { toNeo4jParam } from '../../src/graph/neo4j/values.js';
import { namedQuery } from '../../src/graph/queries.js';

function driverFor(config: Config): Driver {
  if (!config.neo4j.uri) throw new Error('Neo4j bulk load needs NEO4J_URI');
  return neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
}

/** Empties the database but for the region tree the migrations wrote (labels from a closed list). */
export async function clearNeo4j(config: Config): Promise<void> {
  const driver = driverFor(config);
  const session = driver.session({ database: config.neo4j.database });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:Region CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
    await driver.close();
  }
}

export async function runNeo4jBulk(
  config: Config,
  documents: readonly ParsedDocument[],
  links: LinkResult,
): Promise<BulkStage> {
  const store = await openGraphStore(config);
  const regionCodes = new Set(
    (await store.read(namedQuery('admin/region-codes'))).map((r) => String(r.code)),
  );
  await store.close();
  await clearNeo4j(config);
  const prepareStarted = performance.now();
  const tablesRows = bulkTables(documents, links, { regionCodes });
  const prepareSeconds = (performance.now() - prepareStarted) / 1000;

  const loader = new CypherLoader('neo4j');
  const driver = driverFor(config);
  const starts: { table: BulkTable; started: number }[] = [];
  const loadStarted = performance.now();
  try {
    const session = driver.session({ database: config.neo4j.database });
    try {
      await loadNeo4jTables(
        tablesRows,
        (name, rows) =>
          session.executeWrite((tx) => tx.run(loader.statement(name).text, { rows: toNeo4jParam(rows) })),
        (table) => starts.push({ table, started: performance.now() }),
      );
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
  const loadEnded = performance.now();
  const loadSeconds = (loadEnded - loadStarted) / 1000;
  const tables: BulkStage['tables'] = starts.map((s, i) => ({
    table: tableLabel(s.table),
    rows: tablesRows.find((t) => t.table === s.table)?.rows.length ?? 0,
    seconds: ((starts[i + 1]?.started ?? loadEnded) - s.started) / 1000,
  }));
  const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
  return {
    prepareSeconds,
    loadSeconds,
    provisionsPerSecond: provisions / loadSeconds,
    summary: await summaryOf(config),
    tables,
  };
}
