// Relay-style cursor pagination over an ordered list. Cursors are opaque offsets; `first` is capped
// so one request cannot ask for an unbounded page.
import { PolicyCascadeError } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export const encodeCursor = (offset: number): string =>
  Buffer.from(`offset:${offset}`, 'utf8').toString('base64');

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match)
    throw new PolicyCascadeError('BAD_USER_INPUT', `Invalid cursor: ${cursor}`, {
      details: { argument: 'after' },
    });
  return Number(match[1]);
}

/**
 * How many of a list to return when `first` has no upper bound (a cascade's nodes and units):
 * all of it when null, else a non-negative integer.
 */
export function unboundedFirst(first: number | null | undefined): number {
  if (first === null || first === undefined) return Infinity;
  if (!Number.isInteger(first) || first < 0) {
    throw new PolicyCascadeError('BAD_USER_INPUT', 'first must be a non-negative integer', {
      details: { argument: 'first' },
    });
  }
  return first;
}

/** Validated window of a page: offset of its first element and its size. */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new PolicyCascadeError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, {
      details: { argument: 'first', max: MAX_PAGE_SIZE },
    });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

/** A page of `items`, which hold one window of a list of `totalCount` starting at `offset`. */
export function pageOf<T>(items: readonly T[], offset: number, totalCount: number): Page<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: [...items],
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Pages a list held in memory (the nested lists a loader fetched whole). */
export function paginate<T>(all: readonly T[], args: PageArgs): Page<T> {
  const { offset, limit } = pageWindow(args);
  return pageOf(all.slice(offset, offset + limit), offset, all.length);
}
