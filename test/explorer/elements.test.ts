import { describe, expect, it } from 'vitest';
import {
  edgeElement,
  edgeWidth,
  groupDocumentId,
  layerGap,
  nodeElement,
  toCyElements,
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

describe('document groups in the cascade', () => {
  const provision = (id: string, documentId: string, regionName: string, caption: string) => ({
    id,
    kind: 'Provision' as const,
    label: `${regionName}\n${caption}`,
    caption,
    level: 'county' as const,
    regionCode: '430221',
    regionName,
    documentId,
    documentTitle: '株洲市渌口区法治政府建设实施方案(2021—2025年)',
    referencedOnly: false,
    depth: 1,
  });
  const data = {
    nodes: [
      provision('p1', 'doc:lk', '渌口区', '三、(三)13. 深化综合行政执法体制改革'),
      provision('p2', 'doc:lk', '渌口区', '三、(三)12. 健全行政执法工作体系'),
    ],
    edges: [],
  };

  it('puts provisions of one document into one compound node titled by level, place and document', () => {
    const elements = toCyElements(data, { groupByDocument: true });
    expect(elements.map((e) => e.data.id)).toEqual(['group:doc:lk', 'p1', 'p2']);
    const [group, p1] = elements;
    expect(group.classes).toBe('doc-group');
    expect(group.data.label).toBe('县级 · 渌口区\n株洲市渌口区法治政府建设实施方案(2021—2025年)');
    expect(group.data.color).toBe('#1565c0');
    expect(p1.data.parent).toBe('group:doc:lk');
    expect(p1.classes).toBe('provision grouped');
    expect(p1.data.label).toBe('三、(三)13. 深化综合行政执法体制改革');
    expect(groupDocumentId('group:doc:lk')).toBe('doc:lk');
    expect(groupDocumentId('p1')).toBeNull();
  });

  it('keeps the place in the label and no parent when not grouping', () => {
    const elements = toCyElements(data);
    expect(elements.map((e) => e.data.id)).toEqual(['p1', 'p2']);
    expect(elements[0].data.parent).toBeUndefined();
    expect(elements[0].data.label).toBe('渌口区\n三、(三)13. …');
  });
});
