// The store's side of cascade summaries (see graph/cascades.ts): which summaries a write makes
// stale, and recomputing every stale one from the committed graph.
import type { GovernmentLevel, LinkMethod } from '../domain.js';
import {
  carriersCache,
  cascadeNeeds,
  cascadeStarts,
  type DocumentClosureRow,
  type Drafted,
  draftsInSteps,
  edgesBySource,
  encodeCascades,
  type OutlinedProvision,
  type RefreshChunk,
  refreshChunks,
} from './cascades.js';
import type { WriteTransaction } from './engine.js';
import { groupBy } from '../group.js';
import { inTurns } from '../turns.js';
import type { ReachChange } from './reach.js';
import type { Rows } from './rows.js';

/** Drafting work between two turns of the event loop, at most about (one step may take longer). */
const DRAFTING_MS_PER_TURN = 50;

const outlined = (rows: Rows): OutlinedProvision[] =>
  rows.map((r) => ({ id: String(r.id), documentId: String(r.documentId), path: String(r.path) }));

const distinct = (rows: Rows, key: string): string[] => [...new Set(rows.map((r) => String(r[key])))];

/**
 * The documents whose summaries a write of `change` makes stale: those holding an ancestor of a
 * closure row it deletes or writes. Read before the transaction writes anything (graph/reach.ts).
 */
export async function staleCascadeDocuments(tx: WriteTransaction, change: ReachChange): Promise<string[]> {
  const ancestors = [...new Set(change.rows.map((r) => r.ancestorId))];
  return [
    ...new Set([
      ...(change.descendants.length > 0
        ? distinct(await tx.run('admin/reach-ancestor-documents', { ids: change.descendants }), 'documentId')
        : []),
      ...(ancestors.length > 0
        ? distinct(await tx.run('admin/provision-documents', { ids: ancestors }), 'documentId')
        : []),
    ]),
  ];
}

export async function clearCascades(tx: WriteTransaction, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length > 0) await tx.run('write/clear-document-cascades', { documentIds });
}

interface StoredClosureRow extends DocumentClosureRow {
  ancestorId: string;
  carriers: unknown;
}

const closureRowOf = (r: Rows[number]): StoredClosureRow => ({
  ancestorId: String(r.ancestorId),
  id: String(r.id),
  documentId: r.documentId === null || r.documentId === undefined ? null : String(r.documentId),
  level: String(r.level) as GovernmentLevel,
  regionCode: r.regionCode === null || r.regionCode === undefined ? null : String(r.regionCode),
  depth: Number(r.depth),
  longest: Number(r.longest),
  score: Number(r.score),
  carriers: r.carriers,
});

/** Closure rows a refresh reads at once, about (see refreshChunks). */
const REFRESH_ROWS = 50_000;

/**
 * Computes and stores every summary that is not computed (null), reading the graph inside the
 * same transaction so that no write lands between the reads and the summaries, a chunk of about
 * REFRESH_ROWS closure rows at a time. Returns how many.
 */
export async function refreshCascades(tx: WriteTransaction): Promise<number> {
  const stale = outlined(await tx.run('admin/provisions-without-cascade'));
  if (stale.length === 0) return 0;
  const documentIds = [...new Set(stale.map((p) => p.documentId))];
  const outline = outlined(await tx.run('admin/document-outlines', { documentIds }));
  const rowsBelow = new Map(
    (await tx.run('admin/reach-counts', { ids: outline.map((p) => p.id) })).map((r) => [
      String(r.id),
      Number(r.rows),
    ]),
  );
  let refreshed = 0;
  for (const chunk of refreshChunks(stale, outline, (id) => rowsBelow.get(id) ?? 0, REFRESH_ROWS)) {
    refreshed += await refreshChunk(tx, chunk);
  }
  return refreshed;
}

async function refreshChunk(tx: WriteTransaction, chunk: RefreshChunk): Promise<number> {
  const documentProvisions = groupBy(chunk.outline, (p) => p.documentId);
  const rows = (await tx.run('read/reach-by-ancestor', { ids: chunk.outline.map((p) => p.id) })).map(
    closureRowOf,
  );
  const rowsByAncestor = groupBy(rows, (r) => r.ancestorId);
  const sources = {
    starts: cascadeStarts(chunk.stale, documentProvisions, (id) => rowsByAncestor.has(id)),
    rowsByAncestor,
    carriersOf: carriersCache((r: StoredClosureRow) => r.carriers),
  };
  // Kept between the two passes: a chunk's merged rows and ranking candidates, not every unit's
  // carriage. Drafted in turns, within a draft too, so that the API goes on serving reads while an
  // ingest refreshes the central opinions' summaries (nationally about a second of drafting in one
  // chunk, most of it one central section's draft).
  const drafted: Drafted<StoredClosureRow>[] = [];
  for await (const draft of inTurns(draftsInSteps(sources), DRAFTING_MS_PER_TURN)) {
    if (draft) drafted.push(draft);
  }
  const needs = cascadeNeeds(drafted);
  const edges = edgesBySource(
    needs.provisionIds.length > 0
      ? (await tx.run('admin/implements-from', { ids: needs.provisionIds })).map((e) => ({
          sourceId: String(e.sourceId),
          targetId: String(e.targetId),
          score: Number(e.score),
          method: String(e.method) as LinkMethod,
        }))
      : [],
  );
  const names = new Map(
    needs.unitIds.length > 0
      ? (await tx.run('read/units-by-id', { ids: needs.unitIds })).map((u) => [String(u.id), String(u.name)])
      : [],
  );
  const encoded = encodeCascades(drafted, rowsByAncestor, edges, (id) => names.get(id));
  await tx.run('write/provision-cascades', {
    rows: [...encoded].map(([id, stored]) => ({ id, ...stored })),
  });
  return encoded.size;
}
