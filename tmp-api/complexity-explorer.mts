import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { buildApiSchema } from '../src/api/schema.js';
import * as q from '../src/explorer/api/queries.js';
const schema = await buildApiSchema();
const est = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
for (const [name, doc] of Object.entries(q)) {
  if (!doc || typeof doc !== 'object' || (doc as any).kind !== 'Document') continue;
  console.log(name, getComplexity({ schema, query: parse((await import('graphql')).print(doc as any)), variables: { first: 100, query: 'x', id: 'x', from: 'x', document: 'x', ids: ['x'] }, estimators: est }));
}
for (const f of readdirSync('graphql/queries')) console.log(f, getComplexity({ schema, query: parse(readFileSync('graphql/queries/' + f, 'utf8')), variables: {}, estimators: est }));
