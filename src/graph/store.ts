// The GraphStore port implemented once over any GraphEngine: the write plans (replace a
// document, delete one, replace the links), migrations, counts and named reads. Engine adapters
// only execute named queries; everything here is the same on Kuzu and Neo4j.
import { PolicyCascadeError, isPolicyCascadeError } from '../errors.js';
import { ParsedDocumentSchema, type ParsedDocument } from '../ingest/schema.js';
import { linksTouching, scopeOf } from '../link/touching.js';
import type { LinkResult } from '../link/types.js';
import type { RegionGazetteer } from '../regions/index.js';
import type { FaultInjector, GraphEngine, WriteTransaction } from './engine.js';
import type { GraphCounts, GraphStore, RegionRecord, Row } from './port.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './model.js';
import type { NamedQuery } from './queries.js';
import { deleteReach, planReachChange, replaceReach, writeReach } from './reach.js';
import { regionRows, sameRegion } from './regions.js';
import { BULK_TABLES, bulkRows, itemsOf, reachBulkRows } from './bulk-rows.js';
import { encodeCarriers, outlineCarriers, outlineOf } from './carriers.js';
import { clearCascades, refreshCascades, staleCascadeDocuments } from './cascade-refresh.js';
import type { UnitRole } from '../domain.js';
import { documentRegionRows, documentRows, linkRows, type LinkRows, type Rows, scoredLinks } from './rows.js';

export interface StoreOptions {
  /** Region reference data written by migrate(); omit to write no region tree. */
  regions?: () => RegionGazetteer;
  /** Names of boilerplate concepts (flagged on Concept nodes); none when omitted. */
  boilerplateConcepts?: () => ReadonlySet<string>;
  faultInjector?: FaultInjector;
}

async function runRows(tx: WriteTransaction, name: string, rows: Rows, params: Record<string, unknown> = {}) {
  if (rows.length > 0) await tx.run(name, { ...params, rows });
}

async function writeLinks(tx: WriteTransaction, links: LinkRows): Promise<void> {
  await runRows(tx, 'write/referenced-documents', links.referencedDocuments);
  await runRows(tx, 'write/implements-documents', links.implementsDocuments);
  await runRows(tx, 'write/citations', links.citations);
  await runRows(tx, 'write/implementations', links.implementations);
  await runRows(tx, 'write/similarities', links.similarities);
}

/** Stands for "nothing to keep": Kuzu cannot bind an empty list, and no key is a NUL. */
const NO_KEY = '\u0000';

/** Keys of what the transaction has just linked (never orphans; see delete-orphan-units.cypher). */
interface Linked {
  targets: string[];
  units: string[];
  concepts: string[];
  references: string[];
}

const NOTHING_LINKED: Linked = { targets: [], units: [], concepts: [], references: [] };

const keep = (keys: readonly string[]) => ({ keep: keys.length > 0 ? keys : [NO_KEY] });

/** Whatever no document owns any more: units, concepts, targets, referenced-only documents. */
async function deleteOrphans(tx: WriteTransaction, linked: Linked): Promise<void> {
  await tx.run('write/delete-orphan-targets', keep(linked.targets));
  await tx.run('write/delete-orphan-units', keep(linked.units));
  await tx.run('write/delete-orphan-concepts', keep(linked.concepts));
  await tx.run('write/delete-orphan-references', keep(linked.references));
}

const keysOf = (rows: Rows, key: string) => rows.map((r) => String(r[key]));

async function deleteContent(tx: WriteTransaction, documentId: string): Promise<void> {
  await tx.run('write/delete-document-targets', { documentId });
  await tx.run('write/delete-document-provisions', { documentId });
  await tx.run('write/delete-document-edges', { documentId });
}

async function writeDocumentContent(
  tx: WriteTransaction,
  doc: ParsedDocument,
  boilerplate: ReadonlySet<string>,
): Promise<Linked> {
  const rows = documentRows(doc, boilerplate);
  const documentId = doc.id;
  await tx.run('write/document', rows.document);
  await runRows(tx, 'write/document-regions', rows.regions);
  await runRows(
    tx,
    'write/region-parents',
    rows.regions.filter((r) => r.parentCode !== null),
  );
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
  return {
    targets: keysOf(rows.targets, 'id'),
    units: keysOf(rows.units, 'id'),
    concepts: keysOf(rows.concepts, 'name'),
    references: [],
  };
}

/** Every provision's carriers, from the store's outlines and assignments (a store that predates them). */
async function carrierRowsFromStore(engine: GraphEngine): Promise<Rows> {
  const byDocument = new Map<string, { id: string; path: string; parentPath: string | null }[]>();
  for (const p of await engine.read('admin/provision-outline')) {
    const list = byDocument.get(String(p.documentId)) ?? [];
    list.push({
      id: String(p.id),
      path: String(p.path),
      parentPath: p.parentPath === null || p.parentPath === undefined ? null : String(p.parentPath),
    });
    byDocument.set(String(p.documentId), list);
  }
  const carriers = outlineCarriers(
    [...byDocument.values()].flatMap(outlineOf),
    (await engine.read('admin/assignments-all')).map((a) => ({
      provisionId: String(a.provisionId),
      unitId: String(a.unitId),
      role: String(a.role) as UnitRole,
    })),
  );
  return [...carriers].map(([id, list]) => ({ id, carriers: encodeCarriers(list) }));
}

const toCount = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** True when the counts show no node but the region tree (a store a bulk load may fill). */
export const holdsNoCorpus = ({ nodes }: GraphCounts): boolean =>
  Object.entries(nodes).every(([label, n]) => label === 'Region' || n === 0);

function validDocument(document: ParsedDocument): void {
  const valid = ParsedDocumentSchema.safeParse(document);
  if (!valid.success) {
    const problems = valid.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PolicyCascadeError('BAD_USER_INPUT', `Not a valid ParsedDocument: ${problems.join('; ')}`);
  }
}

/** Each region the corpus's documents name, first mention first (as MERGE ON CREATE keeps it). */
function corpusRegionRows(documents: readonly ParsedDocument[]): Rows {
  const byCode = new Map<string, Record<string, unknown>>();
  for (const row of documents.flatMap(documentRegionRows)) {
    if (!byCode.has(String(row.code))) byCode.set(String(row.code), row);
  }
  return [...byCode.values()];
}

const writeFailed = (operation: string, cause: unknown): PolicyCascadeError => {
  if (isPolicyCascadeError(cause) && cause.code === 'STORE_UNAVAILABLE') return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new PolicyCascadeError(
    'STORE_WRITE_FAILED',
    `${operation} failed; nothing was written: ${message}`,
    {
      cause,
    },
  );
};

/** The engine with `changed` called as each write begins and once it has ended, committed or not. */
function observingWrites(engine: GraphEngine, changed: () => void): GraphEngine {
  const around = async <T>(work: () => Promise<T>): Promise<T> => {
    changed();
    try {
      return await work();
    } finally {
      changed();
    }
  };
  return {
    ...engine,
    write: (work) => around(() => engine.write(work)),
    bulkLoad: (items, beforeTable) => around(() => engine.bulkLoad(items, beforeTable)),
  };
}

export function createGraphStore(database: GraphEngine, options: StoreOptions = {}): GraphStore {
  let revision = 0;
  const engine = observingWrites(database, () => revision++);
  let boilerplateNames: ReadonlySet<string> | undefined;
  const boilerplate = () => (boilerplateNames ??= options.boilerplateConcepts?.() ?? new Set<string>());
  /** The gazetteer's regions once migrate() has checked (or written) them in the graph. */
  let referenceRegions: ReadonlyMap<string, RegionRecord> = new Map();
  /** One write transaction; every query passes the fault injector first; failures are typed. */
  const write = async <T>(operation: string, work: (tx: WriteTransaction) => Promise<T>): Promise<T> => {
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
    } catch (cause) {
      throw writeFailed(operation, cause);
    }
  };

  /**
   * Recomputes the cascade summaries a committed write left stale (graph/cascades.ts). Its own
   * transaction: a failure leaves them stale, which the API and the next start-up handle.
   */
  const refresh = async (written: string): Promise<void> => {
    try {
      await engine.write(refreshCascades);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new PolicyCascadeError(
        'STORE_WRITE_FAILED',
        `${written} was committed, but refreshing the cascade summaries failed (the API computes ` +
          `those cascades from the closure until the next start-up refreshes them): ${message}`,
        { cause },
      );
    }
  };

  const counts = async (): Promise<GraphCounts> => {
    const nodes: Record<string, number> = Object.fromEntries(NODE_LABELS.map((l) => [l, 0]));
    const relationships: Record<string, number> = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0]));
    for (const row of await engine.read('admin/node-counts')) nodes[String(row.label)] = toCount(row.count);
    for (const row of await engine.read('admin/relationship-counts')) {
      relationships[String(row.type)] = toCount(row.count);
    }
    return { nodes, relationships };
  };

  return {
    engine: engine.name,

    async migrate() {
      await engine.migrateSchema();
      // A store written before the cascade closure existed gets it built once. Two one-row
      // probes, not counts(): counting every relationship would cost each start 0.3 s nationally.
      if (
        (await engine.read('admin/any-reach')).length === 0 &&
        (await engine.read('admin/any-implementation')).length > 0
      ) {
        // Through the bulk path: the closure of a national corpus is 630k rows.
        const edges = await engine.read('admin/implements-all');
        const documentOf = new Map(edges.map((e) => [String(e.sourceId), String(e.sourceDocumentId)]));
        const table = BULK_TABLES.find((t) => t.name === 'REACHES')!;
        try {
          await engine.bulkLoad(
            itemsOf(
              table,
              reachBulkRows(scoredLinks(edges), (id) => documentOf.get(id)),
            ),
          );
        } catch (cause) {
          throw writeFailed('Building the cascade closure', cause);
        }
      }
      // Closure rows from before they carried their descendant's document get it.
      if ((await engine.read('admin/any-reach-without-document')).length > 0) {
        await write("Filling the closure rows' documents", (tx) => tx.run('write/reach-documents'));
      }
      // Likewise the provisions' carriers (Provision.carriers, added after the first release).
      if ((await engine.read('admin/any-provision-without-carriers')).length > 0) {
        const carrierRows = await carrierRowsFromStore(engine);
        await write("Filling the provisions' carriers", (tx) =>
          runRows(tx, 'write/provision-carriers', carrierRows),
        );
      }
      // Cascade summaries not computed: a store from before them, or a refresh a crash cut short.
      if ((await engine.read('admin/any-provision-without-cascade')).length > 0) {
        await write('Computing the cascade summaries', refreshCascades);
      }
      if (!options.regions) return;
      const rows = regionRows(options.regions());
      const stored = new Map((await engine.read('admin/region-codes')).map((r) => [String(r.code), r]));
      if (!rows.regions.every((r) => sameRegion(stored.get(r.code), r))) {
        await write('Writing the region tree', async (tx) => {
          await runRows(tx, 'write/regions', rows.regions);
          await runRows(tx, 'write/region-aliases', rows.aliases);
          await runRows(tx, 'write/region-parents', rows.parents);
        });
      }
      referenceRegions = new Map(rows.regions.map((r) => [r.code, r]));
    },

    referenceRegion: (code) => referenceRegions.get(code),

    async writeDocument(document, links) {
      validDocument(document);
      const scope = scopeOf(document);
      const touching = linkRows(linksTouching(links, scope));
      const written = scoredLinks(touching.implementations);
      const operation = `Writing document ${document.id}`;
      await write(operation, async (tx) => {
        const reach = await planReachChange(tx, document.id, scope.provisionIds, written);
        const stale = await staleCascadeDocuments(tx, reach);
        await deleteReach(tx, reach);
        await deleteContent(tx, document.id);
        const linked = await writeDocumentContent(tx, document, boilerplate());
        await writeLinks(tx, touching);
        await writeReach(tx, reach.rows);
        await clearCascades(tx, stale);
        await deleteOrphans(tx, { ...linked, references: keysOf(touching.referencedDocuments, 'id') });
      });
      await refresh(operation);
    },

    async loadCorpus(documents, links) {
      documents.forEach(validDocument);
      const seen = new Set<string>();
      for (const doc of documents) {
        if (seen.has(doc.id))
          throw new PolicyCascadeError('BAD_USER_INPUT', `Document ${doc.id} is given twice`);
        seen.add(doc.id);
      }
      if (!holdsNoCorpus(await counts())) {
        throw new PolicyCascadeError('STORE_NOT_EMPTY', 'A bulk load needs a store without documents', {
          details: { operation: 'loadCorpus' },
        });
      }
      const before = new Set((await engine.read('admin/region-codes')).map((r) => String(r.code)));
      const regions = corpusRegionRows(documents).filter((r) => !before.has(String(r.code)));
      const addedRegions = regions.map((r) => String(r.code));
      try {
        // Regions the gazetteer lacks, with the write path's own queries (a handful of rows).
        if (regions.length > 0) {
          await engine.write(async (tx) => {
            await tx.run('write/document-regions', { rows: regions });
            await runRows(
              tx,
              'write/region-parents',
              regions.filter((r) => r.parentCode !== null),
            );
          });
        }
        const regionCodes = new Set([...before, ...addedRegions]);
        const rows = bulkRows(documents, links, { boilerplate: boilerplate(), regionCodes });
        await engine.bulkLoad(rows, (table, step) =>
          options.faultInjector?.({ query: `bulk/${table.key}`, step }),
        );
      } catch (cause) {
        // Kuzu's COPY runs in the engine's transaction too; clearing is the guarantee either way.
        try {
          await engine.write(async (tx) => {
            await tx.run('admin/clear-corpus');
            if (addedRegions.length > 0) await tx.run('admin/delete-regions', { codes: addedRegions });
          });
        } catch (undo) {
          const message = undo instanceof Error ? undo.message : String(undo);
          throw new PolicyCascadeError(
            'STORE_WRITE_FAILED',
            `Bulk load failed and clearing it failed too: ${message}`,
            {
              cause,
            },
          );
        }
        throw writeFailed(`Bulk loading ${documents.length} documents`, cause);
      }
    },

    async deleteDocument(documentId) {
      const operation = `Deleting document ${documentId}`;
      const deleted = await write(operation, async (tx) => {
        const state = await tx.run('admin/document-state', { documentId });
        if (state.length === 0 || state[0].referencedOnly !== false) return false;
        const reach = await planReachChange(tx, documentId, new Set(), []);
        const stale = await staleCascadeDocuments(tx, reach);
        await deleteReach(tx, reach);
        await deleteContent(tx, documentId);
        await tx.run('write/retire-document', { documentId });
        await writeReach(tx, reach.rows);
        await clearCascades(tx, stale);
        await deleteOrphans(tx, NOTHING_LINKED);
        return true;
      });
      if (deleted) await refresh(operation);
      return deleted;
    },

    async replaceLinks(links: LinkResult) {
      const rows = linkRows(links);
      await write('Replacing the links', async (tx) => {
        await replaceReach(tx, scoredLinks(rows.implementations));
        await tx.run('write/clear-cascades');
        await tx.run('write/delete-implementations');
        await tx.run('write/delete-similarities');
        await tx.run('write/delete-document-links');
        await writeLinks(tx, rows);
        const cited = [...rows.implementsDocuments, ...rows.citations].map((l) => String(l.targetDocumentId));
        const referenced = new Set(keysOf(rows.referencedDocuments, 'id'));
        await tx.run(
          'write/delete-orphan-references',
          keep([...new Set(cited)].filter((id) => referenced.has(id))),
        );
      });
      await refresh('Replacing the links');
    },

    corpusRevision: () => (engine.soleWriter ? revision : null),

    async read<R extends Row = Row>(query: NamedQuery, params: Record<string, unknown> = {}): Promise<R[]> {
      return (await engine.read(query.name, params)) as R[];
    },

    counts,

    close: () => engine.close(),
  };
}
