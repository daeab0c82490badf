// Seeding service: parse every file, link the corpus as a whole, then write. Into a store without
// documents the whole corpus goes through the engine's bulk path (store.loadCorpus); otherwise each
// document is written atomically (without links) and the links are replaced once. Parsing and
// linking finish before the first write, so a file that fails to parse leaves the graph untouched.
// Running it twice on the same files changes nothing.
import { PolicyCascadeError } from '../errors.js';
import { namedQuery } from '../graph/queries.js';
import type { GraphStore } from '../graph/port.js';
import { holdsNoCorpus } from '../graph/store.js';
import { parseDocumentFile } from '../ingest/index.js';
import type { ParsedDocument } from '../ingest/schema.js';
import { linkCorpusParallel } from '../link/index.js';
import type { LinkResult } from '../link/types.js';

export { seedFiles } from './files.js';

export type SeedPhase = 'parse' | 'link' | 'write' | 'links';

export interface SeedProgress {
  phase: SeedPhase;
  done: number;
  total: number;
  /** The file or document being worked on, when the phase has one. */
  item?: string;
}

export interface SeedOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Parser; defaults to src/ingest's parseDocumentFile. */
  parse?: (file: string) => Promise<ParsedDocument>;
  /** Linker; defaults to src/link's linkCorpusParallel (worker threads, same result as linkCorpus). */
  link?: (documents: readonly ParsedDocument[]) => LinkResult | Promise<LinkResult>;
}

/** How the documents were written: one bulk load, or document by document. */
export type SeedPath = 'bulk' | 'incremental';

/** A link result without links: documents are written alone, their links once afterwards. */
export const EMPTY_LINKS: LinkResult = {
  implementations: [],
  similarities: [],
  documentLinks: [],
  referencedDocuments: [],
};

export interface SeedReport {
  path: SeedPath;
  documents: { id: string; file: string; provisions: number; warnings: number }[];
  links: {
    implementations: number;
    similarities: number;
    documentLinks: number;
    referencedDocuments: number;
  };
  ms: Record<SeedPhase, number>;
}

export async function seedCorpus(
  store: GraphStore,
  files: readonly string[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const parse = options.parse ?? ((file: string) => parseDocumentFile(file));
  const link = options.link ?? ((documents: readonly ParsedDocument[]) => linkCorpusParallel(documents));
  const progress = options.onProgress ?? (() => undefined);
  const ms: Record<SeedPhase, number> = { parse: 0, link: 0, write: 0, links: 0 };
  const timed = async <T>(phase: SeedPhase, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      ms[phase] += performance.now() - started;
    }
  };

  const documents: ParsedDocument[] = [];
  const fileOf = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    progress({ phase: 'parse', done: i, total: files.length, item: file });
    const doc = await timed('parse', () => parse(file));
    const earlier = fileOf.get(doc.id);
    if (earlier) {
      throw new PolicyCascadeError(
        'BAD_USER_INPUT',
        `${file} and ${earlier} are the same document (${doc.id})`,
      );
    }
    fileOf.set(doc.id, file);
    documents.push(doc);
  }
  progress({ phase: 'parse', done: files.length, total: files.length });

  progress({ phase: 'link', done: 0, total: 1 });
  const links = await timed('link', () => link(documents));
  progress({ phase: 'link', done: 1, total: 1 });

  const path: SeedPath = holdsNoCorpus(await store.counts()) ? 'bulk' : 'incremental';
  if (path === 'bulk') {
    progress({ phase: 'write', done: 0, total: documents.length });
    await timed('write', () => store.loadCorpus(documents, links));
    progress({ phase: 'write', done: documents.length, total: documents.length });
    progress({ phase: 'links', done: 0, total: 1 });
    progress({ phase: 'links', done: 1, total: 1 });
  } else {
    for (const [i, doc] of documents.entries()) {
      progress({ phase: 'write', done: i, total: documents.length, item: doc.id });
      await timed('write', () => store.writeDocument(doc, EMPTY_LINKS));
    }
    progress({ phase: 'write', done: documents.length, total: documents.length });

    progress({ phase: 'links', done: 0, total: 1 });
    await timed('links', () => store.replaceLinks(links));
    progress({ phase: 'links', done: 1, total: 1 });
  }

  return {
    path,
    documents: documents.map((d) => ({
      id: d.id,
      file: fileOf.get(d.id) ?? d.sourceFile,
      provisions: d.provisions.length,
      warnings: d.warnings.length,
    })),
    links: {
      implementations: links.implementations.length,
      similarities: links.similarities.length,
      documentLinks: links.documentLinks.length,
      referencedDocuments: links.referencedDocuments.length,
    },
    ms,
  };
}

/** True when no document has been ingested (referenced-only documents and regions aside). */
export async function isStoreEmpty(store: GraphStore): Promise<boolean> {
  const [row] = await store.read(namedQuery('admin/ingested-document-count'));
  return Number(row?.count ?? 0) === 0;
}
