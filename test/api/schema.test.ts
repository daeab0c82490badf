// The committed graphql/schema.graphql is what the code emits: regenerate it with
// `npm run emit-schema` when this fails.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, buildApiSchema, emitApiSchema } from '../../src/api/schema.js';

describe('graphql/schema.graphql', () => {
  it('matches the schema emitted from the code', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'schema-'));
    try {
      await emitApiSchema(path.join(dir, 'schema.graphql'));
      const emitted = readFileSync(path.join(dir, 'schema.graphql'), 'utf8');
      expect(
        readFileSync(SCHEMA_FILE, 'utf8'),
        'graphql/schema.graphql is stale: run npm run emit-schema',
      ).toBe(emitted);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows the conventions: Node interface, connections with totalCount, enums for levels and roles', async () => {
    const schema = await buildApiSchema();
    const node = schema.getType('Node');
    expect(node).toBeDefined();
    for (const name of ['Document', 'Provision', 'Unit', 'Region', 'Concept', 'Target']) {
      const type = schema.getType(name) as { getInterfaces?: () => { name: string }[] };
      expect(type.getInterfaces?.().map((i) => i.name)).toEqual(['Node']);
    }
    const connection = schema.getType('ProvisionConnection') as unknown as {
      getFields: () => Record<string, unknown>;
    };
    expect(Object.keys(connection.getFields()).sort()).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
    const level = schema.getType('GovernmentLevel') as unknown as {
      getValues: () => { name: string; value: string }[];
    };
    expect(level.getValues().map((v) => [v.name, v.value])).toEqual([
      ['CENTRAL', 'central'],
      ['PROVINCE', 'province'],
      ['CITY', 'city'],
      ['COUNTY', 'county'],
      ['TOWNSHIP', 'township'],
    ]);
    const role = schema.getType('UnitRole') as unknown as { getValues: () => { name: string }[] };
    expect(role.getValues().map((v) => v.name)).toEqual(['LEAD', 'CO_LEAD', 'SUPPORT']);
  });
});
