// The rows a bulk load writes for a whole corpus: the write path's own row mapping (rows.ts), laid
// out per node label and relationship type, so that the bulk-loaded graph equals the one the write
// path leaves. Where the write path MERGEs, rows are de-duplicated (last document wins, as there);
// where it MATCHes an end node that is absent, the row is dropped; the provisions' cascade
// summaries are computed as a refresh would (graph/cascades.ts). Pure: both engines' bulk adapters
// (kuzu/bulk.ts, neo4j/bulk.ts) and the benchmark consume it.
import type { ParsedDocument } from '../ingest/schema.js';
import { closureRows, type ScoredLink } from '../link/reach.js';
import type { Implementation, LinkResult } from '../link/types.js';
import type { GovernmentLevel, LinkMethod } from '../domain.js';
import { groupBy } from '../group.js';
import {
  carriersCache,
  cascadeStarts,
  type DocumentClosureRow,
  drafts,
  EMPTY_CASCADE,
  edgesBySource,
  encodeCascades,
  type ImplementsLink,
  type StoredCascade,
} from './cascades.js';
import { NODE_KEYS, type NodeLabel, type RelationshipType } from './model.js';
import {
  documentCarriers,
  documentRows,
  implementationRow,
  linkRows,
  uniqueImplementations,
  unitId,
} from './rows.js';
import type { Carrier } from './carriers.js';

export type BulkRow = Record<string, unknown>;

/** A node label, or a relationship type between two labels (rows carry `from` and `to` keys). */
export interface BulkTable {
  /** The table's own name (its CSV file, the listener's `bulk/<key>`). */
  key: string;
  /** Query-name suffix of the table's Neo4j statement (cypher/bulk/<statement>.neo4j.cypher). */
  statement: string;
  name: NodeLabel | RelationshipType;
  kind: 'node' | 'relationship';
  from?: { label: NodeLabel; key: string };
  to?: { label: NodeLabel; key: string };
  /** Relationship properties besides from/to. */
  properties: readonly string[];
}

export interface BulkTableRows {
  table: BulkTable;
  rows: BulkRow[];
}

/** In place of a row: every row of the table has come (a bulk load may copy it now). */
export const TABLE_COMPLETE = Symbol('table complete');

/** A row of a table, or the mark that the table is complete; the stream's end completes the rest. */
export type BulkItem = readonly [BulkTable, BulkRow | typeof TABLE_COMPLETE];

const kebab = (s: string) => s.replace(/_/g, '-').toLowerCase();
const node = (name: NodeLabel, key = kebab(name)): BulkTable => ({
  key,
  statement: kebab(name),
  name,
  kind: 'node',
  properties: [],
});
const rel = (
  name: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
  properties: string[] = [],
  key = kebab(name),
): BulkTable => ({
  key,
  statement: key,
  name,
  kind: 'relationship',
  from: { label: from, key: NODE_KEYS[from] },
  to: { label: to, key: NODE_KEYS[to] },
  properties,
});

/**
 * In load order: nodes before the relationships between them. Regions are reference data
 * (migrate). Provisions come in two tables, both first: those of documents nothing implements
 * (most of a national corpus, each with the empty summary) are complete before the summaries of
 * the rest are computed, so the engine copies them meanwhile (bulkRows).
 */
export const BULK_TABLES: readonly BulkTable[] = [
  node('Provision'),
  node('Provision', 'implemented-provision'),
  node('Document'),
  node('Unit'),
  node('Concept'),
  node('Target'),
  rel('HAS_PROVISION', 'Document', 'Provision', ['position']),
  rel('HAS_CHILD', 'Provision', 'Provision', ['position']),
  rel('ASSIGNED_TO', 'Provision', 'Unit', ['role']),
  rel('MENTIONS', 'Provision', 'Concept', ['spans', 'source']),
  rel('SETS_TARGET', 'Provision', 'Target'),
  rel('FOR_REGION', 'Document', 'Region', [], 'for-region-document'),
  rel('FOR_REGION', 'Unit', 'Region', [], 'for-region-unit'),
  rel('ISSUED_BY', 'Document', 'Unit'),
  rel('IMPLEMENTS_DOC', 'Document', 'Document', ['citedTitle']),
  rel('CITES', 'Document', 'Document', ['citedTitle']),
  rel('IMPLEMENTS', 'Provision', 'Provision', ['score', 'method', 'evidence']),
  rel('REACHES', 'Provision', 'Provision', ['score', 'depth', 'longest', 'documentId']),
  rel('SIMILAR_TO', 'Provision', 'Provision', ['score']),
];

export const tableLabel = (t: BulkTable): string =>
  t.kind === 'node' ? t.name : `${t.name}(${t.from?.label}→${t.to?.label})`;

const table = (key: string): BulkTable => {
  const found = BULK_TABLES.find((t) => t.key === key);
  if (!found) throw new Error(`unknown bulk table ${key}`);
  return found;
};

export interface BulkRowOptions {
  /** Boilerplate concept names (flagged on Concept nodes, as the write path does). */
  boilerplate?: ReadonlySet<string>;
  /** Region codes present in the store; FOR_REGION rows to any other region are dropped. */
  regionCodes?: ReadonlySet<string>;
}

function* complete(...keys: string[]): Generator<BulkItem> {
  for (const key of keys) yield [table(key), TABLE_COMPLETE];
}

/**
 * Every row of the corpus as (table, row), relationship rows with `from` and `to` keys, each table
 * marked complete as soon as its last row has come: a bulk load can stream the rows to its files
 * and copy a table while the rest are still being mapped, never holding all rows.
 */
export function* bulkRows(
  documents: readonly ParsedDocument[],
  links: LinkResult,
  options: BulkRowOptions = {},
): Generator<BulkItem> {
  // Every link row but the implementations: their evidence (400 MB of JSON nationally) is made only
  // when their table's turn comes, not held through the whole load.
  const all = linkRows({ ...links, implementations: [] });
  const closure = corpusClosure(documents, uniqueImplementations(links.implementations));
  const hasRegion = (code: unknown) =>
    code !== null && code !== undefined && (!options.regionCodes || options.regionCodes.has(String(code)));
  const units = new Map<string, BulkRow>();
  const concepts = new Map<string, BulkRow>();
  const ingested = new Set(documents.map((d) => d.id));

  // Referenced-only documents: never over an ingested one, and only while some link cites them
  // (the write path deletes uncited ones as orphans).
  const referenced = all.referencedDocuments.filter((d) => !ingested.has(String(d.id)));
  const known = new Set([...ingested, ...referenced.map((d) => String(d.id))]);
  const documentLinks = [
    ...all.implementsDocuments.map((l) => ({ key: 'implements-doc', l })),
    ...all.citations.map((l) => ({ key: 'cites', l })),
  ].filter(({ l }) => known.has(String(l.sourceDocumentId)) && known.has(String(l.targetDocumentId)));
  const cited = new Set(documentLinks.map(({ l }) => String(l.targetDocumentId)));
  const kept = new Set([
    ...ingested,
    ...referenced.filter((d) => cited.has(String(d.id))).map((d) => String(d.id)),
  ]);
  for (const d of referenced)
    if (kept.has(String(d.id))) yield [table('document'), { ...d, referencedOnly: true }];

  function* documentItems(
    docs: readonly ParsedDocument[],
    provisionTable: BulkTable,
    storedOf: (provisionId: string) => StoredCascade | undefined,
  ): Generator<BulkItem> {
    for (const doc of docs) {
      const rows = documentRows(doc, options.boilerplate);
      yield [table('document'), { ...rows.document, titleKey: null, referencedOnly: false }];
      const values = new Map(rows.targetValues.map((v) => [v.id, v.value]));
      for (const p of rows.provisions) {
        const stored = storedOf(String(p.id));
        yield [
          provisionTable,
          {
            ...p,
            documentId: doc.id,
            level: doc.level,
            regionCode: rows.document.regionCode,
            cascade: stored?.cascade ?? null,
            servingDocuments: stored?.servingDocuments ?? null,
          },
        ];
        yield [table('has-provision'), { from: doc.id, to: p.id, position: p.position }];
      }
      for (const c of rows.children)
        yield [table('has-child'), { from: c.parentId, to: c.childId, position: c.position }];
      for (const u of rows.units) units.set(String(u.id), u);
      for (const a of rows.assignments)
        yield [table('assigned-to'), { from: a.provisionId, to: a.unitId, role: a.role }];
      for (const c of rows.concepts) concepts.set(String(c.name), c);
      for (const m of rows.mentions)
        yield [table('mentions'), { from: m.provisionId, to: m.name, spans: m.spans, source: m.source }];
      for (const t of rows.targets) {
        const { provisionId, ...target } = t;
        yield [table('target'), { ...target, provisionId, value: values.get(String(t.id)) ?? null }];
        yield [table('sets-target'), { from: provisionId, to: t.id }];
      }
      if (hasRegion(rows.document.regionCode))
        yield [table('for-region-document'), { from: doc.id, to: rows.document.regionCode }];
      for (const i of rows.issuers) yield [table('issued-by'), { from: doc.id, to: i.unitId }];
    }
  }

  // Documents nothing implements first: their provisions' summaries are empty, known without the
  // closure, so their table is complete, and the engine copies it, while the summaries of the
  // others are computed.
  const implemented = documents.filter((d) => closure.implementedDocuments.has(d.id));
  yield* documentItems(
    documents.filter((d) => !closure.implementedDocuments.has(d.id)),
    table('provision'),
    () => EMPTY_CASCADE,
  );
  yield* complete('provision');
  // In a generator of its own, so that the summaries (about 400 MB nationally) are garbage once
  // their rows are out, not held by this frame through the rest of the load.
  yield* (function* () {
    const cascades = corpusCascades(documents, closure);
    yield* documentItems(implemented, table('implemented-provision'), (id) => cascades.get(id));
  })();
  yield* complete(
    'implemented-provision',
    'document',
    'target',
    'has-provision',
    'has-child',
    'assigned-to',
    'mentions',
    'sets-target',
    'for-region-document',
    'issued-by',
  );
  for (const u of units.values()) {
    yield [table('unit'), u];
    if (hasRegion(u.regionCode)) yield [table('for-region-unit'), { from: u.id, to: u.regionCode }];
  }
  yield* complete('unit', 'for-region-unit');
  for (const c of concepts.values()) yield [table('concept'), c];
  yield* complete('concept');
  for (const { key, l } of documentLinks) {
    if (!kept.has(String(l.sourceDocumentId)) || !kept.has(String(l.targetDocumentId))) continue;
    yield [table(key), { from: l.sourceDocumentId, to: l.targetDocumentId, citedTitle: l.citedTitle }];
  }
  for (const l of closure.implementations) {
    const { sourceId, targetId, ...properties } = implementationRow(l);
    yield [table('implements'), { from: sourceId, to: targetId, ...properties }];
  }
  for (const row of closure.reaches) yield [table('reaches'), row];
  const between = (l: BulkRow) =>
    closure.documentOf.has(String(l.sourceId)) && closure.documentOf.has(String(l.targetId));
  for (const l of all.similarities.filter(between))
    yield [table('similar-to'), { from: l.sourceId, to: l.targetId, score: l.score }];
}

/**
 * The cascade closure of `links` as REACHES rows (a bulk load, or a store built before REACHES),
 * each with its descendant's document.
 */
export function reachBulkRows(
  links: readonly ScoredLink[],
  documentOf: (provisionId: string) => string | undefined,
): BulkRow[] {
  return closureRows(links).map((r) => ({
    from: r.descendantId,
    to: r.ancestorId,
    score: r.score,
    depth: r.depth,
    longest: r.longest,
    documentId: documentOf(r.descendantId) ?? null,
  }));
}

/** The corpus rows grouped per table, in BULK_TABLES order (tables without rows included). */
export function bulkTables(
  documents: readonly ParsedDocument[],
  links: LinkResult,
  options: BulkRowOptions = {},
): BulkTableRows[] {
  return tablesOf(bulkRows(documents, links, options));
}

/** A stream of bulk items gathered per table, in BULK_TABLES order (tables without rows included). */
export function tablesOf(items: Iterable<BulkItem>): BulkTableRows[] {
  const byTable = new Map<BulkTable, BulkRow[]>(BULK_TABLES.map((t) => [t, []]));
  for (const [t, row] of items) if (row !== TABLE_COMPLETE) byTable.get(t)?.push(row);
  return BULK_TABLES.map((t) => ({ table: t, rows: byTable.get(t) ?? [] }));
}

/** One table's rows as a stream of bulk items. */
export function* itemsOf(t: BulkTable, rows: Iterable<BulkRow>): Generator<BulkItem> {
  for (const row of rows) yield [t, row];
}

/** The corpus's IMPLEMENTS rows between its provisions and their closure. */
export interface CorpusClosure {
  /** Each ingested provision's document. */
  documentOf: Map<string, string>;
  implementations: Implementation[];
  reaches: BulkRow[];
  /** Documents holding a provision something implements: only theirs have rows below them. */
  implementedDocuments: Set<string>;
}

/** Computed before any row is mapped: it tells which provisions need the summaries (bulkRows). */
export function corpusClosure(
  documents: readonly ParsedDocument[],
  links: readonly Implementation[],
): CorpusClosure {
  const documentOf = new Map<string, string>();
  for (const doc of documents) for (const p of doc.provisions) documentOf.set(p.id, doc.id);
  const implementations = links.filter((l) => documentOf.has(l.sourceId) && documentOf.has(l.targetId));
  const reaches = reachBulkRows(implementations, (id) => documentOf.get(id));
  const implementedDocuments = new Set<string>();
  for (const r of reaches) {
    const documentId = documentOf.get(String(r.to));
    if (documentId !== undefined) implementedDocuments.add(documentId);
  }
  return { documentOf, implementations, reaches, implementedDocuments };
}

/**
 * The stored summaries of the implemented documents' provisions (every other provision's are
 * empty), from the whole closure at once.
 */
export function corpusCascades(
  documents: readonly ParsedDocument[],
  closure: CorpusClosure,
): Map<string, StoredCascade> {
  const provisions: SummarizedProvision[] = [];
  const carriers = new Map<string, Carrier[]>();
  const names = new Map<string, string>();
  for (const doc of documents) {
    for (const [id, list] of documentCarriers(doc)) carriers.set(id, list);
    for (const p of doc.provisions) {
      provisions.push({
        id: p.id,
        documentId: doc.id,
        path: p.path,
        level: doc.level,
        regionCode: doc.region?.code ?? null,
      });
      for (const u of p.units) names.set(unitId(u.regionCode, u.name), u.name);
    }
  }
  return cascadesOf(
    provisions,
    closure.reaches,
    closure.implementations,
    (id) => names.get(id),
    (id) => carriers.get(id) ?? [],
    (p) => closure.implementedDocuments.has(p.documentId),
  );
}

/** What a summary needs of a provision. */
interface SummarizedProvision {
  id: string;
  documentId: string;
  path: string;
  level: GovernmentLevel | null;
  regionCode: string | null;
}

/** The bulk load's IMPLEMENTS rows (keyed by `from`/`to`) as the summaries read them. */
const implementsLinks = (rows: readonly BulkRow[]): ImplementsLink[] =>
  rows.map((l) => ({
    sourceId: String(l.from),
    targetId: String(l.to),
    score: Number(l.score),
    method: l.method as LinkMethod,
  }));

/**
 * The stored summaries (graph/cascades.ts) of the provisions `summarized` picks (all by default)
 * from the bulk load's closure (REACHES) rows.
 */
function cascadesOf(
  provisions: readonly SummarizedProvision[],
  reaches: readonly BulkRow[],
  implementations: readonly ImplementsLink[],
  unitName: (unitId: string) => string | undefined,
  carriersOf: (provisionId: string) => readonly Carrier[],
  summarized: (p: SummarizedProvision) => boolean = () => true,
): Map<string, StoredCascade> {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const rows: (DocumentClosureRow & { ancestorId: string })[] = [];
  for (const r of reaches) {
    const below = byId.get(String(r.from));
    if (!below) continue;
    rows.push({
      ancestorId: String(r.to),
      id: below.id,
      documentId: r.documentId === null || r.documentId === undefined ? null : String(r.documentId),
      level: below.level as GovernmentLevel,
      regionCode: below.regionCode,
      depth: Number(r.depth),
      longest: Number(r.longest),
      score: Number(r.score),
    });
  }
  const rowsByAncestor = groupBy(rows, (r) => r.ancestorId);
  const sources = {
    starts: cascadeStarts(
      provisions.filter(summarized),
      groupBy(provisions, (p) => p.documentId),
      (id) => rowsByAncestor.has(id),
    ),
    rowsByAncestor,
    carriersOf: (r: { id: string }) => carriersOf(r.id),
  };
  return encodeCascades(drafts(sources), rowsByAncestor, edgesBySource(implementations), unitName);
}

/**
 * Sets each provision row's cascade summary and serving documents from the graph's closure,
 * IMPLEMENTS and unit rows (a test checks a written graph's summaries against them).
 */
export function addCascades(
  provisions: readonly BulkRow[],
  reaches: readonly BulkRow[],
  implementations: readonly BulkRow[],
  units: readonly BulkRow[],
): void {
  const byId = new Map(provisions.map((p) => [String(p.id), p]));
  const names = new Map(units.map((u) => [String(u.id), String(u.name)]));
  const decoded = carriersCache((r: { id: string }) => byId.get(r.id)?.carriers);
  const encoded = cascadesOf(
    provisions.map((p) => ({
      id: String(p.id),
      documentId: String(p.documentId),
      path: String(p.path),
      level: p.level as GovernmentLevel,
      regionCode: p.regionCode === null || p.regionCode === undefined ? null : String(p.regionCode),
    })),
    reaches,
    implementsLinks(implementations),
    (id) => names.get(id),
    (id) => decoded({ id }),
  );
  for (const p of provisions) {
    const stored = encoded.get(String(p.id));
    p.cascade = stored?.cascade ?? null;
    p.servingDocuments = stored?.servingDocuments ?? null;
  }
}
