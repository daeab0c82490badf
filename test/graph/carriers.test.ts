// Provision carriers (src/graph/carriers.ts): the assignments on a provision and its outline
// descendants, computed the same way from a parsed document and from a store's rows.
import { describe, expect, it } from 'vitest';
import { decodeCarriers, encodeCarriers, outlineCarriers } from '../../src/graph/carriers.js';
import { documentRows } from '../../src/graph/rows.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';

const outline = [
  { id: 'd:一、', parentId: null },
  { id: 'd:一、(一)', parentId: 'd:一、' },
  { id: 'd:一、(一)1.', parentId: 'd:一、(一)' },
  { id: 'd:一、(一)2.', parentId: 'd:一、(一)' },
  { id: 'd:二、', parentId: null },
];

describe('outlineCarriers', () => {
  it("collects each provision's own and its descendants' assignments, each once, sorted", () => {
    const carriers = outlineCarriers(outline, [
      { provisionId: 'd:一、(一)2.', unitId: 'r:司法局', role: 'support' },
      { provisionId: 'd:一、(一)1.', unitId: 'r:编办', role: 'lead' },
      { provisionId: 'd:一、(一)1.', unitId: 'r:编办', role: 'lead' },
      { provisionId: 'd:一、(一)', unitId: 'r:司法局', role: 'lead' },
    ]);
    expect(carriers.get('d:一、')).toEqual([
      { provisionId: 'd:一、(一)', unitId: 'r:司法局', role: 'lead' },
      { provisionId: 'd:一、(一)1.', unitId: 'r:编办', role: 'lead' },
      { provisionId: 'd:一、(一)2.', unitId: 'r:司法局', role: 'support' },
    ]);
    expect(carriers.get('d:一、(一)1.')).toEqual([
      { provisionId: 'd:一、(一)1.', unitId: 'r:编办', role: 'lead' },
    ]);
    expect(carriers.get('d:二、')).toEqual([]);
    expect(carriers.size).toBe(5);
  });

  it('ends on an outline that loops instead of walking forever', () => {
    const carriers = outlineCarriers(
      [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ],
      [{ provisionId: 'a', unitId: 'u', role: 'lead' }],
    );
    expect(carriers.get('a')).toHaveLength(1);
    expect(carriers.get('b')).toHaveLength(1);
  });

  it('gives the written provision rows the same carriers as the store-side computation', () => {
    const { city } = graphCorpus('t-');
    const rows = documentRows(city);
    const byPath = new Map(city.provisions.map((p) => [p.path, p.id]));
    const fromRows = outlineCarriers(
      city.provisions.map((p) => ({
        id: p.id,
        parentId: p.parentPath ? (byPath.get(p.parentPath) ?? null) : null,
      })),
      rows.assignments.map((a) => ({
        provisionId: String(a.provisionId),
        unitId: String(a.unitId),
        role: a.role as 'lead' | 'co-lead' | 'support',
      })),
    );
    for (const p of rows.provisions)
      expect(p.carriers).toBe(encodeCarriers(fromRows.get(String(p.id)) ?? []));
    expect(rows.provisions.find((p) => p.id === `${city.id}:三、`)?.carriers).toBe(
      JSON.stringify([
        [`${city.id}:三、(十)`, '210300:各县(市)区', 'support'],
        [`${city.id}:三、(十)`, '210300:市司法局', 'lead'],
        [`${city.id}:三、(十)1.`, '210300:市委编办', 'lead'],
      ]),
    );
  });
});

describe('encodeCarriers / decodeCarriers', () => {
  it('round-trips a list', () => {
    const list = [{ provisionId: 'd:1.', unitId: 'r:司法局', role: 'co-lead' as const }];
    expect(decodeCarriers('d:1.', encodeCarriers(list))).toEqual(list);
    expect(decodeCarriers('d:1.', '[]')).toEqual([]);
  });

  it('refuses a missing or malformed list with a typed error naming the provision', () => {
    for (const stored of [null, undefined, '{}', '[["d:1.","u"]]', '[["d:1.","u","boss"]]']) {
      expect(() => decodeCarriers('d:1.', stored)).toThrow(
        expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('d:1.') }),
      );
    }
  });
});
