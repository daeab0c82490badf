// Maps the view model onto Cytoscape element definitions. IMPLEMENTS edges are drawn from the
// requirement down to the provision that implements it, so that a layered layout puts higher
// levels on top (the cascade reads top-down, like the chain of command).
import { LEVEL_RANK } from '../../domain.js';
import { levelColor, levelLabel, methodLabel } from './labels.js';
import type { GraphData, GraphEdge, GraphNode } from './types.js';

/** Structurally compatible with cytoscape's ElementDefinition, without importing DOM types. */
export interface CyElement {
  readonly group: 'nodes' | 'edges';
  readonly data: Record<string, string | number | boolean | null> & { readonly id: string };
  readonly classes: string;
}

/** Characters per label line; the full text shows on hover and in the table. */
const MAX_LABEL = 10;
/** Characters of a provision caption inside a document group; Cytoscape wraps them into lines. */
const MAX_GROUPED_CAPTION = 24;
/** Characters of a document group's title. */
const MAX_GROUP_TITLE = 40;
const GROUP_PREFIX = 'group:';

export interface ElementOptions {
  /**
   * Draw provisions inside one compound node per document, labelled by the document, so each
   * provision's own label only needs its path and title (the cascade view).
   */
  readonly groupByDocument?: boolean;
}

export function truncate(text: string, max = MAX_LABEL): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function groupId(documentId: string): string {
  return `${GROUP_PREFIX}${documentId}`;
}

/** The document a compound group node stands for, or null for ordinary nodes. */
export function groupDocumentId(elementId: string): string | null {
  return elementId.startsWith(GROUP_PREFIX) ? elementId.slice(GROUP_PREFIX.length) : null;
}

function isGrouped(node: GraphNode, options: ElementOptions): boolean {
  return options.groupByDocument === true && node.kind === 'Provision' && node.documentId !== null;
}

export function nodeElement(node: GraphNode, options: ElementOptions = {}): CyElement {
  const classes = [node.kind.toLowerCase()];
  if (node.referencedOnly) classes.push('referenced-only');
  if (node.depth === 0) classes.push('root');
  const grouped = isGrouped(node, options);
  let label: string;
  if (grouped) {
    // The group names the document and place; the provision keeps its path and short title.
    classes.push('grouped');
    label = truncate(node.caption ?? node.label, MAX_GROUPED_CAPTION);
  } else {
    const lines = node.label.split('\n').map((line) => truncate(line));
    label = (node.referencedOnly ? [...lines, '(仅被引用)'] : lines).join('\n');
  }
  return {
    group: 'nodes',
    data: {
      id: node.id,
      ...(grouped && node.documentId ? { parent: groupId(node.documentId) } : {}),
      label,
      fullLabel: node.label,
      kind: node.kind,
      level: node.level,
      levelName: levelLabel(node.level),
      levelRank: node.level ? LEVEL_RANK[node.level] : -1,
      color: levelColor(node.level),
      regionCode: node.regionCode,
      regionName: node.regionName,
      documentTitle: node.documentTitle,
      depth: node.depth,
    },
    classes: classes.join(' '),
  };
}

/** Edge width in px grows with the link score so strong links stand out. */
export function edgeWidth(score: number | null): number {
  if (score === null) return 1.5;
  const clamped = Math.max(0, Math.min(1, score));
  return Math.round((1 + clamped * 7) * 10) / 10;
}

export function edgeElement(edge: GraphEdge): CyElement {
  const downward = edge.kind === 'IMPLEMENTS' || edge.kind === 'IMPLEMENTS_DOC';
  const tooltip =
    edge.kind === 'IMPLEMENTS'
      ? [
          `落实关系 · 得分 ${edge.score?.toFixed(2) ?? '—'}`,
          edge.method ? `方法: ${methodLabel(edge.method)}` : '',
          edge.evidence ?? '',
        ]
          .filter(Boolean)
          .join('\n')
      : (edge.evidence ?? '');
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: downward ? edge.target : edge.source,
      target: downward ? edge.source : edge.target,
      kind: edge.kind,
      score: edge.score,
      width: edgeWidth(edge.score),
      label: edge.score !== null ? edge.score.toFixed(2) : '',
      tooltip,
    },
    classes: edge.kind.toLowerCase(),
  };
}

/** One compound node per document of the grouped provisions: level, place and title. */
export function documentGroups(nodes: readonly GraphNode[], options: ElementOptions = {}): CyElement[] {
  const groups = new Map<string, CyElement>();
  for (const node of nodes) {
    if (!isGrouped(node, options) || !node.documentId || groups.has(node.documentId)) continue;
    const title = node.documentTitle ?? '';
    const heading = [levelLabel(node.level), node.regionName].filter(Boolean).join(' · ');
    groups.set(node.documentId, {
      group: 'nodes',
      data: {
        id: groupId(node.documentId),
        label: `${heading}\n${truncate(title, MAX_GROUP_TITLE)}`,
        fullLabel: title,
        kind: 'DocumentGroup',
        level: node.level,
        levelName: levelLabel(node.level),
        levelRank: node.level ? LEVEL_RANK[node.level] : -1,
        color: levelColor(node.level),
        regionName: node.regionName,
        documentId: node.documentId,
      },
      classes: 'doc-group',
    });
  }
  return [...groups.values()];
}

/** Compound parents come first: Cytoscape needs a parent to exist before its children. */
export function toCyElements(data: GraphData, options: ElementOptions = {}): CyElement[] {
  return [
    ...documentGroups(data.nodes, options),
    ...data.nodes.map((n) => nodeElement(n, options)),
    ...data.edges.map(edgeElement),
  ];
}

/**
 * Ranks a layered layout keeps between the two ends of a drawn edge: the difference of their
 * government levels, so a county task linked straight to a central item still sits on the
 * county row. Edges within one level or without levels keep the default of 1.
 */
export function layerGap(sourceRank: number, targetRank: number): number {
  if (sourceRank < 0 || targetRank < 0) return 1;
  return Math.max(1, targetRank - sourceRank);
}
