// Pure mapping from a ParsedDocument and a LinkResult to the rows the write queries UNWIND.
// Rows are de-duplicated and sorted so that writing the same input twice writes the same graph.
import type { ParsedDocument } from '../ingest/schema.js';
import type { ScoredLink } from '../link/reach.js';
import type { Implementation, LinkResult, ReferencedDocument } from '../link/types.js';
import { type Carrier, encodeCarriers, type OutlineNode, outlineCarriers, outlineOf } from './carriers.js';
import { segmentForIndex } from './search-terms.js';

export type Rows = Record<string, unknown>[];

export interface DocumentRows {
  /** Scalar parameters of write/document. */
  document: Record<string, unknown>;
  /** The document's region and its ancestors, for regions the gazetteer did not provide. */
  regions: Rows;
  provisions: Rows;
  children: Rows;
  units: Rows;
  unitRegions: Rows;
  assignments: Rows;
  issuers: Rows;
  concepts: Rows;
  mentions: Rows;
  targets: Rows;
  targetValues: Rows;
}

export interface LinkRows {
  referencedDocuments: Rows;
  implementations: Rows;
  similarities: Rows;
  implementsDocuments: Rows;
  citations: Rows;
}

/** Units are region-scoped: the same name in two regions is two units. */
export const unitId = (regionCode: string | null, name: string): string =>
  `${regionCode ?? 'unknown'}:${name}`;

export const targetId = (provisionId: string, index: number): string => `${provisionId}#target-${index + 1}`;

/** Joint issuers are printed separated by spaces or 、 (中共中央办公厅 国务院办公厅). */
export const issuerNames = (issuer: string | null): string[] =>
  issuer ? [...new Set(issuer.split(/[\s、，,]+/u).filter((n) => n.length > 0))] : [];

const byKey =
  <T = Record<string, unknown>>(key: (row: T) => string) =>
  (rows: readonly T[]): T[] => {
    const unique = new Map<string, T>();
    for (const row of rows) unique.set(key(row), row);
    return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  };

/** The document's region (with its parent's code), for regions the gazetteer did not provide. */
export function documentRegionRows(doc: ParsedDocument): Rows {
  if (!doc.region) return [];
  const { code, name, level, ancestors } = doc.region;
  return [{ code, name, level, parentCode: ancestors.length > 0 ? ancestors[ancestors.length - 1] : null }];
}

/** Each provision's carriers (graph/carriers.ts): the unit assignments on it and its outline descendants. */
export function documentCarriers(
  doc: ParsedDocument,
  outline: readonly OutlineNode[] = outlineOf(doc.provisions),
): Map<string, Carrier[]> {
  return outlineCarriers(
    outline,
    doc.provisions.flatMap((p) =>
      p.units.map((u): Carrier => ({
        provisionId: p.id,
        unitId: unitId(u.regionCode, u.name),
        role: u.role,
      })),
    ),
  );
}

/**
 * `boilerplate`: names of concepts every document repeats (习近平法治思想), flagged on the
 * Concept node so that analyses can leave them out.
 */
export function documentRows(
  doc: ParsedDocument,
  boilerplate: ReadonlySet<string> = new Set(),
): DocumentRows {
  const regionCode = doc.region?.code ?? null;
  const units: Rows = [];
  const assignments: Rows = [];
  const concepts: Rows = [];
  const mentions: Rows = [];
  const targets: Rows = [];
  const targetValues: Rows = [];
  const outline = outlineOf(doc.provisions);
  const children: Rows = [];
  const carriers = documentCarriers(doc, outline);

  const provisions = doc.provisions.map((p, i) => {
    const { parentId } = outline[i];
    if (parentId) children.push({ parentId, childId: p.id, position: p.ordinalNumber });
    for (const unit of p.units) {
      const id = unitId(unit.regionCode, unit.name);
      units.push({ id, name: unit.name, regionCode: unit.regionCode, collective: unit.collective });
      assignments.push({ provisionId: p.id, unitId: id, role: unit.role });
    }
    for (const concept of p.concepts) {
      concepts.push({
        name: concept.name,
        category: concept.category,
        source: concept.source,
        boilerplate: boilerplate.has(concept.name),
      });
      mentions.push({
        provisionId: p.id,
        name: concept.name,
        spans: JSON.stringify(concept.spans),
        source: concept.source,
      });
    }
    p.targets.forEach((t, i) => {
      const id = targetId(p.id, i);
      targets.push({
        id,
        provisionId: p.id,
        text: t.text,
        metric: t.metric,
        unit: t.unit,
        comparator: t.comparator,
        period: t.period,
        deadline: t.deadline,
        spanField: t.span.field,
        spanStart: t.span.start,
        spanEnd: t.span.end,
      });
      // Written separately: Kuzu's binding cannot type a null number inside a row list.
      if (t.value !== null) targetValues.push({ id, value: t.value });
    });
    return {
      id: p.id,
      path: p.path,
      parentPath: p.parentPath,
      kind: p.kind,
      ordinal: p.ordinal,
      ordinalNumber: p.ordinalNumber,
      position: p.order,
      depth: p.depth,
      title: p.title,
      text: p.text,
      original: p.original,
      searchText: segmentForIndex(p.title ? `${p.title} ${p.text}` : p.text),
      carriers: encodeCarriers(carriers.get(p.id) ?? []),
    };
  });

  const issuers = issuerNames(doc.issuer).map((name) => ({
    unitId: unitId(regionCode, name),
    name,
    regionCode,
  }));
  for (const issuer of issuers) {
    units.push({ id: issuer.unitId, name: issuer.name, regionCode, collective: false });
  }
  const uniqueUnits = byKey((r) => String(r.id))(units);

  return {
    document: {
      id: doc.id,
      title: doc.title,
      originalTitle: doc.originalTitle,
      issuer: doc.issuer,
      docNumber: doc.docNumber,
      date: doc.date,
      level: doc.level,
      regionCode,
      regionName: doc.region?.name ?? null,
      script: doc.script,
      sourceFile: doc.sourceFile,
      sourceFormat: doc.source.format,
      sha256: doc.source.sha256,
      url: doc.source.url,
      retrievedAt: doc.source.retrievedAt,
      preamble: doc.preamble,
      forwardingNotice: doc.forwardingNotice,
      warnings: JSON.stringify(doc.warnings),
      provisionCount: doc.provisions.length,
    },
    regions: documentRegionRows(doc),
    provisions,
    children,
    units: uniqueUnits,
    unitRegions: uniqueUnits
      .filter((u) => u.regionCode !== null)
      .map((u) => ({ id: u.id, regionCode: u.regionCode })),
    assignments: byKey((r) => `${r.provisionId}\u0000${r.unitId}\u0000${r.role}`)(assignments),
    issuers: issuers.map((i) => ({ unitId: i.unitId })),
    concepts: byKey((r) => String(r.name))(concepts),
    mentions: byKey((r) => `${r.provisionId}\u0000${r.name}`)(mentions),
    targets,
    targetValues,
  };
}

const referencedRow = (d: ReferencedDocument) => ({
  id: d.id,
  title: d.title,
  titleKey: d.titleKey,
  issuer: d.issuer,
  docNumber: d.docNumber,
  level: d.level,
});

/** Link rows, one per key (an ingest first keeps the links touching its document: linksTouching). */
export function linkRows(links: LinkResult): LinkRows {
  const docLinkRows = (relation: string) =>
    byKey((r) => `${r.sourceDocumentId}\u0000${r.targetDocumentId}`)(
      links.documentLinks
        .filter((l) => l.relation === relation)
        .map((l) => ({
          sourceDocumentId: l.sourceDocumentId,
          targetDocumentId: l.targetDocumentId,
          citedTitle: l.citedTitle,
        })),
    );
  return {
    referencedDocuments: byKey((r) => String(r.id))(links.referencedDocuments.map(referencedRow)),
    implementations: uniqueImplementations(links.implementations).map(implementationRow),
    similarities: byKey((r) => `${r.sourceId}\u0000${r.targetId}`)(
      links.similarities.map((l) => ({ sourceId: l.sourceId, targetId: l.targetId, score: l.score })),
    ),
    implementsDocuments: docLinkRows('implements'),
    citations: docLinkRows('cites'),
  };
}

/** One link per source and target (the last wins), in key order, as the write path writes them. */
export const uniqueImplementations = (links: readonly Implementation[]): Implementation[] =>
  byKey<Implementation>((l) => `${l.sourceId}\u0000${l.targetId}`)(links);

/** A link as an IMPLEMENTS row, its evidence as JSON (nationally 400 MB of it). */
export const implementationRow = (l: Implementation): Record<string, unknown> => ({
  sourceId: l.sourceId,
  targetId: l.targetId,
  score: l.score,
  method: l.method,
  evidence: JSON.stringify(l.evidence),
});

/** IMPLEMENTS rows (link rows or stored edges) as the cascade closure takes them. */
export const scoredLinks = (rows: Rows): ScoredLink[] =>
  rows.map((r) => ({ sourceId: String(r.sourceId), targetId: String(r.targetId), score: Number(r.score) }));
