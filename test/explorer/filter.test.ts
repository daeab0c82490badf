import { describe, expect, it } from 'vitest';
import { hiddenElements, regionMatches, significantPrefix } from '../../src/explorer/logic/filter.js';
import type { GraphData, GraphNode } from '../../src/explorer/logic/types.js';
import { DEFAULT_FILTER } from '../../src/explorer/logic/urlState.js';

const node = (
  id: string,
  level: GraphNode['level'],
  regionCode: string | null,
  depth: number | null,
): GraphNode => ({
  id,
  kind: 'Provision',
  label: id,
  level,
  regionCode,
  regionName: null,
  documentId: null,
  documentTitle: null,
  referencedOnly: false,
  depth,
});

// A cascade of central (十四): 鞍山 (city, 210300) directly, 株洲县 (county, 430221) through a weak link.
const cascade: GraphData = {
  nodes: [
    node('c14', 'central', '000000', 0),
    node('anshan', 'city', '210300', 1),
    node('zhuzhou', 'county', '430221', 1),
  ],
  edges: [
    {
      id: 'e1',
      kind: 'IMPLEMENTS',
      source: 'anshan',
      target: 'c14',
      score: 0.7,
      method: 'lexical',
      evidence: null,
      role: null,
    },
    {
      id: 'e2',
      kind: 'IMPLEMENTS',
      source: 'zhuzhou',
      target: 'c14',
      score: 0.2,
      method: 'concept',
      evidence: null,
      role: null,
    },
  ],
};

describe('hiddenElements', () => {
  it('hides nothing with the default filter', () => {
    const hidden = hiddenElements(cascade, DEFAULT_FILTER);
    expect([...hidden.nodes, ...hidden.edges]).toEqual([]);
  });

  it('hides weak links and the cascade nodes they alone connected', () => {
    const hidden = hiddenElements(cascade, { ...DEFAULT_FILTER, minScore: 0.5 }, new Set(['c14']));
    expect([...hidden.edges]).toEqual(['e2']);
    expect([...hidden.nodes]).toEqual(['zhuzhou']);
  });

  it('keeps cascade nodes that never had an edge on the canvas', () => {
    const bare = { nodes: cascade.nodes, edges: [] };
    expect([...hiddenElements(bare, { ...DEFAULT_FILTER, minScore: 0.5 }, new Set(['c14'])).nodes]).toEqual(
      [],
    );
  });

  it('filters by level and region but keeps pinned nodes', () => {
    const byLevel = hiddenElements(cascade, { ...DEFAULT_FILTER, levels: ['county'] }, new Set(['c14']));
    expect([...byLevel.nodes]).toEqual(['anshan']);
    const byRegion = hiddenElements(cascade, { ...DEFAULT_FILTER, region: '430000' }, new Set(['c14']));
    expect([...byRegion.nodes]).toEqual(['anshan']);
    expect([...byRegion.edges]).toEqual(['e1']);
  });
});

describe('region codes', () => {
  it('matches a region and everything under it', () => {
    expect(significantPrefix('210000')).toBe('21');
    expect(significantPrefix('210300')).toBe('2103');
    expect(significantPrefix('430221')).toBe('430221');
    expect(regionMatches('210302', '210300')).toBe(true);
    expect(regionMatches('430221', '210000')).toBe(false);
    expect(regionMatches('430221101', '430221')).toBe(true);
    expect(regionMatches('210300', '000000')).toBe(true);
  });
});
