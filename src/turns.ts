// Long synchronous passes on the server's thread (a national corpus' rows) give way to the event
// loop between slices, so requests keep being answered while they run.

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
