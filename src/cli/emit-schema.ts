// `npm run emit-schema`: writes graphql/schema.graphql from the type-graphql code (or, with
// --check, exits 1 when the committed file is stale).
import 'reflect-metadata';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { SCHEMA_FILE, emitApiSchema } from '../api/schema.js';

const program = new Command('emit-schema')
  .description('Write the GraphQL schema emitted from the code to graphql/schema.graphql')
  .option('--check', 'fail when the committed schema differs instead of writing it')
  .option('-o, --out <file>', 'output file', SCHEMA_FILE)
  .parse();

const { check, out } = program.opts<{ check?: boolean; out: string }>();
if (check) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-'));
  try {
    await emitApiSchema(path.join(dir, 'schema.graphql'));
    const [emitted, committed] = await Promise.all([
      readFile(path.join(dir, 'schema.graphql'), 'utf8'),
      readFile(out, 'utf8').catch(() => ''),
    ]);
    if (emitted !== committed) {
      console.error(`${out} is stale: run npm run emit-schema`);
      process.exitCode = 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
} else {
  await emitApiSchema(out);
  console.log(`wrote ${out}`);
}
