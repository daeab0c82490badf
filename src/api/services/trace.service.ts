// trace(from): the chain upward from a task to the central requirement(s) it serves. The linker may
// have linked the task itself or one of the items it sits under, so the walk starts from both.
import { LEVEL_RANK } from '../../domain.js';
import type { ApiContext } from '../context.js';
import type { Trace } from '../types/cascade.type.js';
import { checkWalkOptions } from './cascade.service.js';
import type { ProvisionNode } from '../types/provision.type.js';
import { ancestorsOf } from './outline.js';
import { walk } from './walk.js';

export interface TraceOptions {
  maxDepth: number;
  minScore: number;
  includeAncestors: boolean;
}

export async function trace(ctx: ApiContext, fromId: string, options: TraceOptions): Promise<Trace> {
  checkWalkOptions(options);
  const from = await ctx.loaders.provisionById.load(fromId);
  const starts = options.includeAncestors
    ? [from, ...ancestorsOf(from, await ctx.loaders.provisionsByDocument.load(from.documentId)).reverse()]
    : [from];
  const { reached, edges } = await walk(
    ctx,
    starts.map((p) => p.localId),
    'up',
    options,
  );
  const implementsSomething = new Set(edges.map(({ edge }) => edge.sourceId));
  // The upward walk read whole provisions and primed the loader with them: no further round trip.
  const provisions = (await ctx.loaders.provisionById.loadMany([...reached.keys()])).filter(
    (p): p is ProvisionNode => !(p instanceof Error),
  );
  const nodes = provisions
    .map((provision) => ({ provision, depth: reached.get(provision.localId)!.depth }))
    .sort((a, b) => a.depth - b.depth || LEVEL_RANK[a.provision.level] - LEVEL_RANK[b.provision.level]);
  return {
    from,
    starts,
    nodes,
    edges: edges.map(({ edge }) => edge),
    roots: nodes.map((n) => n.provision).filter((p) => !implementsSomething.has(p.localId)),
  };
}
