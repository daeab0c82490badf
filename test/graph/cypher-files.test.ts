// Named-query files (pure parts): header parameters, statements, dialect resolution.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherLoader, parseCypherFile } from '../../src/graph/cypher-files.js';

describe('parseCypherFile', () => {
  it('reads @param headers (with row fields) and splits statements at a line-ending semicolon', () => {
    const parsed = parseCypherFile(
      'x',
      'x.cypher',
      '// comment\n// @param documentId: STRING\n// @param rows: LIST<MAP{id, name}>\nMATCH (n) RETURN n;\nRETURN 1;\n',
    );
    expect(parsed.params).toEqual([
      { name: 'documentId', type: 'STRING', fields: [] },
      { name: 'rows', type: 'LIST<MAP>', fields: ['id', 'name'] },
    ]);
    expect(parsed.statements).toEqual(['MATCH (n) RETURN n', 'RETURN 1']);
    expect(parsed.each).toBeNull();
  });

  it('reads a per-key header and refuses one that binds an undeclared parameter', () => {
    const text = '// @each id IN ids\n// @param id: STRING\nMATCH (p:Provision {id: $id}) RETURN p.id\n';
    expect(parseCypherFile('x-each', 'x-each.kuzu.cypher', text).each).toEqual({ param: 'id', list: 'ids' });
    expect(() =>
      parseCypherFile('x-each', 'x-each.kuzu.cypher', text.replace('@param id:', '@param key:')),
    ).toThrow(/@each binds \$id, which is not a declared @param/);
  });

  it('reads a per-row header, whose rows bind their fields as parameters', () => {
    const text = '// @each-row IN rows\n// @param id: STRING\nMATCH (p:Provision {id: $id}) DELETE p\n';
    expect(parseCypherFile('x-each', 'x-each.kuzu.cypher', text).each).toEqual({ param: null, list: 'rows' });
  });
});

describe('CypherLoader', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
  mkdirSync(path.join(dir, 'read'));
  writeFileSync(path.join(dir, 'read', 'q.cypher'), 'RETURN 1 AS shared');
  writeFileSync(path.join(dir, 'read', 'q.kuzu.cypher'), 'RETURN 2 AS kuzu');

  it('prefers the engine dialect file and falls back to the shared one', () => {
    expect(new CypherLoader('kuzu', dir).statement('read/q').text).toBe('RETURN 2 AS kuzu');
    expect(new CypherLoader('neo4j', dir).statement('read/q').text).toBe('RETURN 1 AS shared');
  });

  it('rejects names that are not plain query paths, and unknown queries', () => {
    const loader = new CypherLoader('kuzu', dir);
    expect(() => loader.load('../etc/passwd')).toThrow(/Invalid query name/);
    expect(() => loader.load('read/missing')).toThrow(/No Cypher file/);
  });
});
