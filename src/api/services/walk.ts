// Layered walks over IMPLEMENTS edges: down (who implements these?) or up (what do these implement?).
// Each layer is one batched read, so a walk costs at most `maxDepth` round trips.
import type { ApiContext } from '../context.js';
import { implementationOf, provisionOf } from '../loaders/rows.js';
import type { ImplementationEdge } from '../types/implementation.type.js';
import type { ProvisionNode } from '../types/provision.type.js';

export const MAX_WALK_DEPTH = 8;

export interface Walk {
  /** Reached provisions (not the starts) with the depth they were first reached at. */
  reached: Map<string, { provision: ProvisionNode; depth: number }>;
  /** Every edge between reached provisions or into the starts, with the depth of its far end. */
  edges: { edge: ImplementationEdge; depth: number }[];
}

export async function walk(
  ctx: ApiContext,
  startIds: readonly string[],
  direction: 'down' | 'up',
  options: { maxDepth: number; minScore: number },
): Promise<Walk> {
  const query = direction === 'down' ? 'read/implementers' : 'read/implemented';
  const seen = new Set(startIds);
  const reached: Walk['reached'] = new Map();
  const edges: Walk['edges'] = [];
  let frontier = [...startIds];
  for (let depth = 1; depth <= options.maxDepth && frontier.length > 0; depth++) {
    const rows = await ctx.reader.read(query, { ids: frontier, minScore: options.minScore });
    const next: string[] = [];
    for (const row of rows) {
      const provision = provisionOf(row);
      // The reached provision is the edge's far end; its id column doubles as that end's id.
      const ends = direction === 'down' ? { sourceId: row.id } : { targetId: row.id };
      edges.push({ edge: implementationOf({ ...row, ...ends }), depth });
      ctx.loaders.provisionById.prime(provision.localId, provision);
      if (!seen.has(provision.localId)) {
        seen.add(provision.localId);
        reached.set(provision.localId, { provision, depth });
        next.push(provision.localId);
      }
    }
    frontier = next;
  }
  return { reached, edges };
}

/**
 * For each provision reached by a downward walk, the start provisions it serves and the score of
 * its strongest path to each (a path is as strong as its weakest edge).
 */
export function attribute(
  startIds: readonly string[],
  edges: Walk['edges'],
): Map<string, Map<string, number>> {
  const serves = new Map<string, Map<string, number>>(startIds.map((id) => [id, new Map([[id, 1]])]));
  for (let changed = true; changed;) {
    changed = false;
    for (const { edge } of edges) {
      const upper = serves.get(edge.targetId);
      if (!upper) continue;
      const lower = serves.get(edge.sourceId) ?? new Map<string, number>();
      for (const [start, score] of upper) {
        const candidate = Math.min(score, edge.score);
        if ((lower.get(start) ?? -1) < candidate) {
          lower.set(start, candidate);
          changed = true;
        }
      }
      serves.set(edge.sourceId, lower);
    }
  }
  return serves;
}
