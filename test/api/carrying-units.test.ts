// Ranking the units that carry a cascade (src/api/services/carrying-units.ts): each carrier once,
// and only the units that can rank within the page are loaded for their names.
import { describe, expect, it } from 'vitest';
import { carriageOf, rankCandidates, type UnitCarriage } from '../../src/api/services/carrying-units.js';

const carriage = (unitId: string, carriers: number, lead: number): UnitCarriage => ({
  unitId,
  lead,
  coLead: 0,
  support: carriers - lead,
  carriers: Array.from({ length: carriers }, (_, i) => `${unitId}-p${i}`),
});

describe('carriageOf', () => {
  it('counts a carrier under two reported provisions once, by role', () => {
    const result = carriageOf([
      { provisionId: 'd:1.', unitId: 'u1', role: 'lead' },
      { provisionId: 'd:1.', unitId: 'u1', role: 'lead' },
      { provisionId: 'd:1.', unitId: 'u1', role: 'support' },
      { provisionId: 'd:2.', unitId: 'u1', role: 'co-lead' },
      { provisionId: 'd:2.', unitId: 'u2', role: 'support' },
    ]);
    expect(result).toEqual([
      { unitId: 'u1', lead: 1, coLead: 1, support: 1, carriers: ['d:1.', 'd:1.', 'd:2.'] },
      { unitId: 'u2', lead: 0, coLead: 0, support: 1, carriers: ['d:2.'] },
    ]);
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
