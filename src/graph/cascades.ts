// Keeping every provision's cascade summary (Provision.cascade, graph/cascade-summary.ts) in step
// with the graph. A summary depends on the closure rows below its provision and its outline
// descendants, on those rows' provisions, and on the edges of the first of them, so a write that
// changes a document's provisions or the closure rows of any provision makes stale the summaries
// of every document holding one of those rows' ancestors. The write transaction clears them
// (NULL: "not computed"), and the store recomputes every cleared summary once it commits: the
// document write stays one atomic transaction, a summary is never stale, and a refresh that does
// not happen (a crash) is redone by the next start-up's migrate. Until then the API computes the
// cascade from the closure. The bulk load computes them all from the corpus's own rows. The same
// goes for each provision's serving documents (per-document tallies of its own closure rows).
import type { LinkMethod } from '../domain.js';
import {
  type CascadeDraft,
  type ClosureEntry,
  draftCascade,
  draftCascadeSteps,
  encodeCascade,
  encodeServing,
  headOf,
  isUnderPath,
  servingDocuments,
  summarizeCascade,
} from './cascade-summary.js';
import { type Carrier, decodeCarriers } from './carriers.js';
import { groupBy } from '../group.js';

/** A provision's place in its document's outline, as far as a cascade's starts need it. */
export interface OutlinedProvision {
  id: string;
  documentId: string;
  path: string;
}

export interface ImplementsLink {
  sourceId: string;
  targetId: string;
  score: number;
  method: LinkMethod;
}

/**
 * The starts of each provision's cascade: itself and every provision under it in its outline.
 * Documents none of whose provisions `hasRows` (most of a national corpus: nothing implements a
 * county plan) get each provision alone, without comparing outline paths.
 */
export function cascadeStarts(
  provisions: readonly OutlinedProvision[],
  documentProvisions: ReadonlyMap<string, readonly OutlinedProvision[]>,
  hasRows: (provisionId: string) => boolean,
): Map<string, Set<string>> {
  const implemented = new Set<string>();
  for (const [documentId, list] of documentProvisions) {
    if (list.some((q) => hasRows(q.id))) implemented.add(documentId);
  }
  const starts = new Map<string, Set<string>>();
  for (const p of provisions) {
    if (!implemented.has(p.documentId)) {
      starts.set(p.id, new Set([p.id]));
      continue;
    }
    const under = (documentProvisions.get(p.documentId) ?? []).filter((q) => isUnderPath(q.path, p.path));
    starts.set(p.id, new Set([p.id, ...under.map((q) => q.id)]));
  }
  return starts;
}

/** Stale provisions to refresh together, with the outline provisions their cascades start from. */
export interface RefreshChunk {
  stale: OutlinedProvision[];
  outline: OutlinedProvision[];
}

/**
 * Splits a refresh into chunks of about `budget` closure rows each, so that a refresh never holds
 * the closure below whole documents at once (the central opinions' is 400k rows nationally). A
 * cascade starts from its provision and the provisions under it, so each top-level subtree of a
 * document goes whole into one chunk; a subtree over the budget is a chunk of its own.
 */
export function refreshChunks(
  stale: readonly OutlinedProvision[],
  outline: readonly OutlinedProvision[],
  rowsBelow: (provisionId: string) => number,
  budget: number,
): RefreshChunk[] {
  const staleIds = new Set(stale.map((p) => p.id));
  const chunks: RefreshChunk[] = [];
  let chunk: RefreshChunk = { stale: [], outline: [] };
  let rows = 0;
  const add = (subtree: OutlinedProvision[]) => {
    // A provision counts as a row too: its summary is built and written with the chunk.
    const weight = subtree.reduce((n, p) => n + 1 + rowsBelow(p.id), 0);
    if (chunk.outline.length > 0 && rows + weight > budget) {
      chunks.push(chunk);
      chunk = { stale: [], outline: [] };
      rows = 0;
    }
    rows += weight;
    for (const p of subtree) {
      chunk.outline.push(p);
      if (staleIds.has(p.id)) chunk.stale.push(p);
    }
  };
  for (const provisions of groupBy(outline, (p) => p.documentId).values()) {
    // In path order a provision's outline descendants follow it, before any other provision.
    const sorted = [...provisions].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    let subtree: OutlinedProvision[] = [];
    for (const p of sorted) {
      if (subtree.length > 0 && !isUnderPath(p.path, subtree[0].path)) {
        add(subtree);
        subtree = [];
      }
      subtree.push(p);
    }
    if (subtree.length > 0) add(subtree);
  }
  if (chunk.outline.length > 0) chunks.push(chunk);
  return chunks.filter((c) => c.stale.length > 0);
}

/** A closure row with the document of its lower provision (a coverage counts per document). */
export interface DocumentClosureRow extends ClosureEntry {
  documentId: string | null;
}

/** The cascades to summarize: each provision's starts and the closure rows below them. */
export interface CascadeSources<R extends DocumentClosureRow> {
  starts: ReadonlyMap<string, ReadonlySet<string>>;
  rowsByAncestor: ReadonlyMap<string, readonly R[]>;
  carriersOf: (row: R) => readonly Carrier[];
}

/** The closure rows below a cascade's starts. */
const rowsBelow = <R extends DocumentClosureRow>(
  sources: CascadeSources<R>,
  starts: ReadonlySet<string>,
): R[] => {
  const rows: R[] = [];
  for (const s of starts) for (const r of sources.rowsByAncestor.get(s) ?? []) rows.push(r);
  return rows;
};

/**
 * Each provision's draft, one at a time (a national corpus's drafts together would hold millions
 * of rows), or null for an empty cascade.
 */
export function* drafts<R extends DocumentClosureRow>(sources: CascadeSources<R>): Generator<Drafted<R>> {
  for (const drafted of draftsInSteps(sources)) if (drafted) yield drafted;
}

/**
 * `drafts`, with the pauses of each draft's steps (draftCascadeSteps) in between (yielding nothing):
 * where an async caller may give way to the event loop within one large draft.
 */
export function* draftsInSteps<R extends DocumentClosureRow>(
  sources: CascadeSources<R>,
): Generator<Drafted<R> | void> {
  for (const [id, starts] of sources.starts) {
    const rows = rowsBelow(sources, starts);
    const draft = rows.length > 0 ? yield* draftCascadeSteps(starts, rows, sources.carriersOf) : null;
    yield [id, draft];
  }
}

/** A provision and its cascade's draft (null: nothing below it). */
export type Drafted<R extends DocumentClosureRow> = [string, CascadeDraft<R> | null];

/** Keys of the head provisions (their edges) and the candidate units (their names) the summaries need. */
export function cascadeNeeds<R extends DocumentClosureRow>(
  drafted: Iterable<Drafted<R>>,
): { provisionIds: string[]; unitIds: string[] } {
  const provisionIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const [, d] of drafted) {
    if (!d) continue;
    for (const r of headOf(d)) provisionIds.add(r.id);
    for (const c of d.candidates) unitIds.add(c.unitId);
  }
  return { provisionIds: [...provisionIds], unitIds: [...unitIds] };
}

/** Edges leaving each provision in the API's edge order: strongest first, then by target key. */
export function edgesBySource(links: Iterable<ImplementsLink>): Map<string, ImplementsLink[]> {
  const bySource = groupBy(links, (l) => l.sourceId);
  for (const list of bySource.values()) {
    list.sort(
      (a, b) => b.score - a.score || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0),
    );
  }
  return bySource;
}

/** What a provision stores about the closure below it (Provision.cascade and .servingDocuments). */
export interface StoredCascade {
  cascade: string;
  servingDocuments: string;
}

/** What a provision with nothing below it stores (most provisions of a national corpus). */
export const EMPTY_CASCADE: StoredCascade = {
  cascade: encodeCascade(
    summarizeCascade(
      draftCascade(new Set(), [], () => []),
      () => [],
      () => undefined,
    ),
  ),
  servingDocuments: encodeServing([]),
};

/**
 * Each drafted provision's stored summary and serving documents (from its own rows in
 * `rowsByAncestor`). A bulk load passes `drafts(sources)`, one at a time; a refresh the drafts it
 * has already made to learn what to read.
 */
export function encodeCascades<R extends DocumentClosureRow>(
  drafted: Iterable<Drafted<R>>,
  rowsByAncestor: CascadeSources<R>['rowsByAncestor'],
  edges: ReadonlyMap<string, readonly ImplementsLink[]>,
  unitName: (unitId: string) => string | undefined,
): Map<string, StoredCascade> {
  const encoded = new Map<string, StoredCascade>();
  for (const [id, draft] of drafted) {
    encoded.set(
      id,
      draft
        ? {
            cascade: encodeCascade(summarizeCascade(draft, (p) => edges.get(p) ?? [], unitName)),
            servingDocuments: encodeServing(servingDocuments(rowsByAncestor.get(id) ?? [])),
          }
        : EMPTY_CASCADE,
    );
  }
  return encoded;
}

/** Decodes each provision's carriers once, however many cascades it is in. */
export function carriersCache<R extends { id: string }>(stored: (row: R) => unknown): (row: R) => Carrier[] {
  const decoded = new Map<string, Carrier[]>();
  return (row) => {
    let list = decoded.get(row.id);
    if (!list) decoded.set(row.id, (list = decodeCarriers(row.id, stored(row))));
    return list;
  };
}
