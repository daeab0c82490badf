// The optional document layer of a cascade: the documents its provisions belong to, and the
// documents those state they implement (贯彻落实 …), which are often only referenced, not ingested.
// Drawn as document nodes linked to their provisions, so a cascade shows which plans carry it
// and which higher documents they answer to, referenced-only ones marked as such.
import type { ApiDocumentWithLinks } from '../api/types.js';
import { documentNode } from './apiMapping.js';
import type { GraphData, GraphEdge, GraphNode } from './types.js';

export function documentLayer(cascade: GraphData, documents: readonly ApiDocumentWithLinks[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const edge = (kind: GraphEdge['kind'], source: string, target: string): GraphEdge => ({
    id: `${kind}:${source}->${target}`,
    kind,
    source,
    target,
    score: null,
    method: null,
    evidence: null,
    role: null,
  });
  for (const d of documents) {
    nodes.set(d.id, documentNode(d));
    for (const p of cascade.nodes) {
      if (p.kind === 'Provision' && p.documentId === d.id) edges.push(edge('HAS_PROVISION', d.id, p.id));
    }
    for (const higher of d.implementsDocuments) {
      if (!nodes.has(higher.id)) nodes.set(higher.id, documentNode(higher));
      edges.push(edge('IMPLEMENTS_DOC', d.id, higher.id));
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** Documents of the cascade's provisions, in first-seen order. */
export function cascadeDocumentIds(cascade: GraphData): string[] {
  return [
    ...new Set(cascade.nodes.flatMap((n) => (n.kind === 'Provision' && n.documentId ? [n.documentId] : []))),
  ];
}
