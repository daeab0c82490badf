// The GraphStore port: the one interface the rest of the product uses to reach a graph database.
// Two adapters implement it: src/graph/kuzu (embedded, the default) and src/graph/neo4j.
import type { EngineName } from '../config.js';
import type { ParsedDocument } from '../ingest/schema.js';
import type { LinkResult } from '../link/types.js';
import type { NamedQuery } from './queries.js';

export type Row = Record<string, unknown>;

/** Counts per node label and relationship type of the closed lists in model.ts (0 when none). */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/**
 * Observes every named query sent to the engine; the API counts them per request. `statements`
 * is how many statements the engine ran for it (Kuzu runs a few keys' reads one key at a time).
 */
export type QueryListener = (event: { name: string; rows: number; ms: number; statements: number }) => void;

/** A Region node's properties (a type, not an interface: it is also a Row for the writes). */
export type RegionRecord = {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
};

export interface GraphStore {
  readonly engine: EngineName;

  /** Applies the idempotent schema migrations (constraints, indexes, full-text index). */
  migrate(): Promise<void>;

  /**
   * Writes one document atomically: replaces any earlier version of it (its provisions, units
   * assignments, targets, concept mentions, citations and every edge touching them), then the
   * given links. Either all of it is visible afterwards or none of it.
   */
  writeDocument(document: ParsedDocument, links: LinkResult): Promise<void>;

  /**
   * Loads a whole corpus (its documents and their links) into a store that holds no ingested
   * document, through the engine's bulk path: the same graph as writeDocument of each document
   * then replaceLinks, much faster. Refuses a store with documents (STORE_NOT_EMPTY); on any
   * failure the store is left as it was (STORE_WRITE_FAILED).
   */
  loadCorpus(documents: readonly ParsedDocument[], links: LinkResult): Promise<void>;

  /** Removes a document and what only it owned; false when there was no such document. */
  deleteDocument(documentId: string): Promise<boolean>;

  /** Replaces every linker-written edge (IMPLEMENTS, SIMILAR_TO, IMPLEMENTS_DOC, CITES) atomically. */
  replaceLinks(links: LinkResult): Promise<void>;

  /**
   * A region of the reference gazetteer once migrate() has checked that the graph holds it as it
   * is (same name, level and parent); undefined for any other code and before migrate(). Region
   * nodes are reference data, so readers can take them from here without a round trip.
   */
  referenceRegion(code: string): RegionRecord | undefined;

  /**
   * A number that changes whenever the stored corpus may change: when a write begins and when it
   * ends, so a read that overlapped a write is never taken for current. Null when the adapter
   * cannot know of every write (GraphEngine.soleWriter), and then readers must not keep anything
   * across requests.
   */
  corpusRevision(): number | null;

  /** Runs a named read query from cypher/ with parameters only; rows come back as plain JS values. */
  read<R extends Row = Row>(query: NamedQuery, params?: Record<string, unknown>): Promise<R[]>;

  counts(): Promise<GraphCounts>;

  close(): Promise<void>;
}
