// cascade(from): everything below that implements a requirement, directly or through intermediate
// levels, grouped by level and region, with the units that carry it.
import { GOVERNMENT_LEVELS, type GovernmentLevel, LEVEL_RANK, type UnitRole } from '../../domain.js';
import { PolicyCascadeError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { Cascade, CascadeNode, CascadeUnit } from '../types/cascade.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import { levelCounts } from './levels.js';
import { descendantsOf } from './outline.js';
import { regionCounts } from './regions.service.js';
import { attribute, MAX_WALK_DEPTH, walk } from './walk.js';

export interface CascadeOptions {
  maxDepth: number;
  minScore: number;
  levels: readonly GovernmentLevel[];
  includeSubProvisions: boolean;
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
  const { reached, edges } = await walk(ctx, startIds, 'down', options);
  const scores = attribute(startIds, edges);
  const levels = new Set(options.levels.length > 0 ? options.levels : GOVERNMENT_LEVELS);

  const nodes: CascadeNode[] = [...reached.values()]
    .filter(({ provision }) => levels.has(provision.level))
    .map(({ provision, depth }) => ({
      provision,
      depth,
      score: Math.max(0, ...(scores.get(provision.localId)?.values() ?? [])),
    }))
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
    nodes,
    edges: edges
      .filter(({ edge }) => kept.has(edge.sourceId) && kept.has(edge.targetId))
      .map(({ edge, depth }) => ({ implementation: edge, depth })),
    byLevel: levelCounts(provisions.map((p) => p.level)),
    byRegion: await regionCounts(
      ctx,
      provisions.map((p) => p.regionCode),
    ),
    units: await carryingUnits(ctx, provisions),
    totalCount: nodes.length,
  };
}

/** Units assigned to the provisions or to their sub-provisions (a task's units often sit on its items). */
async function carryingUnits(ctx: ApiContext, provisions: readonly ProvisionNode[]): Promise<CascadeUnit[]> {
  const documents = [...new Set(provisions.map((p) => p.documentId))];
  const outlines = new Map(
    (await ctx.loaders.provisionsByDocument.loadMany(documents)).map((list, i) => [
      documents[i],
      list instanceof Error ? [] : list,
    ]),
  );
  const carriers = new Map<string, ProvisionNode>();
  for (const p of provisions) {
    for (const q of [p, ...descendantsOf(p, outlines.get(p.documentId) ?? [])]) carriers.set(q.localId, q);
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
