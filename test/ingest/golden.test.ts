// Golden parses of the five seed documents. A change in any parse shows up as a diff here;
// regenerate deliberately with `UPDATE=1 npx vitest run --project unit test/ingest/golden.test.ts`.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../src/ingest/index.js';

const SEED = path.resolve(import.meta.dirname, '../../seed/documents');
const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/golden');
const update = process.env.UPDATE === '1';
const files = (await readdir(SEED)).filter((f) => f.endsWith('.txt')).sort();

describe('golden parses of the seed documents', () => {
  it('covers all five seed documents', () => {
    expect(files).toHaveLength(5);
  });
  for (const file of files) {
    it(file, async () => {
      const parsed = JSON.parse(JSON.stringify(await parseDocumentFile(path.join(SEED, file))));
      const golden = path.join(GOLDEN, file.replace(/\.txt$/, '.json'));
      if (update) {
        await mkdir(GOLDEN, { recursive: true });
        await writeFile(golden, `${JSON.stringify(parsed, null, 2)}\n`);
      }
      expect(existsSync(golden), `${golden} missing: run with UPDATE=1`).toBe(true);
      expect(parsed).toEqual(JSON.parse(await readFile(golden, 'utf8')));
    });
  }
});
