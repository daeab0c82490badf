// Neo4j's bulk path for a live database: the corpus rows (../bulk-rows.ts) in UNWIND batches of
// CREATE (cypher/bulk/<table>.neo4j.cypher, labels literal in each file), all in the caller's one
// transaction. Relationship rows become {from, to, props}; null properties are left out, as the
// write path's SET of a null leaves no property.
import type { BulkRow, BulkTable, BulkTableRows } from '../bulk-rows.js';

export const BULK_BATCH_ROWS = 5000;

const withoutNulls = (row: BulkRow): BulkRow =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));

export function neo4jBulkRow(table: BulkTable, row: BulkRow): BulkRow {
  if (table.kind === 'node') return withoutNulls(row);
  const { from, to, ...props } = row;
  return { from, to, props: withoutNulls(props) };
}

/** Runs every table's batches through `run(queryName, rows)` in BULK_TABLES order. */
export async function loadNeo4jTables(
  tables: readonly BulkTableRows[],
  run: (name: string, rows: BulkRow[]) => Promise<unknown>,
  beforeTable?: (table: BulkTable, step: number) => void,
  batchRows = BULK_BATCH_ROWS,
): Promise<void> {
  let step = 0;
  for (const { table, rows } of tables) {
    if (rows.length === 0) continue;
    beforeTable?.(table, step++);
    for (let i = 0; i < rows.length; i += batchRows) {
      await run(
        `bulk/${table.statement}`,
        rows.slice(i, i + batchRows).map((r) => neo4jBulkRow(table, r)),
      );
    }
  }
}
