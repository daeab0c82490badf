import { describe, expect, it } from 'vitest';
import { cascadeDocumentIds, documentLayer } from '../../src/explorer/logic/documentLayer.js';
import type { GraphData, GraphNode } from '../../src/explorer/logic/types.js';

const provision = (id: string, documentId: string): GraphNode => ({
  id,
  kind: 'Provision',
  label: id,
  level: 'city',
  regionCode: '210300',
  regionName: '鞍山市',
  documentId,
  documentTitle: null,
  referencedOnly: false,
  depth: 1,
});

const cascade: GraphData = {
  nodes: [provision('a1', 'anshan'), provision('a2', 'anshan'), provision('c14', 'central')],
  edges: [],
};
const plan = {
  id: 'fzzg',
  title: '法治中国建设规划(2020—2025年)',
  level: 'CENTRAL' as const,
  referencedOnly: true,
  region: null,
};

describe('documentLayer', () => {
  it('links documents to their cascade provisions and to the documents they implement', () => {
    const layer = documentLayer(cascade, [
      {
        id: 'anshan',
        title: '鞍山市贯彻法治中国建设规划实施方案',
        level: 'CITY',
        referencedOnly: false,
        region: { code: '210300', name: '鞍山市' },
        implementsDocuments: [plan],
      },
    ]);
    expect(layer.nodes.map((n) => [n.id, n.kind, n.level, n.referencedOnly])).toEqual([
      ['anshan', 'Document', 'city', false],
      ['fzzg', 'Document', 'central', true],
    ]);
    expect(layer.edges.map((e) => e.id)).toEqual([
      'HAS_PROVISION:anshan->a1',
      'HAS_PROVISION:anshan->a2',
      'IMPLEMENTS_DOC:anshan->fzzg',
    ]);
  });

  it('lists the documents of a cascade once each', () => {
    expect(cascadeDocumentIds(cascade)).toEqual(['anshan', 'central']);
  });
});
