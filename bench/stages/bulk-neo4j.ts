// Stage 4 (Neo4j): the engine's recommended bulk path for a live database: the same corpus rows
// (bulk-rows.ts) in UNWIND batches of CREATE, one transaction per batch, after the project's own
// migrations, into a database cleared of everything but the region tree.
import neo4j, { type Driver } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';
import { summaryOf, type BulkStage } from './bulk-kuzu.js';
import { BULK_TABLES, bulkRows, type BulkRow, type BulkTable } from './bulk-rows.js';

const BATCH = 5000;

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

// Labels and types come from BULK_TABLES (code), never from data.
const statement = (t: BulkTable): string =>
  t.kind === 'node'
    ? `UNWIND $rows AS r CREATE (n:${t.name}) SET n = r`
    : `UNWIND $rows AS r MATCH (a:${t.from?.label} {${t.from?.key}: r.from}) MATCH (b:${t.to?.label} {${t.to?.key}: r.to}) ` +
      `CREATE (a)-[e:${t.name}]->(b) SET e = r.props`;

const shape = (t: BulkTable, row: BulkRow): BulkRow => {
  const clean = (r: BulkRow) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined));
  if (t.kind === 'node') return clean(row);
  const { from, to, ...props } = row;
  return { from, to, props: clean(props) };
};

export async function runNeo4jBulk(
  config: Config,
  documents: readonly ParsedDocument[],
  links: LinkResult,
): Promise<BulkStage> {
  await (await openGraphStore(config)).close();
  await clearNeo4j(config);
  const prepareStarted = performance.now();
  const byTable = new Map<BulkTable, BulkRow[]>(BULK_TABLES.map((t) => [t, []]));
  for (const [t, row] of bulkRows(documents, links)) byTable.get(t)?.push(shape(t, row));
  const prepareSeconds = (performance.now() - prepareStarted) / 1000;

  const driver = driverFor(config);
  const tables: BulkStage['tables'] = [];
  const loadStarted = performance.now();
  try {
    const session = driver.session({ database: config.neo4j.database });
    try {
      for (const t of BULK_TABLES) {
        const rows = byTable.get(t) ?? [];
        if (rows.length === 0) continue;
        const started = performance.now();
        for (let i = 0; i < rows.length; i += BATCH) {
          await session.executeWrite((tx) => tx.run(statement(t), { rows: rows.slice(i, i + BATCH) }));
        }
        tables.push({
          table: t.kind === 'node' ? t.name : `${t.name}(${t.from?.label}→${t.to?.label})`,
          rows: rows.length,
          seconds: (performance.now() - started) / 1000,
        });
      }
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
  return {
    prepareSeconds,
    loadSeconds,
    provisionsPerSecond: provisions / loadSeconds,
    summary: await summaryOf(config),
    tables,
  };
}
