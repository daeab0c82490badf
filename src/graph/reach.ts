// Keeps the cascade closure (REACHES rows, src/link/reach.ts) in step with the IMPLEMENTS edges
// inside the write transaction that changes them. A provision's rows depend only on the edges
// above it, so rewriting or deleting a document recomputes the rows of the provisions at or below
// it, and no others.
//
// Everything is read before the transaction writes anything: Kuzu 0.11.3 misreads relationships
// the same transaction created once the database has been checkpointed or a transaction rolled
// back (wrong endpoints and scores; test/graph/kuzu-checkpoint.int.test.ts, kuzu-rollback). The
// edges the transaction is about to write are known here anyway: they are the ones passed in.
import { closureRows, reachRows, type ReachRow, type ScoredLink, type UpwardEdge } from '../link/reach.js';
import type { WriteTransaction } from './engine.js';
import { type Rows, scoredLinks } from './rows.js';

/** Rows to delete (every row of `descendants`) and rows to write once the document is written. */
export interface ReachChange {
  descendants: string[];
  rows: ReachRow[];
}

const idsOf = (rows: Rows): string[] => [...new Set(rows.map((r) => String(r.id)))];

/**
 * The closure rows that change when `documentId` is replaced by a version with `provisionIds` and
 * the IMPLEMENTS edges `written` touching them (none of either: the document is deleted). Stored
 * edges touching the document are ignored: the write deletes them with its old provisions.
 */
export async function planReachChange(
  tx: WriteTransaction,
  documentId: string,
  provisionIds: ReadonlySet<string>,
  written: readonly ScoredLink[],
): Promise<ReachChange> {
  const implementers = [
    ...new Set(
      written
        .filter((l) => provisionIds.has(l.targetId) && !provisionIds.has(l.sourceId))
        .map((l) => l.sourceId),
    ),
  ];
  const descendants = new Set([
    ...idsOf(await tx.run('admin/reaching-document', { documentId })),
    ...provisionIds,
    ...implementers,
    ...(implementers.length > 0 ? idsOf(await tx.run('admin/reaching', { ids: implementers })) : []),
  ]);
  const writtenUp = new Map<string, UpwardEdge[]>();
  for (const l of written) {
    const list = writtenUp.get(l.sourceId) ?? [];
    list.push({ targetId: l.targetId, score: l.score });
    writtenUp.set(l.sourceId, list);
  }
  const up = new Map<string, UpwardEdge[]>();
  for (let frontier = [...descendants]; frontier.length > 0;) {
    for (const id of frontier) up.set(id, [...(writtenUp.get(id) ?? [])]);
    const stored = scoredLinks(await tx.run('admin/implements-up', { ids: frontier, documentId }));
    for (const e of stored) up.get(e.sourceId)?.push({ targetId: e.targetId, score: e.score });
    const next = [
      ...stored,
      ...frontier.flatMap((id) => (writtenUp.get(id) ?? []).map((e) => ({ ...e, sourceId: id }))),
    ];
    frontier = [...new Set(next.map((e) => e.targetId))].filter((id) => !up.has(id));
  }
  return { descendants: [...descendants], rows: reachRows(descendants, (id) => up.get(id) ?? []) };
}

/** Deletes the old rows of the change; call before the transaction's other writes. */
export async function deleteReach(tx: WriteTransaction, change: ReachChange): Promise<void> {
  if (change.descendants.length > 0) await tx.run('write/delete-reaches-from', { ids: change.descendants });
}

export async function writeReach(tx: WriteTransaction, rows: readonly ReachRow[]): Promise<void> {
  if (rows.length > 0) await tx.run('write/reaches', { rows: rows.map((r) => ({ ...r })) });
}

/** Replaces every row with the closure of `links` (a relink). */
export async function replaceReach(tx: WriteTransaction, links: readonly ScoredLink[]): Promise<void> {
  await tx.run('write/delete-reaches');
  await writeReach(tx, closureRows(links));
}
