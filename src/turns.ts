// Long synchronous passes on the server's thread (a national corpus' rows) give way to the event
// loop between slices, so requests keep being answered while they run.
import { groupInto } from './group.js';

/** Resolves on a later turn of the event loop, after pending I/O callbacks. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `items.map(map)`, giving way to the event loop after every `perTurn` items. */
export async function mapInTurns<T, U>(
  items: readonly T[],
  map: (item: T) => U,
  perTurn: number,
): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % perTurn === 0) await nextTurn();
    out.push(map(items[i]));
  }
  return out;
}

/** `groupBy(items, keyOf, valueOf)`, giving way to the event loop after every `perTurn` items. */
export async function groupByInTurns<T, K, V>(
  items: readonly T[],
  keyOf: (item: T) => K,
  valueOf: (item: T) => V,
  perTurn: number,
): Promise<Map<K, V[]>> {
  const groups = new Map<K, V[]>();
  for (let start = 0; start < items.length; start += perTurn) {
    if (start > 0) await nextTurn();
    groupInto(groups, items.slice(start, start + perTurn), keyOf, valueOf);
  }
  return groups;
}

/**
 * The items of `items`, giving way to the event loop whenever `budgetMs` of work have passed since
 * the last turn: for items whose cost varies by orders of magnitude (one provision's cascade
 * summary takes microseconds, a central requirement's hundreds of milliseconds).
 */
export async function* inTurns<T>(items: Iterable<T>, budgetMs: number): AsyncGenerator<T> {
  let since = performance.now();
  for (const item of items) {
    yield item;
    if (performance.now() - since >= budgetMs) {
      await nextTurn();
      since = performance.now();
    }
  }
}

/**
 * A long computation in steps: a generator that yields (nothing) where the work may pause, and
 * returns its result. `completed` runs it at once; an async caller drives it through `inTurns`,
 * which gives way to the event loop at a pause once enough work has passed.
 */
export type Steps<T> = Generator<void, T, void>;

/** The result of `steps`, run to the end without pausing. */
export function completed<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
