import { describe, expect, it } from 'vitest';
import {
  edgeElement,
  edgeWidth,
  layerGap,
  nodeElement,
  truncate,
} from '../../src/explorer/logic/elements.js';

describe('cytoscape elements', () => {
  it('draws an implementation from the requirement down to the implementing provision', () => {
    const el = edgeElement({
      id: 'i1',
      kind: 'IMPLEMENTS',
      source: 'county-task',
      target: 'central-item',
      score: 0.62,
      method: 'combined',
      evidence: '共享概念: 综合行政执法',
      role: null,
    });
    expect(el.data.source).toBe('central-item');
    expect(el.data.target).toBe('county-task');
    expect(el.data.width).toBe(5.3);
    expect(el.data.tooltip).toBe('落实关系 · 得分 0.62\n方法: 综合\n共享概念: 综合行政执法');
    expect(el.classes).toBe('implements');
  });

  it('colours nodes by level and marks referenced-only documents', () => {
    const el = nodeElement({
      id: 'doc:fzzg',
      kind: 'Document',
      label: '法治中国建设规划(2020—2025年)',
      level: 'central',
      regionCode: null,
      regionName: null,
      documentId: null,
      documentTitle: null,
      referencedOnly: true,
      depth: null,
    });
    expect(el.data.color).toBe('#b71c1c');
    expect(el.data.levelName).toBe('中央');
    expect(el.data.levelRank).toBe(0);
    expect(el.classes).toBe('document referenced-only');
    expect(el.data.label).toBe('法治中国建设规划(…\n(仅被引用)');
  });

  it('widens edges with the score and keeps level gaps in layered layouts', () => {
    expect(edgeWidth(null)).toBe(1.5);
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(1)).toBe(8);
    expect(edgeWidth(3)).toBe(8);
    expect(layerGap(0, 3)).toBe(3);
    expect(layerGap(2, 2)).toBe(1);
    expect(layerGap(-1, 2)).toBe(1);
    expect(truncate('一二三', 3)).toBe('一二三');
    expect(truncate('一二三四', 3)).toBe('一二…');
  });
});
