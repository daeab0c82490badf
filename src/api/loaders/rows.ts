// Maps the rows of cypher/read/* to API objects. Columns are named alike in every query that
// returns the same kind of node, so one mapper per kind serves them all.
import type { GovernmentLevel, LinkMethod, ProvisionKind, UnitRole } from '../../domain.js';
import type { ParseWarning } from '../../ingest/schema.js';
import type { ImplementationEvidence } from '../../link/types.js';
import type { Row } from '../../graph/port.js';
import { type Carrier, decodeCarriers } from '../../graph/carriers.js';
import { toGlobalId } from '../ids.js';
import type { ConceptNode } from '../types/concept.type.js';
import type { DocumentNode } from '../types/document.type.js';
import {
  evidenceObject,
  type EvidenceObject,
  type ImplementationEdge,
  type SimilarityEdge,
} from '../types/implementation.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { RegionNode } from '../types/region.type.js';
import type { TargetNode } from '../types/target.type.js';
import type { UnitAssignment, UnitNode } from '../types/unit.type.js';

const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v: unknown): number => Number(v);
const optNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Kuzu returns null for collect() over an empty OPTIONAL MATCH where Neo4j returns []. */
export const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]).filter((x) => x !== null) : []);

function parseWarnings(raw: unknown): ParseWarning[] {
  if (typeof raw !== 'string' || raw === '') return [];
  return (JSON.parse(raw) as ParseWarning[]).map((w) => ({
    code: w.code,
    message: w.message,
    line: w.line ?? null,
  }));
}

export const documentOf = (r: Row): DocumentNode => ({
  nodeType: 'Document',
  id: toGlobalId('Document', str(r.id)),
  localId: str(r.id),
  title: str(r.title),
  issuer: optStr(r.issuer),
  docNumber: optStr(r.docNumber),
  date: optStr(r.date),
  level: optStr(r.level) as GovernmentLevel | null,
  sourceFile: optStr(r.sourceFile),
  referencedOnly: r.referencedOnly === true,
  originalTitle: optStr(r.originalTitle),
  url: optStr(r.url),
  warnings: parseWarnings(r.warnings),
  regionCode: optStr(r.regionCode),
});

export const provisionOf = (r: Row): ProvisionNode => ({
  nodeType: 'Provision',
  id: toGlobalId('Provision', str(r.id)),
  localId: str(r.id),
  documentId: str(r.documentId),
  path: str(r.path),
  kind: str(r.kind) as ProvisionKind,
  order: num(r.position),
  depth: num(r.depth),
  title: optStr(r.title),
  text: str(r.text ?? ''),
  original: str(r.original ?? ''),
  level: str(r.level) as GovernmentLevel,
  regionCode: optStr(r.regionCode),
});

/** Unit columns are prefixed `unit` where a row also carries other things. */
export const unitOf = (r: Row, prefix = ''): UnitNode => {
  const col = (name: string) => r[prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name];
  return {
    nodeType: 'Unit',
    id: toGlobalId('Unit', str(col('id'))),
    localId: str(col('id')),
    name: str(col('name')),
    collective: col('collective') === true,
    regionCode: optStr(col('regionCode')),
  };
};

export const assignmentOf = (r: Row): UnitAssignment => ({
  role: str(r.role) as UnitRole,
  unitId: str(r.unitId),
  provisionId: str(r.provisionId),
  documentId: str(r.documentId),
});

export const regionOf = (r: Row): RegionNode => ({
  nodeType: 'Region',
  id: toGlobalId('Region', str(r.code)),
  localId: str(r.code),
  code: str(r.code),
  name: str(r.name),
  level: str(r.level) as GovernmentLevel,
  parentCode: optStr(r.parentCode),
});

export const conceptOf = (r: Row): ConceptNode => ({
  nodeType: 'Concept',
  id: toGlobalId('Concept', str(r.name)),
  localId: str(r.name),
  name: str(r.name),
  category: str(r.category ?? ''),
});

export const targetOf = (r: Row): TargetNode => ({
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

const EMPTY_EVIDENCE: ImplementationEvidence = { summary: '', matches: [], signals: {} };

function parseEvidence(raw: unknown): ImplementationEvidence {
  if (typeof raw !== 'string' || raw === '') return EMPTY_EVIDENCE;
  const parsed = JSON.parse(raw) as Partial<ImplementationEvidence>;
  return { summary: parsed.summary ?? '', matches: parsed.matches ?? [], signals: parsed.signals ?? {} };
}

/**
 * The evidence is parsed when a query selects it, once: a central item has thousands of edges, and
 * most answers (the neighbourhood, a cascade's edges) show only their scores.
 */
export const implementationOf = (r: Row): ImplementationEdge => {
  const raw = r.evidence;
  let evidence: EvidenceObject | undefined;
  return {
    sourceId: str(r.sourceId),
    targetId: str(r.targetId),
    score: num(r.score),
    method: str(r.method) as LinkMethod,
    get evidence() {
      return (evidence ??= evidenceObject(parseEvidence(raw)));
    },
  };
};

export const similarityOf = (r: Row): SimilarityEdge => ({
  sourceId: str(r.sourceId),
  targetId: str(r.targetId),
  score: num(r.score),
});

/** A cascade closure row (REACHES) seen from its ancestor: what a downward walk would report. */
export interface ClosureReach {
  id: string;
  documentId: string;
  level: GovernmentLevel;
  regionCode: string | null;
  score: number;
  depth: number;
  longest: number;
  /** The provision's carriers, decoded when a cascade ranks its units. */
  carriers: () => Carrier[];
}

export const closureReachOf = (r: Row): ClosureReach => ({
  id: String(r.id),
  documentId: String(r.documentId),
  level: String(r.level) as GovernmentLevel,
  regionCode: r.regionCode === null || r.regionCode === undefined ? null : String(r.regionCode),
  score: Number(r.score),
  depth: Number(r.depth),
  longest: Number(r.longest),
  carriers: () => decodeCarriers(String(r.id), r.carriers),
});
