// Every Cypher file is checked by Neo4j's own Cypher front end against the graph model's labels,
// relationship types and property keys and the parameters its header declares: no syntax or
// semantic errors, no unknown label/type/property, no undeclared parameter, and no declared
// parameter left unused. That holds for Kuzu dialect files too (per-key reads, the subtree UNION),
// except the few written in Kuzu-only syntax (DDL, COPY, CHECKPOINT, table functions), which are
// listed below and must keep failing Neo4j's front end, so the list cannot go stale.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, parseCypherFile } from '../../src/graph/cypher-files.js';
import { NODE_LABELS, PROPERTY_KEYS, RELATIONSHIP_TYPES } from '../../src/graph/model.js';

/** Kuzu files in syntax Neo4j does not have; Kuzu itself checks them when the store runs them. */
const KUZU_ONLY_SYNTAX = [
  'admin/checkpoint.kuzu.cypher', // CHECKPOINT
  'admin/indexes.kuzu.cypher', // CALL SHOW_INDEXES()
  'bulk/copy-pair.kuzu.cypher', // COPY … FROM template
  'bulk/copy.kuzu.cypher', // COPY … FROM template
  'bulk/table-info.kuzu.cypher', // CALL TABLE_INFO()
  'read/search.kuzu.cypher', // CALL QUERY_FTS_INDEX(…)
  'schema/001-structure.kuzu.cypher', // CREATE NODE/REL TABLE
  'schema/002-fulltext.kuzu.cypher', // CALL CREATE_FTS_INDEX(…)
];

const files = (readdirSync(CYPHER_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();

const sample = (type: string): unknown => {
  if (type.startsWith('LIST')) return [];
  if (type.startsWith('MAP')) return {};
  if (type === 'INTEGER') return 1;
  if (type === 'FLOAT') return 1.5;
  if (type === 'BOOLEAN') return true;
  return 'x';
};

// Properties of procedure results and system views the schema does not list.
const EXTRA_PROPERTY_KEYS = ['index_name'];

const problemsOf = (file: string) => {
  const parsed = parseCypherFile(file, file, readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
  expect(parsed.statements.length).toBeGreaterThan(0);
  const schema = {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    // Row fields read from UNWIND-ed maps (`r.sourceId`) are declared in the header, not the model.
    propertyKeys: [...PROPERTY_KEYS, ...EXTRA_PROPERTY_KEYS, ...parsed.params.flatMap((p) => p.fields)],
    parameters: Object.fromEntries(parsed.params.map((p) => [p.name, sample(p.type)])),
  };
  const problems = parsed.statements.flatMap((statement) =>
    lintCypherQuery(statement, schema).diagnostics.map(
      (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message} in: ${statement}`,
    ),
  );
  const body = parsed.statements.join('\n');
  for (const p of parsed.params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(body)) problems.push(`@param ${p.name} is unused`);
  }
  return problems;
};

describe('Cypher files pass the Neo4j linter', () => {
  it('finds the query files (shared, Neo4j and Kuzu dialects)', () => {
    expect(files).toContain('write/provisions.cypher');
    expect(files).toContain('read/search.neo4j.cypher');
    expect(files).toContain('read/provisions-by-id-each.kuzu.cypher');
    expect(files).toEqual(expect.arrayContaining(KUZU_ONLY_SYNTAX));
  });

  it.each(files.filter((f) => !KUZU_ONLY_SYNTAX.includes(f)))('%s', (file) => {
    expect(problemsOf(file)).toEqual([]);
  });

  it.each(KUZU_ONLY_SYNTAX)('%s is Kuzu-only syntax (Neo4j rejects it)', (file) => {
    expect(problemsOf(file).length).toBeGreaterThan(0);
  });
});
