// Per-request DataLoaders, one per relation the schema exposes. Created in the request context
// and dropped with it, so what they read is not cached across requests. Loaders that read rows
// carrying whole nodes prime the by-ID loaders, so following an edge to its node costs no extra
// round trip. Regions of the reference gazetteer are the store's reference data
// (GraphStore.referenceRegion), and documents the corpus's kept list (CorpusCache, per revision):
// neither costs a read of its own.
import type DataLoader from 'dataloader';
import type { RegionRecord, Row } from '../../graph/port.js';
import type { GraphReader } from '../reader.js';
import type { ConceptNode } from '../types/concept.type.js';
import type { DocumentNode } from '../types/document.type.js';
import type { ImplementationEdge, SimilarityEdge } from '../types/implementation.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { RegionNode } from '../types/region.type.js';
import type { TargetNode } from '../types/target.type.js';
import type { UnitAssignment, UnitNode } from '../types/unit.type.js';
import { entityLoader, groupLoader } from './batch.js';
import {
  assignmentOf,
  type ClosureReach,
  closureReachOf,
  conceptOf,
  documentOf,
  implementationOf,
  provisionOf,
  regionOf,
  similarityOf,
  targetOf,
  unitOf,
} from './rows.js';

export interface DocumentLinkRow {
  sourceDocumentId: string;
  targetDocumentId: string;
  relation: 'implements' | 'cites';
}

export interface Loaders {
  documentById: DataLoader<string, DocumentNode>;
  provisionById: DataLoader<string, ProvisionNode>;
  unitById: DataLoader<string, UnitNode>;
  regionByCode: DataLoader<string, RegionNode>;
  conceptByName: DataLoader<string, ConceptNode>;
  targetById: DataLoader<string, TargetNode>;
  provisionsByDocument: DataLoader<string, ProvisionNode[]>;
  childrenByProvision: DataLoader<string, ProvisionNode[]>;
  /** A provision followed by its outline descendants, in document order. */
  subtreeByProvision: DataLoader<string, ProvisionNode[]>;
  parentByProvision: DataLoader<string, ProvisionNode[]>;
  assignmentsByProvision: DataLoader<string, UnitAssignment[]>;
  assignmentsByUnit: DataLoader<string, UnitAssignment[]>;
  conceptsByProvision: DataLoader<string, ConceptNode[]>;
  provisionsByConcept: DataLoader<string, ProvisionNode[]>;
  targetsByProvision: DataLoader<string, TargetNode[]>;
  implementsBySource: DataLoader<string, ImplementationEdge[]>;
  implementsByTarget: DataLoader<string, ImplementationEdge[]>;
  /** Provisions implementing one directly or through intermediate levels (cascade closure). */
  reachByAncestor: DataLoader<string, ClosureReach[]>;
  similarByProvision: DataLoader<string, SimilarityEdge[]>;
  documentLinksBySource: DataLoader<string, DocumentLinkRow[]>;
  documentLinksByTarget: DataLoader<string, DocumentLinkRow[]>;
  regionChildren: DataLoader<string, RegionNode[]>;
  documentsByRegion: DataLoader<string, DocumentNode[]>;
}

const docLinkOf = (r: Row): DocumentLinkRow => ({
  sourceDocumentId: String(r.sourceDocumentId),
  targetDocumentId: String(r.targetDocumentId),
  relation: r.relation === 'implements' ? 'implements' : 'cites',
});

/** Where loaders find nodes without a read of their own. */
export interface LoaderSources {
  /** The store's reference regions (GraphStore.referenceRegion). */
  referenceRegion?: (code: string) => RegionRecord | undefined;
  /** The corpus's documents kept between requests; null when they cannot be kept. */
  keptDocuments?: () => Promise<ReadonlyMap<string, DocumentNode>> | null;
}

export function createLoaders(reader: GraphReader, sources: LoaderSources = {}): Loaders {
  const documentById = entityLoader(
    reader,
    'read/documents-by-id',
    'document',
    (r) => String(r.id),
    documentOf,
    { kept: sources.keptDocuments },
  );
  const provisionById = entityLoader(
    reader,
    'read/provisions-by-id',
    'provision',
    (r) => String(r.id),
    provisionOf,
  );
  const unitById = entityLoader(
    reader,
    'read/units-by-id',
    'unit',
    (r) => String(r.id),
    (r) => unitOf(r),
  );
  const regionByCode = entityLoader(
    reader,
    'read/regions-by-code',
    'region',
    (r) => String(r.code),
    regionOf,
    { known: sources.referenceRegion },
  );
  const conceptByName = entityLoader(
    reader,
    'read/concepts-by-name',
    'concept',
    (r) => String(r.name),
    conceptOf,
  );
  const targetById = entityLoader(reader, 'read/targets-by-id', 'target', (r) => String(r.id), targetOf);

  const primeProvision = (r: Row) => void provisionById.prime(String(r.id), provisionOf(r));
  const primeUnit = (r: Row) => void unitById.prime(String(r.unitId), unitOf(r, 'unit'));
  const primeDocument = (r: Row) => void documentById.prime(String(r.id), documentOf(r));

  return {
    documentById,
    provisionById,
    unitById,
    regionByCode,
    conceptByName,
    targetById,
    provisionsByDocument: groupLoader(
      reader,
      'read/provisions-by-document',
      (r) => String(r.documentId),
      provisionOf,
      { onRow: primeProvision },
    ),
    childrenByProvision: groupLoader(
      reader,
      'read/provision-children',
      (r) => String(r.parentId),
      provisionOf,
      { onRow: primeProvision },
    ),
    subtreeByProvision: groupLoader(reader, 'read/provision-subtrees', (r) => String(r.rootId), provisionOf, {
      onRow: primeProvision,
      order: (a, b) => a.order - b.order,
    }),
    parentByProvision: groupLoader(reader, 'read/provision-parents', (r) => String(r.childId), provisionOf, {
      onRow: primeProvision,
    }),
    assignmentsByProvision: groupLoader(
      reader,
      'read/assignments-by-provision',
      (r) => String(r.provisionId),
      assignmentOf,
      { onRow: primeUnit },
    ),
    assignmentsByUnit: groupLoader(reader, 'read/assignments-by-unit', (r) => String(r.unitId), assignmentOf),
    conceptsByProvision: groupLoader(
      reader,
      'read/concepts-by-provision',
      (r) => String(r.provisionId),
      conceptOf,
    ),
    provisionsByConcept: groupLoader(
      reader,
      'read/provisions-by-concept',
      (r) => String(r.conceptName),
      provisionOf,
      { onRow: primeProvision },
    ),
    targetsByProvision: groupLoader(
      reader,
      'read/targets-by-provision',
      (r) => String(r.provisionId),
      targetOf,
    ),
    implementsBySource: groupLoader(
      reader,
      'read/implements-by-source',
      (r) => String(r.sourceId),
      implementationOf,
    ),
    implementsByTarget: groupLoader(
      reader,
      'read/implements-by-target',
      (r) => String(r.targetId),
      implementationOf,
    ),
    reachByAncestor: groupLoader(
      reader,
      'read/reach-by-ancestor',
      (r) => String(r.ancestorId),
      closureReachOf,
    ),
    similarByProvision: groupLoader(
      reader,
      'read/similar-by-provision',
      (r) => String(r.provisionId),
      similarityOf,
    ),
    documentLinksBySource: groupLoader(
      reader,
      'read/document-links-by-source',
      (r) => String(r.sourceDocumentId),
      docLinkOf,
    ),
    documentLinksByTarget: groupLoader(
      reader,
      'read/document-links-by-target',
      (r) => String(r.targetDocumentId),
      docLinkOf,
    ),
    regionChildren: groupLoader(reader, 'read/region-children', (r) => String(r.parentCode), regionOf),
    documentsByRegion: groupLoader(
      reader,
      'read/documents-by-region',
      (r) => String(r.regionCode),
      documentOf,
      { onRow: primeDocument },
    ),
  };
}
