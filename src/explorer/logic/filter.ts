// Which nodes and edges the current filter hides. Hiding (rather than removing) keeps node
// positions stable while the user plays with the filter.
import type { GraphData } from './types.js';
import type { GraphFilter } from './urlState.js';

export interface HiddenElements {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * `pinned` nodes (the cascade root, the selected node) always stay visible. Level and region
 * conditions apply only to nodes that have a level or region. A cascade node (depth > 0) whose
 * edges are all hidden is hidden too: it only belonged to the picture through them.
 */
export function hiddenElements(
  data: GraphData,
  filter: GraphFilter,
  pinned: ReadonlySet<string> = new Set(),
): HiddenElements {
  const hiddenNodes = new Set<string>();
  for (const node of data.nodes) {
    if (pinned.has(node.id)) continue;
    const kindOk = filter.kinds.length === 0 || filter.kinds.includes(node.kind);
    const levelOk = filter.levels.length === 0 || node.level === null || filter.levels.includes(node.level);
    const regionOk =
      filter.region === null || node.regionCode === null || regionMatches(node.regionCode, filter.region);
    if (!(kindOk && levelOk && regionOk)) hiddenNodes.add(node.id);
  }
  const hiddenEdges = new Set<string>();
  for (const edge of data.edges) {
    const belowScore = edge.kind === 'IMPLEMENTS' && edge.score !== null && edge.score < filter.minScore;
    if (belowScore || hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) hiddenEdges.add(edge.id);
  }
  const connected = new Set<string>();
  const withEdges = new Set<string>();
  for (const edge of data.edges) {
    withEdges.add(edge.source);
    withEdges.add(edge.target);
    if (hiddenEdges.has(edge.id)) continue;
    connected.add(edge.source);
    connected.add(edge.target);
  }
  for (const node of data.nodes) {
    const orphaned = withEdges.has(node.id) && !connected.has(node.id);
    if (node.depth !== null && node.depth > 0 && orphaned && !pinned.has(node.id)) hiddenNodes.add(node.id);
  }
  return { nodes: hiddenNodes, edges: hiddenEdges };
}

/**
 * A region filter is a GB/T 2260 code; it matches the region and everything under it. Codes are
 * compared on their significant prefix: 210300 (鞍山) → 2103, 210000 (辽宁) → 21.
 */
export function regionMatches(code: string, filterCode: string): boolean {
  if (filterCode === '000000') return true;
  const prefix = significantPrefix(filterCode);
  return code.startsWith(prefix);
}

export function significantPrefix(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
