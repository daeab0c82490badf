// What of a link result one document's ingest can change: the links with an end in it. Ingest
// links only the sources that can have such links (`touchingSources`) and writes only those links
// (`linksTouching`), so its cost follows the document's place in the hierarchy, not the corpus.
import { PolicyCascadeError } from '../errors.js';
import type { ParsedDocument } from '../ingest/schema.js';
import { type AncestorResolver, isOnChain } from './chain.js';
import { dedupeSimilarities } from './similarity.js';
import type { LinkResult } from './types.js';

/** One document, and its provisions' IDs. */
export interface DocumentScope {
  documentId: string;
  provisionIds: ReadonlySet<string>;
}

export const scopeOf = (document: ParsedDocument): DocumentScope => ({
  documentId: document.id,
  provisionIds: new Set(document.provisions.map((p) => p.id)),
});

/**
 * The links with an end in the document (a provision of it, or it as a document) and the
 * referenced documents those cite.
 */
export function linksTouching(links: LinkResult, scope: DocumentScope): LinkResult {
  const touches = (l: { sourceId: string; targetId: string }) =>
    scope.provisionIds.has(l.sourceId) || scope.provisionIds.has(l.targetId);
  const documentLinks = links.documentLinks.filter(
    (l) => l.sourceDocumentId === scope.documentId || l.targetDocumentId === scope.documentId,
  );
  const cited = new Set(documentLinks.map((l) => l.targetDocumentId));
  return {
    implementations: links.implementations.filter(touches),
    similarities: links.similarities.filter(touches),
    documentLinks,
    referencedDocuments: links.referencedDocuments.filter((d) => cited.has(d.id)),
  };
}

/**
 * Sources as a range of the corpus' profiles (one per provision, in document order), and whether
 * their SIMILAR_TO candidates are wanted.
 */
export interface SourceRange {
  from: number;
  to: number;
  similarities: boolean;
}

/**
 * The sources whose links can touch `documentId`: its own provisions (IMPLEMENTS up its chain,
 * SIMILAR_TO with its peers) and those of every document that has it on its chain (their
 * IMPLEMENTS edges may point into it). No other source has an IMPLEMENTS edge touching it: a
 * target is on its source's chain. SIMILAR_TO pairs are found from either end, but only the
 * document's own end is searched: a peer that would now list one of its provisions among its own
 * best keeps its earlier list until the next relink, as every link between other documents does.
 */
export function touchingSources(
  documents: readonly ParsedDocument[],
  documentId: string,
  resolve?: AncestorResolver,
): SourceRange[] {
  const document = documents.find((d) => d.id === documentId);
  if (!document) {
    throw new PolicyCascadeError('INTERNAL', `Document ${documentId} is not in the corpus being linked`);
  }
  const ranges: SourceRange[] = [];
  let from = 0;
  for (const d of documents) {
    const to = from + d.provisions.length;
    const own = d === document;
    if (to > from && (own || isOnChain(d, document, resolve))) {
      const last = ranges[ranges.length - 1];
      // Adjacent lower documents form one range: fewer, larger units of work.
      if (last && last.to === from && !last.similarities && !own) last.to = to;
      else ranges.push({ from, to, similarities: own });
    }
    from = to;
  }
  return ranges;
}

/** The links found from `touchingSources`' ranges, kept to those touching the document. */
export function touchingResult(
  documents: readonly ParsedDocument[],
  documentId: string,
  parts: readonly Pick<LinkResult, 'implementations' | 'similarities'>[],
  citations: Pick<LinkResult, 'documentLinks' | 'referencedDocuments'>,
): LinkResult {
  const document = documents.find((d) => d.id === documentId)!;
  const links: LinkResult = {
    implementations: parts.flatMap((p) => p.implementations),
    similarities: dedupeSimilarities(parts.flatMap((p) => p.similarities)),
    documentLinks: citations.documentLinks,
    referencedDocuments: citations.referencedDocuments,
  };
  return linksTouching(links, scopeOf(document));
}
