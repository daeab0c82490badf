// Every GraphQL document the explorer sends must be valid against the API's checked-in schema
// (graphql/schema.graphql, kept fresh by the API's own test), so a schema change that breaks
// the UI fails here rather than in a browser.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '../../src/explorer/api/queries.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../graphql/schema.graphql');

const documents = Object.entries(queries).filter((entry): entry is [string, DocumentNode] => {
  const value = entry[1] as { kind?: string };
  return value.kind === 'Document';
});

describe('explorer GraphQL documents', () => {
  it('exports the queries the views use', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'CASCADE_QUERY',
      'COVERAGE_QUERY',
      'COVERAGE_SCOPE_QUERY',
      'DOCUMENTS_QUERY',
      'DOCUMENT_LAYER_QUERY',
      'DOCUMENT_PROVISIONS_QUERY',
      'NEIGHBORHOOD_QUERY',
      'NODE_DETAILS_QUERY',
      'SEARCH_QUERY',
      'UNITS_QUERY',
      'UNIT_TASKS_QUERY',
    ]);
  });

  it.skipIf(!existsSync(SCHEMA_FILE))('validates against graphql/schema.graphql', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const problems = documents.flatMap(([name, doc]) =>
      validate(schema, doc).map((e) => `${name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });
});
