// Every stored document (ingested and referenced-only) as API nodes, in read/documents' order:
// coverage compares a document against them and the documents list filters them. Nationally that
// is 3,341 rows per request, the same ones until the corpus changes, so they are kept per revision
// and frozen, since every request shares them.
import type { ApiContext } from '../context.js';
import { documentOf } from '../loaders/rows.js';
import type { DocumentNode } from '../types/document.type.js';

export function corpusDocuments(ctx: ApiContext): Promise<readonly DocumentNode[]> {
  return ctx.corpus.get('documents', async () =>
    Object.freeze((await ctx.reader.read('read/documents')).map((row) => Object.freeze(documentOf(row)))),
  );
}
