import { describe, expect, it } from 'vitest';
import {
  collapseNode,
  graphData,
  isExpanded,
  mergeGraph,
  replaceGraph,
} from '../../src/explorer/logic/graphState.js';
import type { GraphEdge, GraphNode } from '../../src/explorer/logic/types.js';

const node = (id: string, level: GraphNode['level'] = 'county'): GraphNode => ({
  id,
  kind: 'Provision',
  label: id,
  level,
  regionCode: null,
  regionName: null,
  documentId: null,
  documentTitle: null,
  referencedOnly: false,
  depth: null,
});
const edge = (source: string, target: string): GraphEdge => ({
  id: `${source}->${target}`,
  kind: 'IMPLEMENTS',
  source,
  target,
  score: 0.6,
  method: 'lexical',
  evidence: null,
  role: null,
});

describe('working graph', () => {
  it('adds only what is new and drops edges to unknown nodes', () => {
    const start = replaceGraph({ nodes: [node('c14', 'central')], edges: [] });
    const change = mergeGraph(start, {
      nodes: [node('c14', 'central'), node('a1', 'city')],
      edges: [edge('a1', 'c14'), edge('ghost', 'c14')],
    });
    expect(change.addedNodes.map((n) => n.id)).toEqual(['a1']);
    expect(change.addedEdges.map((e) => e.id)).toEqual(['a1->c14']);
    expect(graphData(change.graph).nodes.map((n) => n.id)).toEqual(['c14', 'a1']);
  });

  it('collapses exactly what an expansion added, recursively, and keeps pinned nodes', () => {
    let graph = replaceGraph({ nodes: [node('root', 'central'), node('old')], edges: [edge('old', 'root')] });
    graph = mergeGraph(
      graph,
      {
        nodes: [node('root'), node('a'), node('b'), node('old')],
        edges: [edge('a', 'root'), edge('b', 'root'), edge('a', 'old')],
      },
      'root',
    ).graph;
    graph = mergeGraph(graph, { nodes: [node('a'), node('a2')], edges: [edge('a2', 'a')] }, 'a').graph;
    expect(isExpanded(graph, 'root')).toBe(true);
    expect(isExpanded(graph, 'a')).toBe(true);

    const collapsed = collapseNode(graph, 'root', new Set(['b']));
    expect([...collapsed.removedNodeIds].sort()).toEqual(['a', 'a2']);
    expect([...collapsed.removedEdgeIds].sort()).toEqual(['a->old', 'a->root', 'a2->a', 'b->root']);
    expect([...collapsed.graph.nodes.keys()].sort()).toEqual(['b', 'old', 'root']);
    expect([...collapsed.graph.edges.keys()]).toEqual(['old->root']);
    expect(isExpanded(collapsed.graph, 'root')).toBe(false);
    expect(isExpanded(collapsed.graph, 'a')).toBe(false);
  });

  it('collapsing a node that was never expanded changes nothing', () => {
    const graph = replaceGraph({ nodes: [node('x'), node('y')], edges: [edge('x', 'y')] });
    const change = collapseNode(graph, 'x');
    expect(change.removedNodeIds).toEqual([]);
    expect(change.removedEdgeIds).toEqual([]);
    expect(change.graph.edges.size).toBe(1);
  });
});
