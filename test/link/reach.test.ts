import { describe, expect, it } from 'vitest';
import { closureRows, MAX_CASCADE_DEPTH, reachRows } from '../../src/link/reach.js';

const edge = (sourceId: string, targetId: string, score: number) => ({ sourceId, targetId, score });
const byPair = (rows: ReturnType<typeof closureRows>) =>
  Object.fromEntries(rows.map((r) => [`${r.descendantId}→${r.ancestorId}`, [r.score, r.depth, r.longest]]));

describe('cascade closure (REACHES rows)', () => {
  it('keeps for each pair the strongest path score and the shortest and longest path lengths', () => {
    // county c implements city m (0.9) and the central item z directly (0.3); m implements
    // province p (0.5), which implements z (0.8); m also implements z (0.4).
    const rows = closureRows([
      edge('c', 'm', 0.9),
      edge('c', 'z', 0.3),
      edge('m', 'p', 0.5),
      edge('m', 'z', 0.4),
      edge('p', 'z', 0.8),
    ]);
    expect(byPair(rows)).toEqual({
      'c→m': [0.9, 1, 1],
      'c→z': [0.5, 1, 3], // c→m→p→z is as strong as its 0.5 edge, beating 0.3 and 0.4
      'c→p': [0.5, 2, 2],
      'm→p': [0.5, 1, 1],
      'm→z': [0.5, 1, 2],
      'p→z': [0.8, 1, 1],
    });
  });

  it('recomputes only the rows of the provisions asked for, from the edges above them', () => {
    const up: Record<string, { targetId: string; score: number }[]> = {
      t: [{ targetId: 'c', score: 0.7 }],
      c: [{ targetId: 'z', score: 0.6 }],
    };
    expect(reachRows(['t'], (id) => up[id] ?? [])).toEqual([
      { descendantId: 't', ancestorId: 'c', score: 0.7, depth: 1, longest: 1 },
      { descendantId: 't', ancestorId: 'z', score: 0.6, depth: 2, longest: 2 },
    ]);
  });

  it('ends a cycle at the cap and marks its paths as longer than any walk', () => {
    const rows = closureRows([edge('a', 'b', 0.5), edge('b', 'a', 0.6)]);
    expect(byPair(rows)).toEqual({
      'a→b': [0.5, 1, MAX_CASCADE_DEPTH + 1],
      'b→a': [0.6, 1, MAX_CASCADE_DEPTH + 1],
    });
  });
});
