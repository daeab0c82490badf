// Row mapping (pure): what a document and a link result become before the UNWIND writes, and the
// bulk load's stream of rows with each table's completion mark.
import { describe, expect, it } from 'vitest';
import { bulkRows, TABLE_COMPLETE, tablesOf } from '../../src/graph/bulk-rows.js';
import { documentRows, issuerNames, linkRows, unitId } from '../../src/graph/rows.js';
import { linksTouching } from '../../src/link/touching.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';

const c = graphCorpus('rows-');

describe('documentRows', () => {
  const rows = documentRows(c.city, new Set(['行政执法三项制度']));

  it('maps the outline to provisions and parent → child rows in sibling order', () => {
    expect(rows.provisions.map((p) => p.id)).toEqual([
      'rows-anshan:三、',
      'rows-anshan:三、(十)',
      'rows-anshan:三、(十)1.',
    ]);
    expect(rows.children).toEqual([
      { parentId: 'rows-anshan:三、', childId: 'rows-anshan:三、(十)', position: 10 },
      { parentId: 'rows-anshan:三、(十)', childId: 'rows-anshan:三、(十)1.', position: 1 },
    ]);
  });

  it('scopes units to regions, adds the issuer, and de-duplicates', () => {
    expect(rows.units.map((u) => u.id)).toEqual([
      '210300:中共鞍山市委',
      '210300:各县(市)区',
      '210300:市司法局',
      '210300:市委编办',
    ]);
    expect(rows.issuers).toEqual([{ unitId: '210300:中共鞍山市委' }]);
    expect(rows.assignments).toHaveLength(3);
  });

  it('writes numeric target values apart, only where known', () => {
    expect(rows.targets.map((t) => t.id)).toEqual([
      'rows-anshan:三、(十)#target-1',
      'rows-anshan:三、(十)#target-2',
      'rows-anshan:三、(十)1.#target-1',
    ]);
    expect(rows.targetValues).toEqual([
      { id: 'rows-anshan:三、(十)#target-1', value: 60 },
      { id: 'rows-anshan:三、(十)1.#target-1', value: 95.5 },
    ]);
  });

  it('flags boilerplate concepts by name', () => {
    expect(rows.concepts.map((x) => [x.name, x.boilerplate])).toEqual([
      ['综合行政执法', false],
      ['行政执法三项制度', true],
    ]);
  });
});

describe('linkRows', () => {
  it('keeps only the links touching one document, and the references it cites', () => {
    const provisionIds = new Set(c.city.provisions.map((p) => p.id));
    const rows = linkRows(linksTouching(c.links, { documentId: c.ids.cityId, provisionIds }));
    expect(rows.implementations.map((r) => r.sourceId)).toEqual([
      'rows-anshan:三、(十)',
      'rows-anshan:三、(十)1.',
    ]);
    expect(rows.similarities).toHaveLength(1);
    expect(rows.implementsDocuments).toEqual([
      {
        sourceDocumentId: c.ids.cityId,
        targetDocumentId: c.ids.referencedId,
        citedTitle: '法治中国建设规划(2020—2025年)',
      },
    ]);
    expect(rows.citations).toEqual([]);
    expect(rows.referencedDocuments.map((r) => r.id)).toEqual([c.ids.referencedId]);
    expect(JSON.parse(String(rows.implementations[0].evidence)).summary).toBe('共享概念: 行政执法三项制度');
  });
});

describe('ids', () => {
  it('names units by region and splits joint issuers', () => {
    expect(unitId('210300', '市司法局')).toBe('210300:市司法局');
    expect(unitId(null, '各乡镇')).toBe('unknown:各乡镇');
    expect(issuerNames('中共中央办公厅 国务院办公厅')).toEqual(['中共中央办公厅', '国务院办公厅']);
    expect(issuerNames(null)).toEqual([]);
  });
});

describe('bulkRows', () => {
  const items = [...bulkRows([c.central, c.city, c.county], c.links)];

  it('marks each table complete after its last row, the provisions before the summaries are computed', () => {
    const completedAt = new Map<string, number>();
    items.forEach(([t, row], i) => {
      if (row === TABLE_COMPLETE) {
        expect(completedAt.has(t.key), t.key).toBe(false);
        completedAt.set(t.key, i);
      } else {
        expect(completedAt.has(t.key), `${t.key} row after its mark`).toBe(false);
      }
    });
    expect([...completedAt.keys()]).toEqual([
      'provision',
      'implemented-provision',
      'document',
      'target',
      'has-provision',
      'has-child',
      'assigned-to',
      'mentions',
      'sets-target',
      'for-region-document',
      'issued-by',
      'unit',
      'for-region-unit',
      'concept',
    ]);
    const firstLink = items.findIndex(([t]) => t.key === 'implements');
    expect(firstLink).toBeGreaterThan(completedAt.get('document')!);
  });

  it('puts the provisions of documents nothing implements, with empty summaries, in the first table', () => {
    const provisions = (key: string) =>
      tablesOf(items)
        .find((t) => t.table.key === key)!
        .rows.map((r) => [r.id, JSON.parse(String(r.cascade)).total]);
    expect(provisions('provision')).toEqual([
      ['rows-anshan:三、', 0],
      ['rows-anshan:三、(十)', 0],
      ['rows-anshan:三、(十)1.', 0],
      ['rows-zhuzhou:一、', 0],
    ]);
    expect(provisions('implemented-provision')).toEqual([
      ['rows-central:二、', 3],
      ['rows-central:二、(十四)', 2],
      ['rows-central:二、(十五)', 1],
    ]);
  });

  it('gathers every row, once, into its table', () => {
    const tables = tablesOf(items);
    const rows = items.filter(([, row]) => row !== TABLE_COMPLETE).length;
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(rows);
    expect(tables.filter((t) => t.table.name === 'Provision').map((t) => t.rows.length)).toEqual([4, 3]);
  });
});
