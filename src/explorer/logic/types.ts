// The explorer's view model: what the canvas, tables and panels show, independent of the
// exact GraphQL result shapes (src/explorer/api/adapters.ts maps those onto these types).
import type { GovernmentLevel, UnitRole } from '../../domain.js';

export const NODE_KINDS = ['Document', 'Provision', 'Unit', 'Region', 'Concept'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The graph's relationship types, as the API's `RelationType` names them. */
export const EDGE_KINDS = [
  'IMPLEMENTS',
  'IMPLEMENTS_DOC',
  'SIMILAR_TO',
  'CITES',
  'HAS_PROVISION',
  'HAS_CHILD',
  'PART_OF',
  'ASSIGNED_TO',
  'MENTIONS',
  'SETS_TARGET',
  'FOR_REGION',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Short text drawn on the canvas. */
  readonly label: string;
  /** Provisions: path and title without the place, for drawing inside a document group. */
  readonly caption?: string;
  readonly level: GovernmentLevel | null;
  readonly regionCode: string | null;
  readonly regionName: string | null;
  /** Provisions: the document they belong to. */
  readonly documentId: string | null;
  readonly documentTitle: string | null;
  /** Documents only known from citations, not ingested. */
  readonly referencedOnly: boolean;
  /** Distance from the cascade root (0 = the root); null outside a cascade. */
  readonly depth: number | null;
}

export interface EvidenceSpan {
  readonly field: 'title' | 'text';
  readonly start: number;
  readonly end: number;
}

export interface GraphEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  /** Link confidence in [0, 1] for IMPLEMENTS edges, null otherwise. */
  readonly score: number | null;
  readonly method: string | null;
  /** Human-readable evidence (shared terms, citation), shown on hover. */
  readonly evidence: string | null;
  readonly role: UnitRole | null;
}

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };
