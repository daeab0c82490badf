// cascade(from): everything below that implements a requirement, directly or through intermediate
// levels, grouped by level and region, with the units that carry it.
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain.js';
import { type Carrier, decodeCarriers } from '../../graph/carriers.js';
import {
  carriageOf,
  type CascadeSummary,
  cascadeOrder,
  decodeCascade,
  mergeClosure,
} from '../../graph/cascade-summary.js';
import { PolicyCascadeError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { Cascade, CascadeNode } from '../types/cascade.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import { rankedUnits, rankedUnitsOf } from './carrying-units.js';
import { levelCounts } from './levels.js';
import { descendantsOf } from './outline.js';
import { regionCounts, regionPrefix, resolveRegion, withinRegion } from './regions.service.js';
import { decodeCursor, pageOf, unboundedFirst } from '../pagination.js';
import {
  attribute,
  closureAnswers,
  LazyImplementationEdge,
  MAX_WALK_DEPTH,
  type ReachedProvision,
  walk,
  type WalkRegion,
} from './walk.js';

export interface CascadeOptions {
  maxDepth: number;
  minScore: number;
  levels: readonly GovernmentLevel[];
  includeSubProvisions: boolean;
  /** Region argument (code or name): report only provisions inside it, walk only through it and above. */
  region: string | null;
  /** Nodes to return (after `after`); all of them when null. Counts and units cover them all. */
  first: number | null;
  after: string | null;
}

export function checkWalkOptions(options: { maxDepth: number; minScore: number }): void {
  if (!Number.isInteger(options.maxDepth) || options.maxDepth < 1 || options.maxDepth > MAX_WALK_DEPTH) {
    throw new PolicyCascadeError('BAD_USER_INPUT', `maxDepth must be between 1 and ${MAX_WALK_DEPTH}`, {
      details: { argument: 'maxDepth' },
    });
  }
  if (!(options.minScore >= 0 && options.minScore <= 1)) {
    throw new PolicyCascadeError('BAD_USER_INPUT', 'minScore must be between 0 and 1', {
      details: { argument: 'minScore' },
    });
  }
}

export async function cascade(ctx: ApiContext, rootId: string, options: CascadeOptions): Promise<Cascade> {
  checkWalkOptions(options);
  const window = cascadeWindow(options);
  const [root, summary] = await Promise.all([
    ctx.loaders.provisionById.load(rootId),
    summaryFor(ctx, rootId, options, window),
  ]);
  const startsOf = async () =>
    options.includeSubProvisions
      ? [root, ...descendantsOf(root, await ctx.loaders.provisionsByDocument.load(root.documentId))]
      : [root];
  if (summary) return cascadeFromSummary(ctx, root, startsOf, summary, options, window);
  const starts = await startsOf();
  const startIds = starts.map((p) => p.localId);
  const region = options.region ? await walkRegion(ctx, options.region) : null;
  const reached =
    (!region && (await reachedFromClosure(ctx, startIds, options))) ||
    (await reachedByWalk(ctx, startIds, { ...options, region }));
  const levels = new Set(options.levels.length > 0 ? options.levels : GOVERNMENT_LEVELS);

  const reported = reached
    .filter((r) => levels.has(r.level) && (!region || withinRegion(r.regionCode, region.prefix)))
    .sort(cascadeOrder);
  // Only the page's provisions and edges are read; counts and units cover the whole cascade.
  const page = reported.slice(window.offset, window.offset + window.limit);
  const depthOf = new Map<string, number>([
    ...startIds.map((id) => [id, 0] as const),
    ...reported.map((r) => [r.id, r.depth] as const),
  ]);
  const edges = (await ctx.loaders.implementsBySource.loadMany(page.map((r) => r.id))).flatMap((list) =>
    list instanceof Error
      ? []
      : list.flatMap((edge) => {
          // The edges a walk follows: into the cascade, strong enough, from within its depth.
          const targetDepth = depthOf.get(edge.targetId);
          return targetDepth !== undefined && targetDepth < options.maxDepth && edge.score >= options.minScore
            ? [{ implementation: edge, depth: targetDepth + 1 }]
            : [];
        }),
  );

  const carriages = carriageOf(await carriersOf(ctx, reported));
  return {
    root,
    starts,
    nodes: await cascadeNodes(ctx, page),
    edges,
    pageInfo: pageOf(page, window.offset, reported.length).pageInfo,
    byLevel: levelCounts(reported.map((r) => r.level)),
    byRegion: await regionCounts(
      ctx,
      reported.map((r) => r.regionCode),
    ),
    carryingUnits: (first) => rankedUnits(ctx, carriages, first),
    unitCount: carriages.length,
    totalCount: reported.length,
  };
}

/** The page's nodes with their provisions (one batched read). */
async function cascadeNodes(
  ctx: ApiContext,
  page: readonly { id: string; depth: number; score: number }[],
): Promise<CascadeNode[]> {
  const provisions = await ctx.loaders.provisionById.loadMany(page.map((r) => r.id));
  return page.flatMap((r, i) => {
    const provision = provisions[i];
    return provision instanceof Error ? [] : [{ provision, depth: r.depth, score: r.score }];
  });
}

/**
 * The root's stored summary when it answers these options and this page: the default cascade
 * (every level, no region, the whole closure, deep enough) and a page within its head.
 */
async function summaryFor(
  ctx: ApiContext,
  rootId: string,
  options: CascadeOptions,
  window: { offset: number; limit: number },
): Promise<CascadeSummary | null> {
  if (
    !options.includeSubProvisions ||
    options.levels.length > 0 ||
    options.region ||
    !closureAnswers(options)
  )
    return null;
  const [row] = await ctx.reader.read('read/provision-cascade', { ids: [rootId] });
  const summary = row ? decodeCascade(rootId, row.cascade) : null;
  if (!summary || summary.longest > options.maxDepth) return null;
  const fits = window.offset + window.limit <= summary.head.length || summary.head.length === summary.total;
  return fits ? summary : null;
}

/**
 * The answer from the root's summary. Its fields are read only when the query selects them, and
 * together: the page's provisions, the sub-provisions and the units' names are independent reads,
 * so they go out in one wave instead of one after the other.
 */
function cascadeFromSummary(
  ctx: ApiContext,
  root: ProvisionNode,
  startsOf: () => Promise<ProvisionNode[]>,
  summary: CascadeSummary,
  options: CascadeOptions,
  window: { offset: number; limit: number },
): Cascade {
  const page = summary.head.slice(window.offset, window.offset + window.limit);
  const edges = page.flatMap((n) =>
    n.edges
      .filter((e) => e.targetDepth < options.maxDepth && e.score >= options.minScore)
      .map((e) => ({
        implementation: new LazyImplementationEdge(ctx, n.id, e.targetId, e.score, e.method),
        depth: e.targetDepth + 1,
      })),
  );
  const allUnits = summary.units.length === summary.unitCount;
  const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
    let loaded: Promise<T> | undefined;
    return () => (loaded ??= load());
  };
  const starts = once(startsOf);
  const nodes = once(() => cascadeNodes(ctx, page));
  const byRegion = once(() =>
    regionCounts(
      ctx,
      summary.byRegion.map(([code]) => code),
      summary.byRegion.map(([, n]) => n),
    ),
  );
  return {
    root,
    get starts() {
      return starts();
    },
    get nodes() {
      return nodes();
    },
    edges,
    pageInfo: pageOf(page, window.offset, summary.total).pageInfo,
    byLevel: levelCounts(
      summary.byLevel.map(([level]) => level),
      summary.byLevel.map(([, n]) => n),
    ),
    get byRegion() {
      return byRegion();
    },
    carryingUnits: async (first) => {
      if (allUnits || (first !== null && first <= summary.units.length))
        return rankedUnitsOf(ctx, summary.units.slice(0, first ?? undefined));
      // Ranks beyond the summary's: from the closure, as without a summary.
      const startIds = (await starts()).map((p) => p.localId);
      const reached = (await reachedFromClosure(ctx, startIds, options)) ?? [];
      return rankedUnits(ctx, carriageOf(await carriersOf(ctx, reached)), first);
    },
    unitCount: summary.unitCount,
    totalCount: summary.total,
  };
}

/**
 * A reported provision: where the walk (or the closure) found it and its strongest path's score,
 * with its carriers when the closure row brought them.
 */
interface ReachedNode extends ReachedProvision {
  score: number;
  carriers?: () => Carrier[];
}

/** The page of nodes asked for; all of them without `first`. */
function cascadeWindow(options: CascadeOptions): { offset: number; limit: number } {
  const limit = unboundedFirst(options.first);
  return { offset: options.after ? decodeCursor(options.after) + 1 : 0, limit };
}

/**
 * Reached provisions from the cascade closure: one row per start and provision below it instead
 * of a walk over every edge. Null when the closure cannot answer (see closureAnswers).
 */
async function reachedFromClosure(
  ctx: ApiContext,
  startIds: readonly string[],
  options: { maxDepth: number; minScore: number },
): Promise<ReachedNode[] | null> {
  if (!closureAnswers(options)) return null;
  const rows = (await ctx.loaders.reachByAncestor.loadMany(startIds)).flatMap((r) =>
    r instanceof Error ? [] : r,
  );
  const { reached, longest } = mergeClosure(new Set(startIds), rows);
  return longest > options.maxDepth ? null : reached;
}

async function reachedByWalk(
  ctx: ApiContext,
  startIds: readonly string[],
  options: { maxDepth: number; minScore: number; region: WalkRegion | null },
): Promise<ReachedNode[]> {
  const { reached, edges } = await walk(ctx, startIds, 'down', options);
  const scores = attribute(startIds, edges);
  return [...reached.values()].map((r) => ({
    ...r,
    score: Math.max(0, ...(scores.get(r.id)?.values() ?? [])),
  }));
}

/** The region's code prefix and the codes of the regions above it (their plans pass it down). */
async function walkRegion(ctx: ApiContext, arg: string): Promise<WalkRegion> {
  const region = await resolveRegion(ctx, arg);
  const above: string[] = [];
  for (let code = region.parentCode; code !== null;) {
    above.push(code);
    code = (await ctx.loaders.regionByCode.load(code)).parentCode;
  }
  return { prefix: regionPrefix(region.code), above: above.length > 0 ? above : [region.code] };
}

/**
 * The carriers lists of the reported provisions: units assigned to each or to its sub-provisions
 * (a task's units often sit on its items). Closure rows bring them; a walk's provisions are read.
 */
async function carriersOf(ctx: ApiContext, reported: readonly ReachedNode[]): Promise<Carrier[][]> {
  const unread = reported.filter((r) => !r.carriers).map((r) => r.id);
  const read =
    unread.length > 0
      ? (await ctx.reader.read('read/provision-carriers', { ids: unread })).map((row) =>
          decodeCarriers(String(row.id), row.carriers),
        )
      : [];
  return [...reported.flatMap((r) => (r.carriers ? [r.carriers()] : [])), ...read];
}
