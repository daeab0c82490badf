// The table under the canvas: one row per visible node, higher levels first, with what each
// provision implements, how strongly, and which units carry it. The same rows feed CSV export.
import { LEVEL_RANK, type UnitRole } from '../../domain.js';
import { levelLabel, NODE_KIND_LABEL, ROLE_LABEL } from './labels.js';
import type { GraphData, GraphNode } from './types.js';

export interface UnitOnProvision {
  readonly provisionId: string;
  readonly name: string;
  readonly role: UnitRole;
}

export interface GraphTableRow {
  readonly id: string;
  readonly cells: readonly string[];
}

export const GRAPH_TABLE_HEADERS = [
  '层级',
  '地区',
  '类型',
  '文件',
  '条款',
  '落实的上级条款',
  '最高得分',
  '责任单位',
] as const;

const ROLE_ORDER: Record<UnitRole, number> = { lead: 0, 'co-lead': 1, support: 2 };

export function graphTable(
  data: GraphData,
  hiddenNodes: ReadonlySet<string>,
  units: readonly UnitOnProvision[] = [],
): GraphTableRow[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const caption = (n: GraphNode) => n.label.split('\n').slice(-1)[0];
  const rows = data.nodes
    .filter((n) => !hiddenNodes.has(n.id))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.regionName ?? '').localeCompare(b.regionName ?? '', 'zh-Hans-CN') ||
        a.label.localeCompare(b.label, 'zh-Hans-CN'),
    )
    .map((node) => {
      const implemented = data.edges.filter((e) => e.kind === 'IMPLEMENTS' && e.source === node.id);
      const targets = implemented
        .map((e) => byId.get(e.target))
        .filter((n): n is GraphNode => n !== undefined);
      const best = implemented.reduce<number | null>(
        (max, e) => (e.score !== null && (max === null || e.score > max) ? e.score : max),
        null,
      );
      const carriers = units
        .filter((u) => u.provisionId === node.id)
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'zh-Hans-CN'))
        .map((u) => `${u.name}(${ROLE_LABEL[u.role]})`);
      return {
        id: node.id,
        cells: [
          levelLabel(node.level),
          node.regionName ?? '',
          node.referencedOnly ? `${NODE_KIND_LABEL[node.kind]}(仅被引用)` : NODE_KIND_LABEL[node.kind],
          node.kind === 'Document' ? '' : (node.documentTitle ?? ''),
          node.kind === 'Provision' ? caption(node) : node.label,
          targets.map(caption).join(';'),
          best === null ? '' : best.toFixed(2),
          [...new Set(carriers)].join('、'),
        ],
      };
    });
  return rows;
}

function rank(node: GraphNode): number {
  return node.level ? LEVEL_RANK[node.level] : 9;
}
