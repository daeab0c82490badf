import { describe, expect, it } from 'vitest';
import { GRAPH_TABLE_HEADERS, graphTable } from '../../src/explorer/logic/tables.js';
import type { GraphData, GraphNode } from '../../src/explorer/logic/types.js';

const provision = (id: string, level: GraphNode['level'], region: string, caption: string): GraphNode => ({
  id,
  kind: 'Provision',
  label: `${region}\n${caption}`,
  level,
  regionCode: null,
  regionName: region,
  documentId: `doc-${id}`,
  documentTitle: `文件 ${id}`,
  referencedOnly: false,
  depth: 1,
});

const data: GraphData = {
  nodes: [
    provision('county', 'county', '株洲县', '(七) 推进综合执法'),
    provision('root', 'central', '全国', '三、(十四) 深化执法体制机制改革'),
    provision('city', 'city', '鞍山市', '(二十) 深化行政执法体制改革'),
  ],
  edges: [
    {
      id: 'e1',
      kind: 'IMPLEMENTS',
      source: 'city',
      target: 'root',
      score: 0.61,
      method: 'lexical',
      evidence: null,
      role: null,
    },
    {
      id: 'e2',
      kind: 'IMPLEMENTS',
      source: 'county',
      target: 'root',
      score: 0.33,
      method: 'concept',
      evidence: null,
      role: null,
    },
    {
      id: 'e3',
      kind: 'IMPLEMENTS',
      source: 'county',
      target: 'city',
      score: 0.47,
      method: 'concept',
      evidence: null,
      role: null,
    },
  ],
};

describe('graphTable', () => {
  it('lists visible nodes from the top level down with targets, best score and units by role', () => {
    const rows = graphTable(data, new Set(), [
      { provisionId: 'city', name: '市司法局', role: 'support' },
      { provisionId: 'city', name: '市委编办', role: 'lead' },
      { provisionId: 'city', name: '市委编办', role: 'lead' },
    ]);
    expect(GRAPH_TABLE_HEADERS).toHaveLength(rows[0].cells.length);
    expect(rows.map((r) => r.id)).toEqual(['root', 'city', 'county']);
    expect(rows[1].cells).toEqual([
      '市级',
      '鞍山市',
      '条款',
      '文件 city',
      '(二十) 深化行政执法体制改革',
      '三、(十四) 深化执法体制机制改革',
      '0.61',
      '市委编办(牵头)、市司法局(配合)',
    ]);
    expect(rows[2].cells[5]).toBe('三、(十四) 深化执法体制机制改革;(二十) 深化行政执法体制改革');
    expect(rows[2].cells[6]).toBe('0.47');
    expect(rows[0].cells[6]).toBe('');
  });

  it('marks referenced-only documents', () => {
    const cited: GraphNode = {
      ...provision('fzzg', 'central', '全国', '法治中国建设规划'),
      kind: 'Document',
      referencedOnly: true,
      label: '法治中国建设规划',
    };
    const rows = graphTable({ nodes: [cited], edges: [] }, new Set());
    expect(rows[0].cells.slice(2, 5)).toEqual(['文件(仅被引用)', '', '法治中国建设规划']);
  });

  it('leaves out hidden nodes', () => {
    expect(graphTable(data, new Set(['city'])).map((r) => r.id)).toEqual(['root', 'county']);
  });
});
