// The write side of the API: ingest a document (parse → link against the stored corpus → write),
// delete one, or relink the whole corpus. Each is one store transaction, so a failure anywhere
// leaves the graph as it was. Ingesting links and writes the document with the links touching it;
// links between other documents stay as they are until `relink` recomputes every link. Linking runs
// on worker threads once the corpus is large enough to matter, so the API keeps answering.
import { PolicyCascadeError } from '../../errors.js';
import { parseDocument } from '../../ingest/index.js';
import type { ParsedDocument } from '../../ingest/schema.js';
import { linkCorpusParallel, linkDocumentParallel } from '../../link/index.js';
import type { LinkResult } from '../../link/types.js';
import type { ApiContext } from '../context.js';
import { loadCorpus } from './corpus.service.js';

/** Decoded upload size cap; the HTTP body limit is set a third above it for base64. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface IngestSource {
  base64?: string | null;
  text?: string | null;
  fileName?: string | null;
  url?: string | null;
  retrievedAt?: string | null;
}

export function documentBytes(source: IngestSource): { bytes: Uint8Array; fileName: string } {
  const hasFile = typeof source.base64 === 'string';
  const hasText = typeof source.text === 'string';
  if (hasFile === hasText) {
    throw new PolicyCascadeError('BAD_USER_INPUT', 'Give exactly one of file (base64) or text', {
      details: { argument: 'input' },
    });
  }
  if (hasFile) {
    const base64 = source.base64!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
      throw new PolicyCascadeError('BAD_USER_INPUT', 'file.base64 is not valid base64', {
        details: { argument: 'file' },
      });
    }
    if (!source.fileName) {
      throw new PolicyCascadeError(
        'BAD_USER_INPUT',
        'file.fileName is required (its extension tells the format)',
        {
          details: { argument: 'file' },
        },
      );
    }
    return { bytes: checkSize(Buffer.from(base64, 'base64')), fileName: source.fileName };
  }
  if (source.text!.trim() === '') {
    throw new PolicyCascadeError('BAD_USER_INPUT', 'text is empty', { details: { argument: 'text' } });
  }
  return { bytes: checkSize(Buffer.from(source.text!, 'utf8')), fileName: source.fileName ?? 'pasted.txt' };
}

function checkSize(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new PolicyCascadeError('INPUT_TOO_LARGE', `The document exceeds ${MAX_DOCUMENT_BYTES} bytes`);
  }
  if (bytes.byteLength === 0) throw new PolicyCascadeError('BAD_USER_INPUT', 'The document is empty');
  return bytes;
}

export interface IngestOutcome {
  document: ParsedDocument;
  links: LinkResult;
}

export async function ingestDocument(ctx: ApiContext, source: IngestSource): Promise<IngestOutcome> {
  const { bytes, fileName } = documentBytes(source);
  const meta = { url: source.url ?? undefined, retrievedAt: source.retrievedAt ?? undefined };
  const document = await parseDocument({ bytes, fileName, meta });
  return { document, links: await ingestParsed(ctx, document) };
}

/**
 * What ingesting does once the document is parsed: links it against the stored corpus (only the
 * links that can touch it: linkDocument) and writes it with them. Returns those links.
 */
export async function ingestParsed(ctx: ApiContext, document: ParsedDocument): Promise<LinkResult> {
  const corpus = (await loadCorpus(ctx)).filter((d) => d.id !== document.id);
  const links = await linkDocumentParallel([...corpus, document], document.id);
  await ctx.store.writeDocument(document, links);
  ctx.logger.info({ documentId: document.id, provisions: document.provisions.length }, 'document ingested');
  return links;
}

export async function deleteDocument(ctx: ApiContext, documentId: string): Promise<void> {
  if (!(await ctx.store.deleteDocument(documentId))) {
    throw new PolicyCascadeError('NOT_FOUND', `No ingested document with ID ${documentId}`, {
      details: { id: documentId },
    });
  }
  ctx.logger.info({ documentId }, 'document deleted');
}

export async function relink(ctx: ApiContext): Promise<LinkResult> {
  const links = await linkCorpusParallel(await loadCorpus(ctx));
  await ctx.store.replaceLinks(links);
  return links;
}
