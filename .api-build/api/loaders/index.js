import { entityLoader, groupLoader } from './batch.js';
import { assignmentOf, conceptOf, documentOf, implementationOf, provisionOf, regionOf, similarityOf, targetOf, unitOf, } from './rows.js';
const docLinkOf = (r) => ({
    sourceDocumentId: String(r.sourceDocumentId),
    targetDocumentId: String(r.targetDocumentId),
    relation: r.relation === 'implements' ? 'implements' : 'cites',
});
export function createLoaders(reader) {
    const documentById = entityLoader(reader, 'read/documents-by-id', 'document', (r) => String(r.id), documentOf);
    const provisionById = entityLoader(reader, 'read/provisions-by-id', 'provision', (r) => String(r.id), provisionOf);
    const unitById = entityLoader(reader, 'read/units-by-id', 'unit', (r) => String(r.id), (r) => unitOf(r));
    const regionByCode = entityLoader(reader, 'read/regions-by-code', 'region', (r) => String(r.code), regionOf);
    const conceptByName = entityLoader(reader, 'read/concepts-by-name', 'concept', (r) => String(r.name), conceptOf);
    const targetById = entityLoader(reader, 'read/targets-by-id', 'target', (r) => String(r.id), targetOf);
    const primeProvision = (r) => void provisionById.prime(String(r.id), provisionOf(r));
    const primeUnit = (r) => void unitById.prime(String(r.unitId), unitOf(r, 'unit'));
    const primeDocument = (r) => void documentById.prime(String(r.id), documentOf(r));
    return {
        documentById,
        provisionById,
        unitById,
        regionByCode,
        conceptByName,
        targetById,
        provisionsByDocument: groupLoader(reader, 'read/provisions-by-document', (r) => String(r.documentId), provisionOf, primeProvision),
        childrenByProvision: groupLoader(reader, 'read/provision-children', (r) => String(r.parentId), provisionOf, primeProvision),
        parentByProvision: groupLoader(reader, 'read/provision-parents', (r) => String(r.childId), provisionOf, primeProvision),
        assignmentsByProvision: groupLoader(reader, 'read/assignments-by-provision', (r) => String(r.provisionId), assignmentOf, primeUnit),
        assignmentsByUnit: groupLoader(reader, 'read/assignments-by-unit', (r) => String(r.unitId), assignmentOf),
        conceptsByProvision: groupLoader(reader, 'read/concepts-by-provision', (r) => String(r.provisionId), conceptOf),
        provisionsByConcept: groupLoader(reader, 'read/provisions-by-concept', (r) => String(r.conceptName), provisionOf, primeProvision),
        targetsByProvision: groupLoader(reader, 'read/targets-by-provision', (r) => String(r.provisionId), targetOf),
        implementsBySource: groupLoader(reader, 'read/implements-by-source', (r) => String(r.sourceId), implementationOf),
        implementsByTarget: groupLoader(reader, 'read/implements-by-target', (r) => String(r.targetId), implementationOf),
        similarByProvision: groupLoader(reader, 'read/similar-by-provision', (r) => String(r.provisionId), similarityOf),
        documentLinksBySource: groupLoader(reader, 'read/document-links-by-source', (r) => String(r.sourceDocumentId), docLinkOf),
        documentLinksByTarget: groupLoader(reader, 'read/document-links-by-target', (r) => String(r.targetDocumentId), docLinkOf),
        regionChildren: groupLoader(reader, 'read/region-children', (r) => String(r.parentCode), regionOf),
        documentsByRegion: groupLoader(reader, 'read/documents-by-region', (r) => String(r.regionCode), documentOf, primeDocument),
    };
}
//# sourceMappingURL=index.js.map