// The graph model as closed lists: node labels, relationship types (with their endpoints) and
// property keys. Cypher never takes a label or type from input; code that needs one picks it from
// here, and the Neo4j lint test declares exactly this schema. Documented in docs/graph-model.md.

export const NODE_LABELS = ['Document', 'Provision', 'Unit', 'Region', 'Concept', 'Target'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'HAS_PROVISION',
  'HAS_CHILD',
  'ASSIGNED_TO',
  'MENTIONS',
  'SETS_TARGET',
  'CITES',
  'IMPLEMENTS_DOC',
  'IMPLEMENTS',
  'REACHES',
  'SIMILAR_TO',
  'FOR_REGION',
  'PART_OF',
  'ISSUED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Endpoints of each relationship type (Kuzu rel tables are declared from these pairs). */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, readonly (readonly [NodeLabel, NodeLabel])[]> =
  {
    HAS_PROVISION: [['Document', 'Provision']],
    HAS_CHILD: [['Provision', 'Provision']],
    ASSIGNED_TO: [['Provision', 'Unit']],
    MENTIONS: [['Provision', 'Concept']],
    SETS_TARGET: [['Provision', 'Target']],
    CITES: [['Document', 'Document']],
    IMPLEMENTS_DOC: [['Document', 'Document']],
    IMPLEMENTS: [['Provision', 'Provision']],
    REACHES: [['Provision', 'Provision']],
    SIMILAR_TO: [['Provision', 'Provision']],
    FOR_REGION: [
      ['Document', 'Region'],
      ['Unit', 'Region'],
    ],
    PART_OF: [['Region', 'Region']],
    ISSUED_BY: [['Document', 'Unit']],
  };

/** The key property of each label (primary key in Kuzu, uniqueness constraint in Neo4j). */
export const NODE_KEYS: Record<NodeLabel, string> = {
  Document: 'id',
  Provision: 'id',
  Unit: 'id',
  Region: 'code',
  Concept: 'name',
  Target: 'id',
};

export const NODE_PROPERTIES: Record<NodeLabel, readonly string[]> = {
  Document: [
    'id',
    'title',
    'originalTitle',
    'titleKey',
    'issuer',
    'docNumber',
    'date',
    'level',
    'regionCode',
    'regionName',
    'script',
    'sourceFile',
    'sourceFormat',
    'sha256',
    'url',
    'retrievedAt',
    'preamble',
    'forwardingNotice',
    'warnings',
    'provisionCount',
    'referencedOnly',
  ],
  Provision: [
    'id',
    'documentId',
    'path',
    'parentPath',
    'kind',
    'ordinal',
    'ordinalNumber',
    'position',
    'depth',
    'title',
    'text',
    'original',
    'level',
    'regionCode',
    'searchText',
    /** JSON list of the assignments on the provision and its outline descendants (graph/carriers.ts). */
    'carriers',
    /** JSON summary of the cascade below the provision (graph/cascade-summary.ts); null: not computed. */
    'cascade',
    /** JSON per-document tallies of the closure rows below the provision (a coverage's cells). */
    'servingDocuments',
  ],
  Unit: ['id', 'name', 'regionCode', 'collective'],
  Region: ['code', 'name', 'level', 'parentCode', 'aliases'],
  Concept: ['name', 'category', 'source', 'boilerplate'],
  Target: [
    'id',
    'provisionId',
    'text',
    'metric',
    'value',
    'unit',
    'comparator',
    'period',
    'deadline',
    'spanField',
    'spanStart',
    'spanEnd',
  ],
};

export const RELATIONSHIP_PROPERTIES: Record<RelationshipType, readonly string[]> = {
  HAS_PROVISION: ['position'],
  HAS_CHILD: ['position'],
  ASSIGNED_TO: ['role'],
  MENTIONS: ['spans', 'source'],
  SETS_TARGET: [],
  CITES: ['citedTitle'],
  IMPLEMENTS_DOC: ['citedTitle'],
  IMPLEMENTS: ['score', 'method', 'evidence'],
  /** `documentId`: the descendant's document (coverage counts per document from the rows alone). */
  REACHES: ['score', 'depth', 'longest', 'documentId'],
  SIMILAR_TO: ['score'],
  FOR_REGION: [],
  PART_OF: [],
  ISSUED_BY: [],
};

export const PROPERTY_KEYS: readonly string[] = [
  ...new Set([...Object.values(NODE_PROPERTIES).flat(), ...Object.values(RELATIONSHIP_PROPERTIES).flat()]),
];

/** Name of the full-text index over provisions (both engines). */
export const PROVISION_FULLTEXT_INDEX = 'provision_fulltext';
