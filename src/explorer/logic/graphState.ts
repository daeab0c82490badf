// The working graph on the canvas: what an expansion adds, and what collapsing a node removes.
// Expansions are remembered per node so that collapsing undoes exactly what expanding added,
// recursively, without touching nodes that were there before or that the user pinned.
import type { GraphData, GraphEdge, GraphNode } from './types.js';

export interface WorkingGraph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** node id → ids of the nodes and edges its expansion added. */
  readonly expansions: ReadonlyMap<
    string,
    { readonly nodes: readonly string[]; readonly edges: readonly string[] }
  >;
}

export const EMPTY_WORKING_GRAPH: WorkingGraph = {
  nodes: new Map(),
  edges: new Map(),
  expansions: new Map(),
};

export interface GraphChange {
  readonly graph: WorkingGraph;
  readonly addedNodes: readonly GraphNode[];
  readonly addedEdges: readonly GraphEdge[];
  readonly removedNodeIds: readonly string[];
  readonly removedEdgeIds: readonly string[];
}

/** A fresh graph holding exactly `data` (a new cascade or search result replaces the canvas). */
export function replaceGraph(data: GraphData): WorkingGraph {
  return mergeGraph(EMPTY_WORKING_GRAPH, data).graph;
}

/**
 * Adds what is new in `data`. With `expandedFrom`, records the additions as that node's expansion.
 * Edges whose endpoints are missing from both the graph and `data` are dropped.
 */
export function mergeGraph(graph: WorkingGraph, data: GraphData, expandedFrom?: string): GraphChange {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  const addedNodes: GraphNode[] = [];
  const addedEdges: GraphEdge[] = [];
  for (const node of data.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    addedNodes.push(node);
  }
  for (const edge of data.edges) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.set(edge.id, edge);
    addedEdges.push(edge);
  }
  const expansions = new Map(graph.expansions);
  if (expandedFrom !== undefined) {
    const earlier = expansions.get(expandedFrom);
    expansions.set(expandedFrom, {
      nodes: [...(earlier?.nodes ?? []), ...addedNodes.map((n) => n.id)],
      edges: [...(earlier?.edges ?? []), ...addedEdges.map((e) => e.id)],
    });
  }
  return {
    graph: { nodes, edges, expansions },
    addedNodes,
    addedEdges,
    removedNodeIds: [],
    removedEdgeIds: [],
  };
}

export function isExpanded(graph: WorkingGraph, nodeId: string): boolean {
  return graph.expansions.has(nodeId);
}

/** Undoes `nodeId`'s expansion and, recursively, the expansions of the nodes it brought in. */
export function collapseNode(
  graph: WorkingGraph,
  nodeId: string,
  pinned: ReadonlySet<string> = new Set(),
): GraphChange {
  const removeNodes = new Set<string>();
  const removeEdges = new Set<string>();
  const collapsed = new Set<string>();
  const visit = (id: string) => {
    if (collapsed.has(id)) return;
    collapsed.add(id);
    const expansion = graph.expansions.get(id);
    if (!expansion) return;
    for (const edgeId of expansion.edges) removeEdges.add(edgeId);
    for (const child of expansion.nodes) {
      if (child === nodeId || pinned.has(child)) continue;
      removeNodes.add(child);
      visit(child);
    }
  };
  visit(nodeId);
  const nodes = new Map([...graph.nodes].filter(([id]) => !removeNodes.has(id)));
  const edges = new Map(
    [...graph.edges].filter(([id, e]) => !removeEdges.has(id) && nodes.has(e.source) && nodes.has(e.target)),
  );
  const removedEdgeIds = [...graph.edges.keys()].filter((id) => !edges.has(id));
  const expansions = new Map([...graph.expansions].filter(([id]) => !collapsed.has(id) && nodes.has(id)));
  return {
    graph: { nodes, edges, expansions },
    addedNodes: [],
    addedEdges: [],
    removedNodeIds: [...removeNodes].filter((id) => graph.nodes.has(id)),
    removedEdgeIds,
  };
}

export function graphData(graph: WorkingGraph): GraphData {
  return { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] };
}
