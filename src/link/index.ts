// Entry point of the cascade linker (pure: no I/O). The seeding service and `relink` call
// `linkCorpus`, an ingest `linkDocument` (only the links touching one document); the CLIs also use
// `createLinker` to explain one provision's candidates.
import type { ParsedDocument } from '../ingest/schema.js';
import type { AncestorResolver } from './chain.js';
import { resolveCitations, type ResolvedCitations } from './citations.js';
import { DEFAULT_LINK_CONFIG, type LinkConfig } from './config.js';
import { ImplementationFinder, type Candidate } from './implementations.js';
import { buildCorpus, type Corpus } from './profile.js';
import { findSimilarities, SimilarityFinder } from './similarity.js';
import { createJiebaTokenizer, type Tokenizer } from './text.js';
import { touchingResult, touchingSources } from './touching.js';
import type { Implementation, LinkResult, Similarity } from './types.js';

export type { LinkResult } from './types.js';
export type { LinkConfig } from './config.js';
export { DEFAULT_LINK_CONFIG, parseLinkConfig } from './config.js';
export { linkCorpusParallel, linkDocumentParallel, type ParallelLinkOptions } from './parallel.js';
export { linksTouching, scopeOf, type DocumentScope } from './touching.js';
export type { Candidate } from './implementations.js';
export type { AncestorResolver } from './chain.js';

export interface LinkOptions {
  /** Weights and thresholds; defaults to the values shipped in seed/link-config.json. */
  config?: LinkConfig;
  /** Region ancestors for documents whose `region.ancestors` is empty (e.g. gazetteer chain). */
  ancestors?: AncestorResolver;
  /** Word segmentation; defaults to jieba with the corpus' concept names added to its dictionary. */
  tokenizer?: Tokenizer;
  /** Skip SIMILAR_TO (the costliest part on a national corpus) when not needed. */
  similarities?: boolean;
}

export interface Linker {
  readonly corpus: Corpus;
  readonly citations: ResolvedCitations;
  /** Scored candidates of one provision (best first), with the kept ones marked. */
  explain(provisionId: string): Candidate[];
  link(): LinkResult;
  /**
   * The work of `link()` for the sources `corpus.profiles[from, to)`: their IMPLEMENTS edges, and
   * their SIMILAR_TO candidates before pairs already found from the other side are removed
   * (`dedupeSimilarities` over all ranges in order gives `link().similarities`); `similarities`
   * false skips the latter.
   */
  linkRange(
    from: number,
    to: number,
    similarities?: boolean,
  ): { implementations: Implementation[]; similarities: Similarity[] };
}

export function createLinker(documents: readonly ParsedDocument[], options: LinkOptions = {}): Linker {
  const config = options.config ?? DEFAULT_LINK_CONFIG;
  const conceptNames = documents.flatMap((d) => d.provisions.flatMap((p) => p.concepts.map((c) => c.name)));
  const tokenizer = options.tokenizer ?? createJiebaTokenizer(conceptNames);
  const corpus = buildCorpus(documents, config, tokenizer);
  const citations = resolveCitations(documents);
  const finder = new ImplementationFinder(corpus, config, citations, options.ancestors);
  let peers: SimilarityFinder | null = null;
  return {
    corpus,
    citations,
    explain(provisionId) {
      const profile = corpus.byId.get(provisionId);
      return profile ? finder.candidates(profile) : [];
    },
    link() {
      return {
        implementations: corpus.profiles.flatMap((p) => finder.implementationsOf(p)),
        similarities: options.similarities === false ? [] : findSimilarities(corpus, config),
        documentLinks: citations.documentLinks,
        referencedDocuments: citations.referencedDocuments,
      };
    },
    linkRange(from, to, withSimilarities = true) {
      const sources = corpus.profiles.slice(from, to);
      const similarities: Similarity[] = [];
      if (options.similarities !== false && withSimilarities) {
        peers ??= new SimilarityFinder(
          corpus,
          config,
          corpus.profiles.filter((p) => p.targetable),
        );
        for (const p of sources) if (p.targetable) peers.of(p, similarities);
      }
      return { implementations: sources.flatMap((p) => finder.implementationsOf(p)), similarities };
    },
  };
}

/**
 * Links every lower-level provision of `documents` to the higher-level provisions on its
 * administrative chain, resolves document-level citations, and finds cross-region similarities.
 */
export function linkCorpus(documents: readonly ParsedDocument[], options: LinkOptions = {}): LinkResult {
  return createLinker(documents, options).link();
}

/**
 * The links of `linkCorpus(documents)` that touch one of them (see `touchingSources` for the one
 * way they can differ), from its sources only: what an ingest of that document writes.
 */
export function linkDocument(
  documents: readonly ParsedDocument[],
  documentId: string,
  options: LinkOptions = {},
): LinkResult {
  const linker = createLinker(documents, options);
  const parts = touchingSources(documents, documentId, options.ancestors).map((r) =>
    linker.linkRange(r.from, r.to, r.similarities),
  );
  return touchingResult(documents, documentId, parts, linker.citations);
}
