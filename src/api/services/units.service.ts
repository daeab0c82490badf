// units(region, orderBy: WORKLOAD): responsible units with their tasks across documents, as lead,
// co-lead or support.
import type { UnitRole } from '../../domain.js';
import type { ApiContext } from '../context.js';
import { unitOf } from '../loaders/rows.js';
import type { UnitOrder } from '../types/enums.js';
import type { UnitAssignment, UnitNode, Workload } from '../types/unit.type.js';
import { regionFilter } from './regions.service.js';

export function workloadOf(assignments: readonly (UnitAssignment & { documentId?: string })[]): Workload {
  const count = (role: UnitRole) => assignments.filter((a) => a.role === role).length;
  return {
    lead: count('lead'),
    coLead: count('co-lead'),
    support: count('support'),
    total: new Set(assignments.map((a) => a.provisionId)).size,
    documents: new Set(assignments.map((a) => a.documentId)).size,
  };
}

export interface UnitsFilter {
  region?: string | null;
  name?: string | null;
  orderBy: UnitOrder;
}

/** Units matching the filter, ordered; their workloads are primed for the Unit.workload field. */
export async function listUnits(
  ctx: ApiContext,
  filter: UnitsFilter,
): Promise<{ unit: UnitNode; workload: Workload }[]> {
  const rows = await ctx.reader.read('read/units-workload', {
    regionPrefix: await regionFilter(ctx, filter.region),
    name: filter.name?.trim() ?? '',
  });
  const units = new Map<
    string,
    { unit: UnitNode; lead: number; coLead: number; support: number; docs: Set<string> }
  >();
  for (const row of rows) {
    const unit = unitOf(row);
    const entry = units.get(unit.localId) ?? {
      unit,
      lead: 0,
      coLead: 0,
      support: 0,
      docs: new Set<string>(),
    };
    const n = Number(row.provisions);
    if (row.role === 'lead') entry.lead += n;
    else if (row.role === 'co-lead') entry.coLead += n;
    else entry.support += n;
    entry.docs.add(String(row.documentId));
    units.set(unit.localId, entry);
  }
  const list = [...units.values()].map(({ unit, lead, coLead, support, docs }) => {
    ctx.loaders.unitById.prime(unit.localId, unit);
    return {
      unit,
      workload: { lead, coLead, support, total: lead + coLead + support, documents: docs.size },
    };
  });
  return list.sort((a, b) =>
    filter.orderBy === 'WORKLOAD'
      ? b.workload.total - a.workload.total ||
        b.workload.lead - a.workload.lead ||
        a.unit.name.localeCompare(b.unit.name, 'zh')
      : a.unit.name.localeCompare(b.unit.name, 'zh') || a.unit.localId.localeCompare(b.unit.localId),
  );
}
