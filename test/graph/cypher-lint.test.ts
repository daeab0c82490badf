// Every Cypher file meant for Neo4j (shared x.cypher and x.neo4j.cypher, not x.kuzu.cypher) is
// checked by Neo4j's own Cypher front end against the graph model's labels, relationship types
// and property keys and the parameters its header declares: no syntax or semantic errors, no
// unknown label/type/property, no undeclared parameter, and no declared parameter left unused.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, parseCypherFile } from '../../src/graph/cypher-files.js';
import { NODE_LABELS, PROPERTY_KEYS, RELATIONSHIP_TYPES } from '../../src/graph/model.js';

const files = (readdirSync(CYPHER_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.cypher') && !f.endsWith('.kuzu.cypher'))
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

describe('Cypher files pass the Neo4j linter', () => {
  it('finds the query files (shared and Neo4j dialect)', () => {
    expect(files).toContain('write/provisions.cypher');
    expect(files).toContain('read/search.neo4j.cypher');
    expect(files).toContain('schema/001-structure.neo4j.cypher');
    expect(files.some((f) => f.endsWith('.kuzu.cypher'))).toBe(false);
  });

  it.each(files)('%s', (file) => {
    const parsed = parseCypherFile(file, file, readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
    expect(parsed.statements.length).toBeGreaterThan(0);
    const schema = {
      labels: [...NODE_LABELS],
      relationshipTypes: [...RELATIONSHIP_TYPES],
      // Row fields read from UNWIND-ed maps (`r.sourceId`) are declared in the header, not the model.
      propertyKeys: [...PROPERTY_KEYS, ...EXTRA_PROPERTY_KEYS, ...parsed.params.flatMap((p) => p.fields)],
      parameters: Object.fromEntries(parsed.params.map((p) => [p.name, sample(p.type)])),
    };
    for (const statement of parsed.statements) {
      const problems = lintCypherQuery(statement, schema).diagnostics.map(
        (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
      );
      expect(problems, statement).toEqual([]);
    }
    const body = parsed.statements.join('\n');
    for (const p of parsed.params)
      expect(body, `@param ${p.name} is unused`).toMatch(new RegExp(`\\$${p.name}\\b`));
  });
});
