// `npm run emit-schema`: writes graphql/schema.graphql from the type-graphql code (or, with
// --check, exits 1 when the committed file is stale).
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { SCHEMA_FILE, buildApiSchema, printApiSchema } from '../api/schema.js';

const program = new Command('emit-schema')
  .description('Write the GraphQL schema emitted from the code to graphql/schema.graphql')
  .option('--check', 'fail when the committed schema differs instead of writing it')
  .option('-o, --out <file>', 'output file', SCHEMA_FILE)
  .parse();

const { check, out } = program.opts<{ check?: boolean; out: string }>();
const printed = printApiSchema(await buildApiSchema());
if (check) {
  const committed = await readFile(out, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error(`${out} is stale: run npm run emit-schema`);
    process.exitCode = 1;
  }
} else {
  await writeFile(out, printed);
  console.log(`wrote ${out}`);
}
