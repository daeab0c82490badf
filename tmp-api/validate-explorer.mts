import { readFileSync } from 'node:fs';
import { buildSchema, validate, print } from 'graphql';
import * as q from '../src/explorer/api/queries.js';
const schema = buildSchema(readFileSync('graphql/schema.graphql', 'utf8'));
for (const [name, doc] of Object.entries(q)) {
  if (!doc || typeof doc !== 'object' || (doc as any).kind !== 'Document') continue;
  const errors = validate(schema, doc as any);
  console.log(name, errors.length ? errors.map((e) => e.message).join(' | ') : 'ok');
}
