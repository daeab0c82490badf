import { implementationOf, provisionOf } from '../loaders/rows.js';
export const MAX_WALK_DEPTH = 8;
export async function walk(ctx, startIds, direction, options) {
    const query = direction === 'down' ? 'read/implementers' : 'read/implemented';
    const seen = new Set(startIds);
    const reached = new Map();
    const edges = [];
    let frontier = [...startIds];
    for (let depth = 1; depth <= options.maxDepth && frontier.length > 0; depth++) {
        const rows = await ctx.reader.read(query, { ids: frontier, minScore: options.minScore });
        const next = [];
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
export function attribute(startIds, edges) {
    const serves = new Map(startIds.map((id) => [id, new Map([[id, 1]])]));
    for (let changed = true; changed;) {
        changed = false;
        for (const { edge } of edges) {
            const upper = serves.get(edge.targetId);
            if (!upper)
                continue;
            const lower = serves.get(edge.sourceId) ?? new Map();
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
//# sourceMappingURL=walk.js.map