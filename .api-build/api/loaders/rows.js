import { toGlobalId } from '../ids.js';
import { evidenceObject } from '../types/implementation.type.js';
const str = (v) => String(v);
const optStr = (v) => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v) => Number(v);
const optNum = (v) => (v === null || v === undefined ? null : Number(v));
/** Kuzu returns null for collect() over an empty OPTIONAL MATCH where Neo4j returns []. */
export const list = (v) => (Array.isArray(v) ? v.filter((x) => x !== null) : []);
function parseWarnings(raw) {
    if (typeof raw !== 'string' || raw === '')
        return [];
    return JSON.parse(raw).map((w) => ({ code: w.code, message: w.message, line: w.line ?? null }));
}
export const documentOf = (r) => ({
    nodeType: 'Document',
    id: toGlobalId('Document', str(r.id)),
    localId: str(r.id),
    title: str(r.title),
    issuer: optStr(r.issuer),
    docNumber: optStr(r.docNumber),
    date: optStr(r.date),
    level: optStr(r.level),
    sourceFile: optStr(r.sourceFile),
    referencedOnly: r.referencedOnly === true,
    originalTitle: optStr(r.originalTitle),
    url: optStr(r.url),
    warnings: parseWarnings(r.warnings),
    regionCode: optStr(r.regionCode),
});
export const provisionOf = (r) => ({
    nodeType: 'Provision',
    id: toGlobalId('Provision', str(r.id)),
    localId: str(r.id),
    documentId: str(r.documentId),
    path: str(r.path),
    kind: str(r.kind),
    order: num(r.position),
    depth: num(r.depth),
    title: optStr(r.title),
    text: str(r.text ?? ''),
    original: str(r.original ?? ''),
    level: str(r.level),
    regionCode: optStr(r.regionCode),
});
/** Unit columns are prefixed `unit` where a row also carries other things. */
export const unitOf = (r, prefix = '') => {
    const col = (name) => r[prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name];
    return {
        nodeType: 'Unit',
        id: toGlobalId('Unit', str(col('id'))),
        localId: str(col('id')),
        name: str(col('name')),
        collective: col('collective') === true,
        regionCode: optStr(col('regionCode')),
    };
};
export const assignmentOf = (r) => ({
    role: str(r.role),
    unitId: str(r.unitId),
    provisionId: str(r.provisionId),
    documentId: str(r.documentId),
});
export const regionOf = (r) => ({
    nodeType: 'Region',
    id: toGlobalId('Region', str(r.code)),
    localId: str(r.code),
    code: str(r.code),
    name: str(r.name),
    level: str(r.level),
    parentCode: optStr(r.parentCode),
});
export const conceptOf = (r) => ({
    nodeType: 'Concept',
    id: toGlobalId('Concept', str(r.name)),
    localId: str(r.name),
    name: str(r.name),
    category: str(r.category ?? ''),
});
export const targetOf = (r) => ({
    nodeType: 'Target',
    id: toGlobalId('Target', str(r.id)),
    localId: str(r.id),
    text: str(r.text),
    metric: str(r.metric ?? ''),
    value: optNum(r.value),
    unit: optStr(r.unit),
    comparator: optStr(r.comparator),
    period: optStr(r.period),
    deadline: optStr(r.deadline),
    provisionId: str(r.provisionId),
});
const EMPTY_EVIDENCE = { summary: '', matches: [], signals: {} };
function parseEvidence(raw) {
    if (typeof raw !== 'string' || raw === '')
        return EMPTY_EVIDENCE;
    const parsed = JSON.parse(raw);
    return { summary: parsed.summary ?? '', matches: parsed.matches ?? [], signals: parsed.signals ?? {} };
}
export const implementationOf = (r) => ({
    sourceId: str(r.sourceId),
    targetId: str(r.targetId),
    score: num(r.score),
    method: str(r.method),
    evidence: evidenceObject(parseEvidence(r.evidence)),
});
export const similarityOf = (r) => ({
    sourceId: str(r.sourceId),
    targetId: str(r.targetId),
    score: num(r.score),
});
//# sourceMappingURL=rows.js.map