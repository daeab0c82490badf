// What the cascade linker produces and the graph store writes.
import type { CitationRelation, GovernmentLevel, LinkMethod } from '../domain.js';
import type { Span } from '../ingest/schema.js';

/** A shared concept or phrase, with where it stands in both provisions (for highlighting). */
export interface EvidenceMatch {
  kind: 'concept' | 'phrase' | 'citation';
  text: string;
  sourceSpans: Span[];
  targetSpans: Span[];
}

export interface ImplementationEvidence {
  /** One readable sentence, e.g. 共享概念: 综合行政执法; 共有短语: 执法体制改革. */
  summary: string;
  matches: EvidenceMatch[];
  /** Each signal's contribution to the score, for `link --explain` and the UI. */
  signals: Record<string, number>;
}

/** `source` (lower level) implements `target` (higher level). */
export interface Implementation {
  sourceId: string;
  targetId: string;
  score: number;
  method: LinkMethod;
  evidence: ImplementationEvidence;
}

/** Two provisions of peer documents outside each other's administrative chain that say similar things. */
export interface Similarity {
  sourceId: string;
  targetId: string;
  score: number;
}

/** Document-level edge resolved from a citation: IMPLEMENTS_DOC or CITES. */
export interface DocumentLink {
  sourceDocumentId: string;
  targetDocumentId: string;
  relation: CitationRelation;
  /** The citation title as printed, for evidence. */
  citedTitle: string;
}

/** A document cited by the corpus but not in it. */
export interface ReferencedDocument {
  id: string;
  title: string;
  titleKey: string;
  issuer: string | null;
  docNumber: string | null;
  level: GovernmentLevel | null;
}

export interface LinkResult {
  implementations: Implementation[];
  similarities: Similarity[];
  documentLinks: DocumentLink[];
  referencedDocuments: ReferencedDocument[];
}
