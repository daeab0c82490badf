// The API's view of the store: named reads only, each timed and reported to a per-request
// QueryListener so a request's round trips can be counted and logged.
import type { GraphStore, Row } from '../graph/port.js';
import { namedQuery } from '../graph/queries.js';

export interface GraphReader {
  read<R extends Row = Row>(name: string, params?: Record<string, unknown>): Promise<R[]>;
}

/** One named read of a request, with its parameters, so tests can see which keys went into which batch. */
export interface ReadEvent {
  name: string;
  rows: number;
  ms: number;
  params: Record<string, unknown>;
}

export function observedReader(store: GraphStore, listener: (event: ReadEvent) => void): GraphReader {
  return {
    async read<R extends Row = Row>(name: string, params: Record<string, unknown> = {}): Promise<R[]> {
      const started = performance.now();
      const rows = await store.read<R>(namedQuery(name), params);
      listener({ name, rows: rows.length, ms: performance.now() - started, params });
      return rows;
    },
  };
}
