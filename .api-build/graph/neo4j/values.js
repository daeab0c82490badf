// Converts between JS values and the Neo4j driver's: parameters' whole numbers become Neo4j
// integers (so SKIP/LIMIT and INTEGER properties stay integers), and results come back as plain
// JS with integers as numbers when safe (else decimal strings, never silently rounded).
import neo4j from 'neo4j-driver';
export function toNeo4jParam(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return neo4j.int(value);
    if (Array.isArray(value))
        return value.map(toNeo4jParam);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParam(v)]));
    }
    return value;
}
export function fromNeo4j(value) {
    if (value === null || value === undefined)
        return null;
    if (neo4j.isInt(value))
        return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
    if (typeof value === 'bigint') {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (Array.isArray(value))
        return value.map(fromNeo4j);
    if (typeof value !== 'object')
        return value;
    if (neo4j.isNode(value) || neo4j.isRelationship(value))
        return fromNeo4j(value.properties);
    if (neo4j.isPath(value)) {
        return {
            nodes: [value.start, ...value.segments.map((s) => s.end)].map(fromNeo4j),
            relationships: value.segments.map((s) => fromNeo4j(s.relationship)),
        };
    }
    if (neo4j.isDate(value) ||
        neo4j.isDateTime(value) ||
        neo4j.isLocalDateTime(value) ||
        neo4j.isTime(value) ||
        neo4j.isLocalTime(value) ||
        neo4j.isDuration(value)) {
        return value.toString();
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v)]));
}
//# sourceMappingURL=values.js.map