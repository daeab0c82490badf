// Every stored document (ingested and referenced-only) as API nodes, in read/documents' order:
// coverage compares a document against them, the documents list filters them and the documents
// loader finds them by ID. Nationally that is 3,341 rows, the same ones until the corpus changes,
// so they are kept per revision and frozen, since every request shares them.
import type { ApiContext } from '../context.js';
import { documentOf } from '../loaders/rows.js';
import type { DocumentNode } from '../types/document.type.js';

/** What reading the corpus's documents takes: the request's reader and the server's cache. */
export type CorpusSource = Pick<ApiContext, 'corpus' | 'reader'>;

export function corpusDocuments(ctx: CorpusSource): Promise<readonly DocumentNode[]> {
  return ctx.corpus.get('documents', async () =>
    Object.freeze((await ctx.reader.read('read/documents')).map((row) => Object.freeze(documentOf(row)))),
  );
}

/**
 * The corpus's documents by ID, for the documents loader: null when the store cannot tell its
 * corpus revision (nothing is kept then, and a request would read every document to find a few).
 */
export function keptDocumentsById(ctx: CorpusSource): Promise<ReadonlyMap<string, DocumentNode>> | null {
  if (!ctx.corpus.keeps()) return null;
  return ctx.corpus.get(
    'documents-by-id',
    async () => new Map((await corpusDocuments(ctx)).map((d) => [d.localId, d])),
  );
}
