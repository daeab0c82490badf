// The GraphStore port implemented once over any GraphEngine: the write plans (replace a
// document, delete one, replace the links), migrations, counts and named reads. Engine adapters
// only execute named queries; everything here is the same on Kuzu and Neo4j.
import { PolicyCascadeError, isPolicyCascadeError } from '../errors.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './model.js';
import { regionRows } from './regions.js';
import { documentRows, linkRows } from './rows.js';
async function runRows(tx, name, rows, params = {}) {
    if (rows.length > 0)
        await tx.run(name, { ...params, rows });
}
async function writeLinks(tx, links) {
    await runRows(tx, 'write/referenced-documents', links.referencedDocuments);
    await runRows(tx, 'write/implements-documents', links.implementsDocuments);
    await runRows(tx, 'write/citations', links.citations);
    await runRows(tx, 'write/implementations', links.implementations);
    await runRows(tx, 'write/similarities', links.similarities);
}
/** Whatever no document owns any more: units, concepts, targets, referenced-only documents. */
async function deleteOrphans(tx) {
    await tx.run('write/delete-orphan-targets');
    await tx.run('write/delete-orphan-units');
    await tx.run('write/delete-orphan-concepts');
    await tx.run('write/delete-orphan-references');
}
async function deleteContent(tx, documentId) {
    await tx.run('write/delete-document-targets', { documentId });
    await tx.run('write/delete-document-provisions', { documentId });
    await tx.run('write/delete-document-edges', { documentId });
}
async function writeDocumentContent(tx, doc) {
    const rows = documentRows(doc);
    const documentId = doc.id;
    await tx.run('write/document', rows.document);
    await runRows(tx, 'write/document-regions', rows.regions);
    await runRows(tx, 'write/region-parents', rows.regions.filter((r) => r.parentCode !== null));
    if (rows.document.regionCode !== null) {
        await tx.run('write/document-region', { documentId, regionCode: rows.document.regionCode });
    }
    await runRows(tx, 'write/provisions', rows.provisions, {
        documentId,
        level: doc.level,
        regionCode: rows.document.regionCode,
    });
    await runRows(tx, 'write/provision-children', rows.children);
    await runRows(tx, 'write/units', rows.units);
    await runRows(tx, 'write/unit-regions', rows.unitRegions);
    await runRows(tx, 'write/assignments', rows.assignments);
    await runRows(tx, 'write/issuers', rows.issuers, { documentId });
    await runRows(tx, 'write/concepts', rows.concepts);
    await runRows(tx, 'write/mentions', rows.mentions);
    await runRows(tx, 'write/targets', rows.targets);
    await runRows(tx, 'write/target-values', rows.targetValues);
}
const toCount = (v) => (typeof v === 'number' ? v : Number(v));
export function createGraphStore(engine, options = {}) {
    /** One write transaction; every query passes the fault injector first; failures are typed. */
    const write = async (operation, work) => {
        try {
            return await engine.write(async (tx) => {
                let step = 0;
                return work({
                    run: (name, params) => {
                        options.faultInjector?.({ query: name, step: step++ });
                        return tx.run(name, params);
                    },
                });
            });
        }
        catch (cause) {
            if (isPolicyCascadeError(cause) && cause.code === 'STORE_UNAVAILABLE')
                throw cause;
            const message = cause instanceof Error ? cause.message : String(cause);
            throw new PolicyCascadeError('STORE_WRITE_FAILED', `${operation} failed; nothing was written: ${message}`, {
                cause,
            });
        }
    };
    return {
        engine: engine.name,
        async migrate() {
            await engine.migrateSchema();
            if (!options.regions)
                return;
            const rows = regionRows(options.regions());
            const present = new Set((await engine.read('admin/region-codes')).map((r) => r.code));
            if (rows.regions.every((r) => present.has(r.code)))
                return;
            await write('Writing the region tree', async (tx) => {
                await runRows(tx, 'write/regions', rows.regions);
                await runRows(tx, 'write/region-aliases', rows.aliases);
                await runRows(tx, 'write/region-parents', rows.parents);
            });
        },
        async writeDocument(document, links) {
            const provisionIds = new Set(document.provisions.map((p) => p.id));
            const touching = linkRows(links, { documentId: document.id, provisionIds });
            await write(`Writing document ${document.id}`, async (tx) => {
                await deleteContent(tx, document.id);
                await writeDocumentContent(tx, document);
                await writeLinks(tx, touching);
                await deleteOrphans(tx);
            });
        },
        async deleteDocument(documentId) {
            return write(`Deleting document ${documentId}`, async (tx) => {
                const state = await tx.run('admin/document-state', { documentId });
                if (state.length === 0 || state[0].referencedOnly !== false)
                    return false;
                await deleteContent(tx, documentId);
                await tx.run('write/retire-document', { documentId });
                await deleteOrphans(tx);
                return true;
            });
        },
        async replaceLinks(links) {
            const rows = linkRows(links);
            await write('Replacing the links', async (tx) => {
                await tx.run('write/delete-implementations');
                await tx.run('write/delete-similarities');
                await tx.run('write/delete-document-links');
                await writeLinks(tx, rows);
                await tx.run('write/delete-orphan-references');
            });
        },
        async read(query, params = {}) {
            return (await engine.read(query.name, params));
        },
        async counts() {
            const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0]));
            const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0]));
            for (const row of await engine.read('admin/node-counts'))
                nodes[String(row.label)] = toCount(row.count);
            for (const row of await engine.read('admin/relationship-counts')) {
                relationships[String(row.type)] = toCount(row.count);
            }
            return { nodes, relationships };
        },
        close: () => engine.close(),
    };
}
//# sourceMappingURL=store.js.map