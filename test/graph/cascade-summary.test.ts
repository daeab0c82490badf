// Ranking the units that carry a cascade (src/api/services/carrying-units.ts): each carrier once,
// and only the units that can rank within the page are loaded for their names.
import { describe, expect, it } from 'vitest';
import { carriageOf, rankCandidates, type UnitCarriage } from '../../src/graph/cascade-summary.js';
import type { Carrier } from '../../src/graph/carriers.js';

const carriage = (unitId: string, carriers: number, lead: number): UnitCarriage => ({
  unitId,
  lead,
  coLead: 0,
  support: carriers - lead,
  carriers: Array.from({ length: carriers }, (_, i) => `${unitId}-p${i}`),
});

describe('carriageOf', () => {
  it('counts a carrier under two reported provisions once, by role', () => {
    // A reported task (d:1.) and its reported item (d:1.(1)): the item's carriers are in both lists.
    const item: Carrier[] = [
      { provisionId: 'd:1.(1)', unitId: 'u1', role: 'lead' },
      { provisionId: 'd:1.(1)', unitId: 'u2', role: 'support' },
    ];
    const task: Carrier[] = [{ provisionId: 'd:1.', unitId: 'u1', role: 'co-lead' }, ...item];
    const other: Carrier[] = [
      { provisionId: 'd:2.', unitId: 'u1', role: 'lead' },
      { provisionId: 'd:2.', unitId: 'u1', role: 'support' },
    ];
    const expected = [
      { unitId: 'u1', lead: 2, coLead: 1, support: 1 },
      { unitId: 'u2', lead: 0, coLead: 0, support: 1 },
    ];
    const shares = (lists: Carrier[][]) =>
      carriageOf(lists)
        .map(({ unitId, lead, coLead, support, carriers }) => ({
          unitId,
          lead,
          coLead,
          support,
          n: carriers.length,
        }))
        .sort((a, b) => a.unitId.localeCompare(b.unitId));
    for (const order of [
      [task, item, other],
      [item, task, other],
      [other, item, task],
    ]) {
      expect(shares(order)).toEqual(expected.map((e) => ({ ...e, n: e.lead + e.coLead + e.support })));
    }
    expect(
      carriageOf([item, task])
        .find((c) => c.unitId === 'u1')
        ?.carriers.sort(),
    ).toEqual(['d:1.', 'd:1.(1)']);
  });
});

describe('rankCandidates', () => {
  const all = [
    carriage('a', 1, 0),
    carriage('b', 5, 1),
    carriage('c', 3, 1),
    carriage('d', 3, 1),
    carriage('e', 3, 0),
    carriage('f', 3, 1),
  ];
  const ids = (list: UnitCarriage[]) => list.map((c) => c.unitId);

  it('keeps the units ranking above the last place and every unit tied with it', () => {
    // b ranks first; c, d and f tie for second to fourth, so any of them may take second by name.
    expect(ids(rankCandidates(all, 2))).toEqual(['b', 'c', 'd', 'f']);
    expect(ids(rankCandidates(all, 4))).toEqual(['b', 'c', 'd', 'f']);
    expect(ids(rankCandidates(all, 5))).toEqual(['b', 'c', 'd', 'f', 'e']);
  });

  it('gives every unit without a limit or with one covering them, and none for zero', () => {
    expect(ids(rankCandidates(all, null))).toEqual(['b', 'c', 'd', 'f', 'e', 'a']);
    expect(ids(rankCandidates(all, 6))).toHaveLength(6);
    expect(rankCandidates(all, 0)).toEqual([]);
  });
});
