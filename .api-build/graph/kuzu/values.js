// Converts Kuzu result values to plain JS: node and relationship values lose their internal ids
// (`_id`, `_label`, `_src`, `_dst`) and keep their properties; 64-bit integers become numbers when
// safe, else decimal strings (never a silently rounded number).
export function fromKuzu(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'bigint') {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(fromKuzu);
    if (typeof value === 'object') {
        const obj = value;
        if ('_nodes' in obj && '_rels' in obj) {
            return { nodes: fromKuzu(obj._nodes), relationships: fromKuzu(obj._rels) };
        }
        const out = {};
        for (const [k, v] of Object.entries(obj)) {
            if (k === '_id' || k === '_label' || k === '_src' || k === '_dst')
                continue;
            out[k] = fromKuzu(v);
        }
        return out;
    }
    return value;
}
export const rowFromKuzu = (row) => fromKuzu(row);
//# sourceMappingURL=values.js.map