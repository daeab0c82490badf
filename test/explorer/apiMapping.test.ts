import { describe, expect, it } from 'vitest';
import type { ApiCascade, ApiProvisionSummary, ApiSubgraph } from '../../src/explorer/api/types.js';
import {
  cascadeToGraph,
  cascadeUnits,
  fromApiRole,
  subgraphToGraph,
  toApiLevel,
} from '../../src/explorer/logic/apiMapping.js';

const doc = (
  id: string,
  level: 'CENTRAL' | 'CITY' | 'COUNTY',
  region: { code: string; name: string } | null,
  title: string,
) => ({
  id,
  title,
  level,
  referencedOnly: false,
  region,
});
const central = doc(
  'D0',
  'CENTRAL',
  { code: '000000', name: '全国' },
  '中央全面依法治国委员会关于进一步加强市县法治建设的意见',
);
const anshan = doc(
  'D1',
  'CITY',
  { code: '210300', name: '鞍山市' },
  '鞍山市贯彻法治中国建设规划实施方案(2021—2025年)',
);
const zhuzhou = doc('D4', 'COUNTY', { code: '430221', name: '渌口区' }, '关于全面推进法治渌湘建设的实施意见');

const provision = (
  id: string,
  path: string,
  title: string | null,
  document: typeof central,
): ApiProvisionSummary => ({
  id,
  path,
  title,
  kind: 'ITEM',
  level: document.level,
  document,
});

const root = provision('P14', '三、(十四)', '深化执法体制机制改革', central);
const cityTask = provision('P-as', '五、(二十)', '深化行政执法体制改革', anshan);
const countyTask = provision('P-zz', '三、(七)', null, zhuzhou);

const cascade: ApiCascade = {
  root,
  nodes: [
    { depth: 1, score: 0.61, provision: cityTask },
    { depth: 2, score: 0.4, provision: countyTask },
  ],
  edges: [
    {
      depth: 1,
      implementation: {
        score: 0.61,
        method: 'COMBINED',
        evidence: { summary: '共享概念: 综合行政执法' },
        source: { id: 'P-as' },
        target: { id: 'P14' },
      },
    },
    {
      depth: 2,
      implementation: {
        score: 0.4,
        method: 'CONCEPT',
        evidence: { summary: '' },
        source: { id: 'P-zz' },
        target: { id: 'P-as' },
      },
    },
  ],
  byLevel: [],
  byRegion: [],
  units: [
    {
      unit: { id: 'U1', name: '市司法局' },
      lead: 1,
      coLead: 0,
      support: 1,
      provisions: [
        {
          id: 'P-as-1',
          path: '五、(二十)1.',
          document: { id: 'D1' },
          units: [{ role: 'LEAD', unit: { id: 'U1' } }],
        },
        {
          id: 'P-as',
          path: '五、(二十)',
          document: { id: 'D1' },
          units: [
            { role: 'SUPPORT', unit: { id: 'U1' } },
            { role: 'LEAD', unit: { id: 'U9' } },
          ],
        },
        {
          id: 'P-other',
          path: '六、(一)',
          document: { id: 'D1' },
          units: [{ role: 'LEAD', unit: { id: 'U1' } }],
        },
      ],
    },
  ],
  totalCount: 2,
};

describe('cascadeToGraph', () => {
  it('makes the root depth 0 and keeps IMPLEMENTS direction and evidence', () => {
    const graph = cascadeToGraph(cascade);
    expect(graph.nodes.map((n) => [n.id, n.level, n.depth, n.regionName])).toEqual([
      ['P14', 'central', 0, '全国'],
      ['P-as', 'city', 1, '鞍山市'],
      ['P-zz', 'county', 2, '渌口区'],
    ]);
    expect(graph.nodes[1].label).toBe('鞍山市\n五、(二十) 深化行政执法体制改革');
    expect(graph.nodes[2].label).toBe('渌口区\n三、(七)');
    expect(graph.edges).toEqual([
      {
        id: 'IMPLEMENTS:P-as->P14',
        kind: 'IMPLEMENTS',
        source: 'P-as',
        target: 'P14',
        score: 0.61,
        method: 'combined',
        evidence: '共享概念: 综合行政执法',
        role: null,
      },
      {
        id: 'IMPLEMENTS:P-zz->P-as',
        kind: 'IMPLEMENTS',
        source: 'P-zz',
        target: 'P-as',
        score: 0.4,
        method: 'concept',
        evidence: null,
        role: null,
      },
    ]);
  });
});

describe('cascadeUnits', () => {
  it('attributes units on sub-provisions to the cascade provision above them, with their own role', () => {
    expect(cascadeUnits(cascade)).toEqual([
      { provisionId: 'P-as', name: '市司法局', role: 'lead' },
      { provisionId: 'P-as', name: '市司法局', role: 'support' },
    ]);
  });
});

describe('subgraphToGraph', () => {
  it('maps labels and relation types, names regions and drops targets and dangling edges', () => {
    const subgraph: ApiSubgraph = {
      nodes: [
        {
          id: 'P14',
          label: 'PROVISION',
          localId: 'd0:三、(十四)',
          caption: '三、(十四) 深化执法体制机制改革',
          level: 'CENTRAL',
          regionCode: '000000',
          referencedOnly: false,
          depth: 0,
          document: central,
        },
        {
          id: 'Dx',
          label: 'DOCUMENT',
          localId: 'ref:fzzg',
          caption: '法治中国建设规划(2020—2025年)',
          level: 'CENTRAL',
          regionCode: null,
          referencedOnly: true,
          depth: 1,
          document: null,
        },
        {
          id: 'T1',
          label: 'TARGET',
          localId: 't1',
          caption: '到2025年',
          level: null,
          regionCode: null,
          referencedOnly: false,
          depth: 1,
          document: null,
        },
        {
          id: 'U1',
          label: 'UNIT',
          localId: 'u1',
          caption: '市司法局',
          level: null,
          regionCode: '210300',
          referencedOnly: false,
          depth: 1,
          document: null,
        },
      ],
      edges: [
        { id: 'e1', type: 'ASSIGNED_TO', source: 'P14', target: 'U1', score: null, role: 'CO_LEAD' },
        { id: 'e2', type: 'SETS_TARGET', source: 'P14', target: 'T1', score: null, role: null },
        { id: 'e3', type: 'IMPLEMENTS_DOC', source: 'P14', target: 'Dx', score: null, role: null },
      ],
      truncated: false,
    };
    const graph = subgraphToGraph(
      subgraph,
      new Map([
        ['000000', '全国'],
        ['210300', '鞍山市'],
      ]),
    );
    expect(graph.nodes.map((n) => [n.id, n.kind, n.label, n.referencedOnly])).toEqual([
      ['P14', 'Provision', '全国\n三、(十四) 深化执法体制机制改革', false],
      ['Dx', 'Document', '法治中国建设规划(2020—2025年)', true],
      ['U1', 'Unit', '市司法局', false],
    ]);
    expect(graph.nodes[0].documentId).toBe('D0');
    expect(graph.nodes[0].documentTitle).toBe('中央全面依法治国委员会关于进一步加强市县法治建设的意见');
    expect(graph.nodes[0].caption).toBe('三、(十四) 深化执法体制机制改革');
    expect(graph.nodes[2].documentId).toBeNull();
    expect(graph.edges.map((e) => [e.id, e.role])).toEqual([
      ['ASSIGNED_TO:P14->U1', 'co-lead'],
      ['IMPLEMENTS_DOC:P14->Dx', null],
    ]);
  });

  it('converts enum names both ways', () => {
    expect(toApiLevel('township')).toBe('TOWNSHIP');
    expect(fromApiRole('CO_LEAD')).toBe('co-lead');
    expect(fromApiRole('SUPPORT')).toBe('support');
  });
});
