// Helpers that turn the rows of one batched read into DataLoader results in key order.
import DataLoader from 'dataloader';
import { PolicyCascadeError } from '../../errors.js';
import type { Row } from '../../graph/port.js';
import type { GraphReader } from '../reader.js';

/** Where an entity loader finds objects without a read of its own. */
export interface EntitySources<V> {
  /** Reference data: the row of a key, if the store holds it in memory. */
  known?: (key: string) => Row | undefined;
  /** Objects kept between requests (CorpusCache), or null when the store's corpus cannot be kept. */
  kept?: () => Promise<ReadonlyMap<string, V>> | null;
}

/**
 * One object per key; a key with no row gets a NOT_FOUND error in its slot. Keys that `known` or
 * `kept` has are not read.
 */
export function entityLoader<V>(
  reader: GraphReader,
  query: string,
  label: string,
  keyOf: (row: Row) => string,
  map: (row: Row) => V,
  { known = () => undefined, kept = () => null }: EntitySources<V> = {},
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const byKey = new Map<string, V>();
    const unknown: string[] = [];
    const keptNow = kept();
    const held = keptNow ? await keptNow : new Map<string, V>();
    for (const key of keys) {
      const row = known(key);
      const value = held.get(key);
      if (row) byKey.set(key, map(row));
      else if (value !== undefined) byKey.set(key, value);
      else unknown.push(key);
    }
    if (unknown.length > 0) {
      for (const row of await reader.read(query, { ids: unknown })) byKey.set(keyOf(row), map(row));
    }
    return keys.map(
      (k) =>
        byKey.get(k) ??
        new PolicyCascadeError('NOT_FOUND', `No ${label} with ID ${k}`, { details: { id: k } }),
    );
  });
}

/**
 * A list per key (one-to-many relations); a key with no rows gets an empty list. Lists keep the
 * rows' order unless `order` is given (for dialects that cannot order, e.g. Kuzu's UNION).
 */
export function groupLoader<V>(
  reader: GraphReader,
  query: string,
  keyOf: (row: Row) => string,
  map: (row: Row) => V,
  options: { onRow?: (row: Row) => void; order?: (a: V, b: V) => number } = {},
): DataLoader<string, V[]> {
  const { onRow, order } = options;
  return new DataLoader<string, V[]>(async (keys) => {
    const rows = await reader.read(query, { ids: [...keys] });
    const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
    for (const row of rows) {
      onRow?.(row);
      groups.get(keyOf(row))?.push(map(row));
    }
    if (order) for (const list of groups.values()) list.sort(order);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
