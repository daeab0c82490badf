// Long passes on the server's thread give way to the event loop (src/turns.ts): the same result as
// the synchronous pass, with other callbacks run in between.
import { describe, expect, it } from 'vitest';
import { groupBy } from '../src/group.js';
import { groupByInTurns, inTurns, mapInTurns } from '../src/turns.js';

const rows = Array.from({ length: 23 }, (_, i) => ({ id: `p${i}`, documentId: `d${i % 4}` }));

/** Counts the turns of the event loop that pass while `work` runs. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  return { result, turns };
}

describe('groupByInTurns', () => {
  it('groups as groupBy does, keys in first-seen order and items in input order', async () => {
    const grouped = await groupByInTurns(
      rows,
      (r) => r.documentId,
      (r) => r.id,
      5,
    );
    expect([...grouped]).toEqual([
      ...groupBy(
        rows,
        (r) => r.documentId,
        (r) => r.id,
      ),
    ]);
    expect(grouped.get('d1')).toEqual(['p1', 'p5', 'p9', 'p13', 'p17', 'p21']);
  });

  it('gives way to the event loop between slices, and not within one', async () => {
    const sliced = await turnsDuring(() =>
      groupByInTurns(
        rows,
        (r) => r.documentId,
        (r) => r.id,
        5,
      ),
    );
    // 23 rows in slices of 5: four turns between five slices.
    expect(sliced.turns).toBe(4);
    const whole = await turnsDuring(() =>
      groupByInTurns(
        rows,
        (r) => r.documentId,
        (r) => r.id,
        23,
      ),
    );
    expect(whole.turns).toBe(0);
  });
});

describe('mapInTurns', () => {
  it('maps in order, giving way after every slice', async () => {
    const { result, turns } = await turnsDuring(() => mapInTurns(rows, (r) => r.id, 10));
    expect(result).toEqual(rows.map((r) => r.id));
    expect(turns).toBe(2);
  });
});

describe('inTurns', () => {
  it('gives way once the budget is spent, whatever the items cost', async () => {
    const all = async (budgetMs: number) => {
      const out: string[] = [];
      for await (const r of inTurns(rows, budgetMs)) out.push(r.id);
      return out;
    };
    const everyItem = await turnsDuring(() => all(0));
    expect(everyItem.result).toEqual(rows.map((r) => r.id));
    expect(everyItem.turns).toBe(rows.length);
    const never = await turnsDuring(() => all(60_000));
    expect(never.result).toEqual(rows.map((r) => r.id));
    expect(never.turns).toBe(0);
  });
});
