// The units carrying a cascade, ranked: most carriers first, then most lead roles, then by name.
// A national cascade is carried by tens of thousands of units and a client asks for a few, so the
// units (for their names) are loaded only for those that can rank within the page asked for.
import { LEVEL_RANK } from '../../domain.js';
import type { Carrier } from '../../graph/carriers.js';
import type { ApiContext } from '../context.js';
import type { CascadeUnit } from '../types/cascade.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { UnitNode } from '../types/unit.type.js';

/** One unit's share of a cascade: its carriers (each once) and how many it leads, co-leads, supports. */
export interface UnitCarriage {
  unitId: string;
  lead: number;
  coLead: number;
  support: number;
  carriers: string[];
}

/**
 * Each unit's carriage from the carriers lists of a cascade's provisions. A carrier under two
 * reported provisions (a task and its item both implement the requirement) counts once. Lists are
 * whole subtrees, so every list naming a carrier holds all its assignments: a carrier already
 * taken from one list is skipped in the others, without comparing each assignment.
 */
export function carriageOf(lists: Iterable<readonly Carrier[]>): UnitCarriage[] {
  const taken = new Set<string>();
  const byUnit = new Map<string, UnitCarriage>();
  for (const list of lists) {
    const takenHere = new Set<string>();
    for (const c of list) {
      if (!takenHere.has(c.provisionId)) {
        if (taken.has(c.provisionId)) continue;
        taken.add(c.provisionId);
        takenHere.add(c.provisionId);
      }
      let entry = byUnit.get(c.unitId);
      if (!entry)
        byUnit.set(c.unitId, (entry = { unitId: c.unitId, lead: 0, coLead: 0, support: 0, carriers: [] }));
      if (c.role === 'lead') entry.lead++;
      else if (c.role === 'co-lead') entry.coLead++;
      else entry.support++;
      entry.carriers.push(c.provisionId);
    }
  }
  return [...byUnit.values()];
}

const byShare = (a: UnitCarriage, b: UnitCarriage) =>
  b.carriers.length - a.carriers.length || b.lead - a.lead;

/**
 * The carriages that can rank among the first `first` once names break ties: every one ranking
 * above the `first`-th by carriers and leads, and every one tied with it. All of them when `first`
 * is null or covers them all.
 */
export function rankCandidates(carriages: readonly UnitCarriage[], first: number | null): UnitCarriage[] {
  const sorted = [...carriages].sort(byShare);
  if (first === null || first >= sorted.length) return sorted;
  if (first <= 0) return [];
  const boundary = sorted[first - 1];
  let end = first;
  while (end < sorted.length && byShare(sorted[end], boundary) === 0) end++;
  return sorted.slice(0, end);
}

/** The first `first` units carrying the cascade (all of them when null), in rank order. */
export async function rankedUnits(
  ctx: ApiContext,
  carriages: readonly UnitCarriage[],
  first: number | null,
): Promise<CascadeUnit[]> {
  const candidates = rankCandidates(carriages, first);
  const units = await ctx.loaders.unitById.loadMany(candidates.map((c) => c.unitId));
  const ranked = candidates
    .flatMap((c, i) => {
      const unit = units[i];
      return unit instanceof Error ? [] : [{ carriage: c, unit }];
    })
    .sort((a, b) => byShare(a.carriage, b.carriage) || a.unit.name.localeCompare(b.unit.name));
  return ranked
    .slice(0, first ?? ranked.length)
    .map(({ carriage, unit }) => cascadeUnit(ctx, carriage, unit));
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
