// Layered walks over IMPLEMENTS edges: down (who implements these?) or up (what do these implement?).
// Each layer is one batched read, so a walk costs at most `maxDepth` round trips. The downward walk
// is lean (ids, scores, document, level, region): a coverage walks most of the linked corpus, so
// text and evidence are loaded only for what an answer shows.
import type { GovernmentLevel, LinkMethod } from '../../domain.js';
import type { Row } from '../../graph/port.js';
import type { ApiContext } from '../context.js';
import { implementationOf, provisionOf } from '../loaders/rows.js';
import type { EvidenceObject, ImplementationEdge } from '../types/implementation.type.js';
import { groupBy } from '../../group.js';

export { MAX_CASCADE_DEPTH as MAX_WALK_DEPTH } from '../../link/reach.js';

/** What a walk knows of a reached provision: enough to filter, count and attribute it. */
export interface ReachedProvision {
  id: string;
  documentId: string;
  level: GovernmentLevel;
  regionCode: string | null;
  /** The depth it was first reached at. */
  depth: number;
}

export interface Walk {
  /** Reached provisions (not the starts), in the order they were first reached. */
  reached: Map<string, ReachedProvision>;
  /** Every edge between reached provisions or into the starts, with the depth of its far end. */
  edges: { edge: ImplementationEdge; depth: number }[];
}

const EMPTY_EVIDENCE: EvidenceObject = { summary: '', matches: [], signals: [] };

/**
 * An edge whose evidence is read (with its target's other edges, in one batch) only if asked for.
 * A class, not an object with its own getter: a national coverage walk makes 320k of them.
 */
export class LazyImplementationEdge implements ImplementationEdge {
  private loaded: Promise<EvidenceObject> | undefined;

  constructor(
    private readonly ctx: ApiContext,
    readonly sourceId: string,
    readonly targetId: string,
    readonly score: number,
    readonly method: LinkMethod,
  ) {}

  get evidence(): Promise<EvidenceObject> {
    this.loaded ??= this.ctx.loaders.implementsByTarget
      .load(this.targetId)
      .then((edges) => edges.find((e) => e.sourceId === this.sourceId)?.evidence ?? EMPTY_EVIDENCE);
    return this.loaded;
  }
}

/** One row of read/cascade-step (down, lean) or read/implemented (up, whole provisions). */
function stepOf(ctx: ApiContext, row: Row, direction: 'down' | 'up') {
  if (direction === 'down') {
    const reached: Omit<ReachedProvision, 'depth'> = {
      id: String(row.sourceId),
      documentId: String(row.documentId),
      level: String(row.level) as GovernmentLevel,
      regionCode: row.regionCode === null || row.regionCode === undefined ? null : String(row.regionCode),
    };
    const edge = new LazyImplementationEdge(
      ctx,
      reached.id,
      String(row.targetId),
      Number(row.score),
      String(row.method) as LinkMethod,
    );
    return { reached, edge };
  }
  const provision = provisionOf(row);
  ctx.loaders.provisionById.prime(provision.localId, provision);
  return {
    reached: {
      id: provision.localId,
      documentId: provision.documentId,
      level: provision.level,
      regionCode: provision.regionCode,
    },
    edge: implementationOf({ ...row, targetId: row.id }),
  };
}

/**
 * Whether the cascade closure (REACHES rows) answers a downward walk with these options. The
 * closure holds every path, so it matches a walk that drops no edge for its score; the caller also
 * checks that the walk is deep enough for every path that counts (each row's `longest`).
 */
export const closureAnswers = (options: { minScore: number }): boolean => options.minScore <= 0;

/** A downward walk kept to a region: provisions inside it (code prefix) or of the regions above it. */
export interface WalkRegion {
  prefix: string;
  above: readonly string[];
}

export async function walk(
  ctx: ApiContext,
  startIds: readonly string[],
  direction: 'down' | 'up',
  options: { maxDepth: number; minScore: number; region?: WalkRegion | null },
): Promise<Walk> {
  const region = direction === 'down' ? options.region : null;
  const query =
    direction === 'up' ? 'read/implemented' : region ? 'read/cascade-step-in-region' : 'read/cascade-step';
  const regionParams = region ? { regionPrefix: region.prefix, regionsAbove: [...region.above] } : {};
  const seen = new Set(startIds);
  const reached: Walk['reached'] = new Map();
  const edges: Walk['edges'] = [];
  let frontier = [...startIds];
  for (let depth = 1; depth <= options.maxDepth && frontier.length > 0; depth++) {
    const rows = await ctx.reader.read(query, { ids: frontier, minScore: options.minScore, ...regionParams });
    const next: string[] = [];
    for (const row of rows) {
      const step = stepOf(ctx, row, direction);
      edges.push({ edge: step.edge, depth });
      if (!seen.has(step.reached.id)) {
        seen.add(step.reached.id);
        reached.set(step.reached.id, { ...step.reached, depth });
        next.push(step.reached.id);
      }
    }
    frontier = next;
  }
  return { reached, edges };
}

type ScoredEdge = Pick<ImplementationEdge, 'sourceId' | 'targetId' | 'score'>;

/**
 * For each provision reached by a downward walk, the start provisions it serves and the score of
 * its strongest path to each (a path is as strong as its weakest edge). IMPLEMENTS edges run from
 * lower to higher levels, so the edges form a DAG: a provision is settled once every provision it
 * implements is, which visits each edge once. Edges left in a cycle (not produced by the linker)
 * are settled by iterating to a fixpoint. A repeated edge is harmless: it is counted and settled
 * like any other, and the stronger copy wins.
 */
export function attribute(
  startIds: readonly string[],
  edges: readonly { edge: ScoredEdge }[],
): Map<string, Map<string, number>> {
  const serves = new Map<string, Map<string, number>>(startIds.map((id) => [id, new Map([[id, 1]])]));
  const pending = new Map<string, number>();
  for (const { edge } of edges) pending.set(edge.sourceId, (pending.get(edge.sourceId) ?? 0) + 1);
  const byTarget = groupBy(
    edges,
    ({ edge }) => edge.targetId,
    ({ edge }): ScoredEdge => edge,
  );
  const relax = (edge: ScoredEdge): boolean => {
    const upper = serves.get(edge.targetId);
    if (!upper) return false;
    let lower = serves.get(edge.sourceId);
    if (!lower) serves.set(edge.sourceId, (lower = new Map<string, number>()));
    let changed = false;
    for (const [start, score] of upper) {
      const candidate = Math.min(score, edge.score);
      if ((lower.get(start) ?? -1) < candidate) {
        lower.set(start, candidate);
        changed = true;
      }
    }
    return changed;
  };

  const ready = [...byTarget.keys()].filter((id) => !pending.has(id));
  for (let i = 0; i < ready.length; i++) {
    for (const edge of byTarget.get(ready[i]) ?? []) {
      relax(edge);
      const left = pending.get(edge.sourceId)! - 1;
      pending.set(edge.sourceId, left);
      if (left === 0) ready.push(edge.sourceId);
    }
  }
  const cyclic = edges.map(({ edge }) => edge).filter((e) => pending.get(e.sourceId)! > 0);
  for (let changed = cyclic.length > 0; changed;) {
    changed = false;
    for (const edge of cyclic) if (relax(edge)) changed = true;
  }
  return serves;
}
