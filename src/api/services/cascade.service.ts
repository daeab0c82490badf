// cascade(from): everything below that implements a requirement, directly or through intermediate
// levels, grouped by level and region, with the units that carry it.
import { GOVERNMENT_LEVELS, type GovernmentLevel, LEVEL_RANK, type UnitRole } from '../../domain.js';
import { PolicyCascadeError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { Cascade, CascadeNode, CascadeUnit } from '../types/cascade.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import { levelCounts } from './levels.js';
import { descendantsOf } from './outline.js';
import { regionCounts, regionPrefix, resolveRegion, withinRegion } from './regions.service.js';
import { attribute, MAX_WALK_DEPTH, walk, type WalkRegion } from './walk.js';

export interface CascadeOptions {
  maxDepth: number;
  minScore: number;
  levels: readonly GovernmentLevel[];
  includeSubProvisions: boolean;
  /** Region argument (code or name): report only provisions inside it, walk only through it and above. */
  region: string | null;
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
  const root = await ctx.loaders.provisionById.load(rootId);
  const starts = options.includeSubProvisions
    ? [root, ...descendantsOf(root, await ctx.loaders.provisionsByDocument.load(root.documentId))]
    : [root];
  const startIds = starts.map((p) => p.localId);
  const region = options.region ? await walkRegion(ctx, options.region) : null;
  const { reached, edges } = await walk(ctx, startIds, 'down', { ...options, region });
  const scores = attribute(startIds, edges);
  const levels = new Set(options.levels.length > 0 ? options.levels : GOVERNMENT_LEVELS);

  // The reported provisions and their sub-provisions in one batch: the nodes' text and the units'
  // carriers are read for the answer only, not for the documents the cascade passes through.
  const reported = [...reached.values()].filter(
    (r) => levels.has(r.level) && (!region || withinRegion(r.regionCode, region.prefix)),
  );
  const subtrees = await ctx.loaders.subtreeByProvision.loadMany(reported.map((r) => r.id));
  const nodes: (CascadeNode & { subtree: ProvisionNode[] })[] = reported
    .flatMap((r, i) => {
      const subtree = subtrees[i];
      const provision = subtree instanceof Error ? undefined : subtree.find((p) => p.localId === r.id);
      if (!provision) return [];
      const score = Math.max(0, ...(scores.get(r.id)?.values() ?? []));
      return [{ provision, depth: r.depth, score, subtree: subtree as ProvisionNode[] }];
    })
    .sort(
      (a, b) =>
        a.depth - b.depth ||
        LEVEL_RANK[a.provision.level] - LEVEL_RANK[b.provision.level] ||
        b.score - a.score ||
        a.provision.localId.localeCompare(b.provision.localId),
    );
  const kept = new Set([...startIds, ...nodes.map((n) => n.provision.localId)]);
  const provisions = nodes.map((n) => n.provision);

  return {
    root,
    starts,
    nodes: nodes.map(({ provision, depth, score }) => ({ provision, depth, score })),
    edges: edges
      .filter(({ edge }) => kept.has(edge.sourceId) && kept.has(edge.targetId))
      .map(({ edge, depth }) => ({ implementation: edge, depth })),
    byLevel: levelCounts(provisions.map((p) => p.level)),
    byRegion: await regionCounts(
      ctx,
      provisions.map((p) => p.regionCode),
    ),
    units: await carryingUnits(ctx, nodes),
    totalCount: nodes.length,
  };
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

/** Units assigned to the provisions or to their sub-provisions (a task's units often sit on its items). */
async function carryingUnits(
  ctx: ApiContext,
  nodes: readonly { provision: ProvisionNode; subtree: readonly ProvisionNode[] }[],
): Promise<CascadeUnit[]> {
  const carriers = new Map<string, ProvisionNode>();
  for (const { provision, subtree } of nodes) {
    for (const q of [provision, ...subtree.filter((p) => p.localId !== provision.localId)]) {
      carriers.set(q.localId, q);
    }
  }
  const ids = [...carriers.keys()];
  const assignments = await ctx.loaders.assignmentsByProvision.loadMany(ids);
  const byUnit = new Map<string, { roles: UnitRole[]; provisions: ProvisionNode[] }>();
  assignments.forEach((list, i) => {
    if (list instanceof Error) return;
    for (const a of list) {
      const entry = byUnit.get(a.unitId) ?? { roles: [], provisions: [] };
      entry.roles.push(a.role);
      entry.provisions.push(carriers.get(ids[i])!);
      byUnit.set(a.unitId, entry);
    }
  });
  const unitIds = [...byUnit.keys()];
  const units = await ctx.loaders.unitById.loadMany(unitIds);
  return unitIds
    .flatMap((id, i) => {
      const unit = units[i];
      const entry = byUnit.get(id)!;
      if (unit instanceof Error) return [];
      return [
        {
          unit,
          lead: entry.roles.filter((r) => r === 'lead').length,
          coLead: entry.roles.filter((r) => r === 'co-lead').length,
          support: entry.roles.filter((r) => r === 'support').length,
          provisions: entry.provisions.sort(
            (a, b) =>
              LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
              a.documentId.localeCompare(b.documentId) ||
              a.order - b.order,
          ),
        },
      ];
    })
    .sort(
      (a, b) =>
        b.provisions.length - a.provisions.length ||
        b.lead - a.lead ||
        a.unit.name.localeCompare(b.unit.name),
    );
}
