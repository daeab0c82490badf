// The rows a bulk loader writes for a corpus: the project's own row mapping (src/graph/rows.ts), laid
// out per node label and relationship type, with shared units and concepts written once (as the
// write path's MERGE leaves them). Both engines' bulk paths consume this one stream.
import { documentRows, linkRows } from '../../src/graph/rows.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';

export type BulkRow = Record<string, unknown>;

/** A node label or a relationship type with its end labels and their key properties. */
export interface BulkTable {
  name: string;
  kind: 'node' | 'relationship';
  from?: { label: string; key: string };
  to?: { label: string; key: string };
  /** Relationship properties (besides from/to). */
  properties?: string[];
}

const node = (name: string): BulkTable => ({ name, kind: 'node' });
const rel = (name: string, from: string, to: string, properties: string[] = []): BulkTable => ({
  name,
  kind: 'relationship',
  from: { label: from, key: from === 'Concept' ? 'name' : from === 'Region' ? 'code' : 'id' },
  to: { label: to, key: to === 'Concept' ? 'name' : to === 'Region' ? 'code' : 'id' },
  properties,
});

/** In load order: nodes before the relationships between them. */
export const BULK_TABLES: readonly BulkTable[] = [
  node('Document'),
  node('Provision'),
  node('Unit'),
  node('Concept'),
  node('Target'),
  rel('HAS_PROVISION', 'Document', 'Provision', ['position']),
  rel('HAS_CHILD', 'Provision', 'Provision', ['position']),
  rel('ASSIGNED_TO', 'Provision', 'Unit', ['role']),
  rel('MENTIONS', 'Provision', 'Concept', ['spans', 'source']),
  rel('SETS_TARGET', 'Provision', 'Target'),
  rel('FOR_REGION', 'Document', 'Region'),
  rel('FOR_REGION', 'Unit', 'Region'),
  rel('ISSUED_BY', 'Document', 'Unit'),
  rel('IMPLEMENTS_DOC', 'Document', 'Document', ['citedTitle']),
  rel('CITES', 'Document', 'Document', ['citedTitle']),
  rel('IMPLEMENTS', 'Provision', 'Provision', ['score', 'method', 'evidence']),
  rel('SIMILAR_TO', 'Provision', 'Provision', ['score']),
];

const table = (name: string, from?: string): BulkTable => {
  const found = BULK_TABLES.find((t) => t.name === name && (!from || t.from?.label === from));
  if (!found) throw new Error(`unknown bulk table ${name}`);
  return found;
};

/** Every row of the corpus as (table, row); relationship rows carry `from` and `to` keys. */
export function* bulkRows(
  documents: readonly ParsedDocument[],
  links: LinkResult,
): Generator<[BulkTable, BulkRow]> {
  const units = new Map<string, BulkRow>();
  const concepts = new Map<string, BulkRow>();
  for (const doc of documents) {
    const rows = documentRows(doc);
    yield [table('Document'), { ...rows.document, titleKey: null, referencedOnly: false }];
    const values = new Map(rows.targetValues.map((v) => [v.id, v.value]));
    for (const p of rows.provisions) {
      yield [
        table('Provision'),
        { ...p, documentId: doc.id, level: doc.level, regionCode: rows.document.regionCode },
      ];
      yield [table('HAS_PROVISION'), { from: doc.id, to: p.id, position: p.position }];
    }
    for (const c of rows.children)
      yield [table('HAS_CHILD'), { from: c.parentId, to: c.childId, position: c.position }];
    for (const u of rows.units) units.set(String(u.id), u);
    for (const a of rows.assignments)
      yield [table('ASSIGNED_TO'), { from: a.provisionId, to: a.unitId, role: a.role }];
    for (const c of rows.concepts) concepts.set(String(c.name), c);
    for (const m of rows.mentions)
      yield [table('MENTIONS'), { from: m.provisionId, to: m.name, spans: m.spans, source: m.source }];
    for (const t of rows.targets) {
      yield [table('Target'), { ...t, value: values.get(t.id) ?? null }];
      yield [table('SETS_TARGET'), { from: t.provisionId, to: t.id }];
    }
    if (rows.document.regionCode !== null)
      yield [table('FOR_REGION', 'Document'), { from: doc.id, to: rows.document.regionCode }];
    for (const i of rows.issuers) yield [table('ISSUED_BY'), { from: doc.id, to: i.unitId }];
  }
  for (const u of units.values()) {
    yield [table('Unit'), u];
    if (u.regionCode !== null) yield [table('FOR_REGION', 'Unit'), { from: u.id, to: u.regionCode }];
  }
  for (const c of concepts.values()) yield [table('Concept'), c];
  const all = linkRows(links);
  for (const d of all.referencedDocuments) yield [table('Document'), { ...d, referencedOnly: true }];
  for (const l of all.implementsDocuments)
    yield [
      table('IMPLEMENTS_DOC'),
      { from: l.sourceDocumentId, to: l.targetDocumentId, citedTitle: l.citedTitle },
    ];
  for (const l of all.citations)
    yield [table('CITES'), { from: l.sourceDocumentId, to: l.targetDocumentId, citedTitle: l.citedTitle }];
  for (const l of all.implementations)
    yield [
      table('IMPLEMENTS'),
      { from: l.sourceId, to: l.targetId, score: l.score, method: l.method, evidence: l.evidence },
    ];
  for (const l of all.similarities)
    yield [table('SIMILAR_TO'), { from: l.sourceId, to: l.targetId, score: l.score }];
}
