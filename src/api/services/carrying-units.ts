// The units carrying a cascade, ranked (graph/cascade-summary.ts): most carriers first, then most
// lead roles, then by name. A national cascade is carried by tens of thousands of units and a
// client asks for a few, so the units (for their names) are loaded only for those that can rank
// within the page asked for.
import { LEVEL_RANK } from '../../domain.js';
import { rankCandidates, rankUnits, type UnitCarriage } from '../../graph/cascade-summary.js';
import type { ApiContext } from '../context.js';
import type { CascadeUnit } from '../types/cascade.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { UnitNode } from '../types/unit.type.js';

/** The first `first` units carrying the cascade (all of them when null), in rank order. */
export async function rankedUnits(
  ctx: ApiContext,
  carriages: readonly UnitCarriage[],
  first: number | null,
): Promise<CascadeUnit[]> {
  const candidates = rankCandidates(carriages, first);
  const units = await loadUnits(ctx, candidates);
  return rankUnits(candidates, first, (id) => units.get(id)?.name).map((c) =>
    cascadeUnit(ctx, c, units.get(c.unitId)!),
  );
}

/** Units already in rank order (a cascade summary's): only their names and regions are loaded. */
export async function rankedUnitsOf(
  ctx: ApiContext,
  ranked: readonly UnitCarriage[],
): Promise<CascadeUnit[]> {
  const units = await loadUnits(ctx, ranked);
  return ranked.flatMap((c) => {
    const unit = units.get(c.unitId);
    return unit ? [cascadeUnit(ctx, c, unit)] : [];
  });
}

async function loadUnits(
  ctx: ApiContext,
  carriages: readonly UnitCarriage[],
): Promise<Map<string, UnitNode>> {
  const loaded = await ctx.loaders.unitById.loadMany(carriages.map((c) => c.unitId));
  const units = new Map<string, UnitNode>();
  loaded.forEach((u, i) => {
    if (!(u instanceof Error)) units.set(carriages[i].unitId, u);
  });
  return units;
}

function cascadeUnit(ctx: ApiContext, carriage: UnitCarriage, unit: UnitNode): CascadeUnit {
  let provisions: Promise<ProvisionNode[]> | undefined;
  return {
    unit,
    lead: carriage.lead,
    coLead: carriage.coLead,
    support: carriage.support,
    // The carriers' text is read only if the query selects it.
    get provisions() {
      provisions ??= Promise.all(carriage.carriers.map((c) => ctx.loaders.provisionById.load(c))).then(
        (list) =>
          list.sort(
            (a, b) =>
              LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
              a.documentId.localeCompare(b.documentId) ||
              a.order - b.order,
          ),
      );
      return provisions;
    },
  };
}
