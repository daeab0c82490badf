// The cascade closure: for each provision, every higher provision it implements directly or through
// intermediate levels, with what a downward walk over IMPLEMENTS edges would report for the pair.
// Stored as REACHES edges so that a cascade or coverage reads one edge per answer row instead of
// walking every IMPLEMENTS edge below a requirement (322k of them for the national central opinions).
//
// A provision's rows depend only on the edges above it, so a write that changes the edges touching
// one document recomputes the rows of that document's provisions and of everything below them.

/** Longest walk the API allows; longer paths are recorded as MAX_CASCADE_DEPTH + 1 ("too long"). */
export const MAX_CASCADE_DEPTH = 8;

export interface UpwardEdge {
  targetId: string;
  score: number;
}

/** `descendantId` implements `ancestorId` through one or more IMPLEMENTS edges. */
export interface ReachRow {
  descendantId: string;
  ancestorId: string;
  /** Strongest path's score, a path being as strong as its weakest edge. */
  score: number;
  /** Edges on the shortest path. */
  depth: number;
  /** Edges on the longest path, capped at MAX_CASCADE_DEPTH + 1 (cycles never end). */
  longest: number;
}

/**
 * The rows of each given provision, from the IMPLEMENTS edges leaving each provision above it.
 * Paths are followed hop by hop, keeping the best score per provision and hop count, so a cycle
 * (which the linker never produces) ends at the cap instead of looping.
 */
export function reachRows(
  descendantIds: Iterable<string>,
  edgesUp: (id: string) => readonly UpwardEdge[],
): ReachRow[] {
  const rows: ReachRow[] = [];
  for (const descendantId of descendantIds) {
    const found = new Map<string, ReachRow>();
    let layer = new Map<string, number>([[descendantId, Infinity]]);
    for (let hops = 1; hops <= MAX_CASCADE_DEPTH + 1 && layer.size > 0; hops++) {
      const next = new Map<string, number>();
      for (const [id, pathScore] of layer) {
        for (const edge of edgesUp(id)) {
          const score = Math.min(pathScore, edge.score);
          if ((next.get(edge.targetId) ?? -Infinity) < score) next.set(edge.targetId, score);
        }
      }
      for (const [ancestorId, score] of next) {
        if (ancestorId === descendantId) continue;
        const row = found.get(ancestorId);
        if (!row) found.set(ancestorId, { descendantId, ancestorId, score, depth: hops, longest: hops });
        else {
          row.score = Math.max(row.score, score);
          row.longest = hops;
        }
      }
      layer = next;
    }
    rows.push(...found.values());
  }
  return rows;
}

/** An IMPLEMENTS edge as the closure sees it. */
export interface ScoredLink {
  sourceId: string;
  targetId: string;
  score: number;
}

/** The closure of a whole set of edges (a bulk load, or every stored edge after a relink). */
export function closureRows(edges: Iterable<ScoredLink>): ReachRow[] {
  const up = new Map<string, UpwardEdge[]>();
  for (const { sourceId, targetId, score } of edges) {
    let list = up.get(sourceId);
    if (!list) up.set(sourceId, (list = []));
    list.push({ targetId, score });
  }
  return reachRows(up.keys(), (id) => up.get(id) ?? []);
}
