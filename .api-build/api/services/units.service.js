import { unitOf } from '../loaders/rows.js';
import { regionFilter } from './regions.service.js';
export function workloadOf(assignments) {
    const count = (role) => assignments.filter((a) => a.role === role).length;
    return {
        lead: count('lead'),
        coLead: count('co-lead'),
        support: count('support'),
        total: new Set(assignments.map((a) => a.provisionId)).size,
        documents: new Set(assignments.map((a) => a.documentId)).size,
    };
}
/** Units matching the filter, ordered; their workloads are primed for the Unit.workload field. */
export async function listUnits(ctx, filter) {
    const rows = await ctx.reader.read('read/units-workload', {
        regionPrefix: await regionFilter(ctx, filter.region),
        name: filter.name?.trim() ?? '',
    });
    const units = new Map();
    for (const row of rows) {
        const unit = unitOf(row);
        const entry = units.get(unit.localId) ?? { unit, lead: 0, coLead: 0, support: 0, docs: new Set() };
        const n = Number(row.provisions);
        if (row.role === 'lead')
            entry.lead += n;
        else if (row.role === 'co-lead')
            entry.coLead += n;
        else
            entry.support += n;
        entry.docs.add(String(row.documentId));
        units.set(unit.localId, entry);
    }
    const list = [...units.values()].map(({ unit, lead, coLead, support, docs }) => {
        ctx.loaders.unitById.prime(unit.localId, unit);
        return { unit, workload: { lead, coLead, support, total: lead + coLead + support, documents: docs.size } };
    });
    return list.sort((a, b) => filter.orderBy === 'WORKLOAD'
        ? b.workload.total - a.workload.total ||
            b.workload.lead - a.workload.lead ||
            a.unit.name.localeCompare(b.unit.name, 'zh')
        : a.unit.name.localeCompare(b.unit.name, 'zh') || a.unit.localId.localeCompare(b.unit.localId));
}
//# sourceMappingURL=units.service.js.map