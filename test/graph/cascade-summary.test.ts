// Cascade summaries (src/graph/cascade-summary.ts), pure: merging closure rows, the cascade
// order, ranking the units that carry a cascade (each carrier once; only the units that can rank
// within the page are loaded for their names), the head kept, the stored forms, and how a refresh
// splits into chunks of bounded size.
import { describe, expect, it } from 'vitest';
import { hasCode } from '../../src/errors.js';
import {
  CASCADE_HEAD,
  CASCADE_UNIT_HEAD,
  carriageOf,
  type ClosureEntry,
  decodeCascade,
  decodeServing,
  draftCascade,
  draftCascadeSteps,
  encodeCascade,
  encodeServing,
  mergeClosure,
  rankCandidates,
  rankUnits,
  servingDocuments,
  summarizeCascade,
  type UnitCarriage,
} from '../../src/graph/cascade-summary.js';
import type { Carrier } from '../../src/graph/carriers.js';
import { refreshChunks } from '../../src/graph/cascades.js';

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

describe('rankUnits', () => {
  it('breaks ties of share by name, then by key (two regions can name a unit alike)', () => {
    const names: Record<string, string> = { x: '市司法局', y: '市司法局', z: '县司法局', w: '市委政法委' };
    const ranked = rankUnits(
      [carriage('y', 2, 1), carriage('x', 2, 1), carriage('z', 2, 1), carriage('w', 3, 0)],
      3,
      (id) => names[id],
    );
    // w has most carriers; z, x and y tie and sort by name in the locale's order, x before y by key.
    const byName = ['县司法局', '市司法局'].sort((a, b) => a.localeCompare(b));
    const expected = ['w', ...byName.flatMap((n) => (n === '县司法局' ? ['z'] : ['x', 'y']))].slice(0, 3);
    expect(ranked.map((c) => c.unitId)).toEqual(expected);
  });
});

const row = (id: string, depth: number, score: number, extra: Partial<ClosureEntry> = {}): ClosureEntry => ({
  id,
  level: 'county',
  regionCode: '330600',
  depth,
  score,
  longest: depth,
  ...extra,
});

describe('mergeClosure', () => {
  it('keeps each provision once at its shallowest depth and strongest score, without the starts', () => {
    const { reached, longest } = mergeClosure(new Set(['r', 'r1']), [
      row('a', 2, 0.4),
      row('a', 1, 0.3),
      row('r1', 1, 0.9, { longest: 5 }),
      row('b', 3, 0.6),
    ]);
    expect(reached.map((r) => [r.id, r.depth, r.score])).toEqual([
      ['a', 1, 0.4],
      ['b', 3, 0.6],
    ]);
    // A start's own row still counts for the longest path (the walk would follow it too).
    expect(longest).toBe(5);
  });
});

describe('summarizeCascade', () => {
  const carriers: Record<string, Carrier[]> = {
    p1: [{ provisionId: 'p1', unitId: 'u1', role: 'lead' }],
    c1: [
      { provisionId: 'c1', unitId: 'u1', role: 'lead' },
      { provisionId: 'c1', unitId: 'u2', role: 'support' },
    ],
  };
  const rows = [
    row('c1', 2, 0.5, { level: 'city', regionCode: '330600' }),
    row('p1', 1, 0.7, { level: 'province', regionCode: '330000' }),
    row('k1', 2, 0.9, { level: 'county', regionCode: '330681' }),
    row('k2', 2, 0.5, { level: 'county', regionCode: '330681' }),
  ];
  const draft = draftCascade(new Set(['root']), rows, (r) => carriers[r.id] ?? []);
  const edges: Record<string, { targetId: string; score: number; method: 'lexical' }[]> = {
    p1: [{ targetId: 'root', score: 0.7, method: 'lexical' }],
    c1: [
      { targetId: 'p1', score: 0.5, method: 'lexical' },
      { targetId: 'elsewhere', score: 0.4, method: 'lexical' },
    ],
  };
  const summary = summarizeCascade(
    draft,
    (id) => edges[id] ?? [],
    (id) => ({ u1: '甲', u2: '乙' })[id],
  );

  it('orders nodes by depth, level, score and key, with their edges into the cascade', () => {
    expect(summary.head.map((n) => n.id)).toEqual(['p1', 'c1', 'k1', 'k2']);
    expect(summary.head[0].edges).toEqual([
      { targetId: 'root', targetDepth: 0, score: 0.7, method: 'lexical' },
    ]);
    // Edges leaving the cascade are not the walk's.
    expect(summary.head[1].edges).toEqual([
      { targetId: 'p1', targetDepth: 1, score: 0.5, method: 'lexical' },
    ]);
  });

  it('counts by level (top-down) and region, and ranks the units', () => {
    expect(summary.total).toBe(4);
    expect(summary.byLevel).toEqual([
      ['province', 1],
      ['city', 1],
      ['county', 2],
    ]);
    // In cascade order of first appearance (the API sorts regions by count when it answers).
    expect(summary.byRegion).toEqual([
      ['330000', 1],
      ['330600', 1],
      ['330681', 2],
    ]);
    expect(summary.unitCount).toBe(2);
    expect(summary.units.map((u) => [u.unitId, u.lead, u.support, u.carriers.sort()])).toEqual([
      ['u1', 2, 0, ['c1', 'p1']],
      ['u2', 0, 1, ['c1']],
    ]);
  });

  it('keeps the head and the first units only', () => {
    const many = Array.from({ length: CASCADE_HEAD + 50 }, (_, i) =>
      row(`n${String(i).padStart(3, '0')}`, 1, 0.5),
    );
    const units = (r: ClosureEntry): Carrier[] => [{ provisionId: r.id, unitId: `u-${r.id}`, role: 'lead' }];
    const big = summarizeCascade(
      draftCascade(new Set(['root']), many, units),
      () => [],
      (id) => id,
    );
    expect(big.total).toBe(CASCADE_HEAD + 50);
    expect(big.head).toHaveLength(CASCADE_HEAD);
    expect(big.head.at(-1)?.id).toBe(`n${CASCADE_HEAD - 1}`);
    expect(big.unitCount).toBe(CASCADE_HEAD + 50);
    expect(big.units).toHaveLength(CASCADE_UNIT_HEAD);
    expect(big.units[0].unitId).toBe('u-n000');
  });

  it('drafts in steps: the same draft, pausing every 10,000 rows or lists and between its parts', () => {
    // 25,000 closure rows of 12,500 provisions, two each, every provision carried by one unit.
    const rows = Array.from({ length: 25_000 }, (_, i) =>
      row(`n${String(i % 12_500).padStart(5, '0')}`, 1 + (i % 2), 0.5),
    );
    const units = (r: ClosureEntry): Carrier[] => [{ provisionId: r.id, unitId: `u-${r.id}`, role: 'lead' }];
    const steps = draftCascadeSteps(new Set(['root']), rows, units);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value).toEqual(draftCascade(new Set(['root']), rows, units));
    expect(next.value.reached).toHaveLength(12_500);
    // Merging: at 10,000 and 20,000 rows; after merging; after ordering; the carriers lists: at
    // 10,000; the carriage: at 10,000 lists; before ranking.
    expect(pauses).toBe(7);
  });

  it('stores and reads back the same summary; null is "not computed"; anything else is refused', () => {
    expect(decodeCascade('root', encodeCascade(summary))).toEqual(summary);
    expect(decodeCascade('root', null)).toBeNull();
    const bad = (() => {
      try {
        return decodeCascade('root', '{"v":1,"total":"many"}');
      } catch (e) {
        return e;
      }
    })();
    expect(hasCode(bad, 'INTERNAL')).toBe(true);
  });
});

describe('servingDocuments', () => {
  it('tallies closure rows per document: how many, the strongest and the longest path', () => {
    const tallies = servingDocuments([
      { documentId: 'd2', score: 0.4, longest: 1 },
      { documentId: 'd1', score: 0.6, longest: 2 },
      { documentId: 'd2', score: 0.8, longest: 3 },
      { documentId: null, score: 1, longest: 1 },
    ]);
    expect(tallies).toEqual([
      { documentId: 'd1', provisions: 1, bestScore: 0.6, longest: 2 },
      { documentId: 'd2', provisions: 2, bestScore: 0.8, longest: 3 },
    ]);
    expect(decodeServing('r', encodeServing(tallies))).toEqual(tallies);
    expect(decodeServing('r', null)).toBeNull();
    for (const stored of ['[["d1", 1, 0.5]]', '{}', 'not json']) {
      expect(() => decodeServing('r', stored)).toThrow(/no valid serving documents/);
    }
  });
});

describe('refreshChunks', () => {
  const p = (documentId: string, path: string) => ({ id: `${documentId}:${path}`, documentId, path });
  // The central opinions' outline (two sections, the first with two items) and a county plan.
  const central = [
    p('c', '一、'),
    p('c', '一、(一)'),
    p('c', '一、(二)'),
    p('c', '二、'),
    p('c', '二、(三)'),
  ];
  const county = [p('x', '1.'), p('x', '2.')];
  const rows: Record<string, number> = { 'c:一、(一)': 40, 'c:一、(二)': 30, 'c:二、(三)': 50 };
  const rowsBelow = (id: string) => rows[id] ?? 0;
  const ids = (chunks: { stale: { id: string }[]; outline: { id: string }[] }[]) =>
    chunks.map((c) => ({ stale: c.stale.map((q) => q.id), outline: c.outline.map((q) => q.id) }));

  it('keeps each top-level subtree whole, and starts a chunk where the next subtree would pass the budget', () => {
    const chunks = refreshChunks([...central, county[0]], [...county, ...central], rowsBelow, 74);
    expect(ids(chunks)).toEqual([
      { stale: ['x:1.'], outline: ['x:1.', 'x:2.'] },
      // 一、 weighs 3 provisions + 70 rows: with the county's 2 it passes 74.
      { stale: ['c:一、', 'c:一、(一)', 'c:一、(二)'], outline: ['c:一、', 'c:一、(一)', 'c:一、(二)'] },
      { stale: ['c:二、', 'c:二、(三)'], outline: ['c:二、', 'c:二、(三)'] },
    ]);
  });

  it('gives a subtree over the budget a chunk of its own, and drops chunks with nothing stale', () => {
    const chunks = refreshChunks([central[4]], [...central, ...county], rowsBelow, 10);
    expect(ids(chunks)).toEqual([{ stale: ['c:二、(三)'], outline: ['c:二、', 'c:二、(三)'] }]);
  });

  it('puts everything in one chunk under a large budget', () => {
    const chunks = refreshChunks(central, central, rowsBelow, 1_000);
    expect(ids(chunks)).toEqual([{ stale: central.map((q) => q.id), outline: central.map((q) => q.id) }]);
  });
});
