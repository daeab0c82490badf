// TypeScript shapes of the explorer's query results (see api/queries.ts). Enums arrive as their
// GraphQL names (CENTRAL, LEAD …); logic/apiMapping.ts converts them to domain values.

export type ApiLevel = 'CENTRAL' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';
export type ApiRole = 'LEAD' | 'CO_LEAD' | 'SUPPORT';
export type ApiKind = 'SECTION' | 'ITEM' | 'TASK' | 'SUBTASK' | 'BULLET';
export type ApiMethod = 'CITATION' | 'CONCEPT' | 'LEXICAL' | 'STRUCTURE' | 'COMBINED';

export interface ApiRegionRef {
  readonly code: string;
  readonly name: string;
}

export interface ApiDocumentSummary {
  readonly id: string;
  readonly title: string;
  readonly level: ApiLevel | null;
  readonly referencedOnly: boolean;
  readonly region: ApiRegionRef | null;
}

export interface ApiProvisionSummary {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly kind: ApiKind;
  readonly level: ApiLevel;
  readonly document: ApiDocumentSummary;
}

export interface ApiPageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface SearchResult {
  readonly search: {
    readonly totalCount: number;
    readonly pageInfo: ApiPageInfo;
    readonly terms: readonly string[];
    readonly nodes: readonly {
      readonly score: number;
      readonly provision: ApiProvisionSummary & { readonly text: string };
    }[];
  };
}

export interface ApiImplementation {
  readonly score: number;
  readonly method: ApiMethod;
  readonly evidence: { readonly summary: string };
  readonly source: { readonly id: string };
  readonly target: { readonly id: string };
}

export interface ApiCascadeUnit {
  readonly unit: { readonly id: string; readonly name: string };
  readonly lead: number;
  readonly coLead: number;
  readonly support: number;
  readonly provisions: readonly {
    readonly id: string;
    readonly path: string;
    readonly document: { readonly id: string };
    readonly units: readonly { readonly role: ApiRole; readonly unit: { readonly id: string } }[];
  }[];
}

export interface ApiCascade {
  readonly root: ApiProvisionSummary;
  readonly nodes: readonly {
    readonly depth: number;
    readonly score: number;
    readonly provision: ApiProvisionSummary;
  }[];
  readonly edges: readonly { readonly depth: number; readonly implementation: ApiImplementation }[];
  readonly byLevel: readonly { readonly level: ApiLevel; readonly count: number }[];
  readonly byRegion: readonly { readonly region: ApiRegionRef | null; readonly count: number }[];
  readonly units: readonly ApiCascadeUnit[];
  readonly totalCount: number;
}

export interface CascadeResult {
  readonly cascade: ApiCascade;
}

export type ApiLabel = 'DOCUMENT' | 'PROVISION' | 'UNIT' | 'REGION' | 'CONCEPT' | 'TARGET';

export interface ApiSubgraph {
  readonly nodes: readonly {
    readonly id: string;
    readonly label: ApiLabel;
    readonly localId: string;
    readonly caption: string;
    readonly level: ApiLevel | null;
    readonly regionCode: string | null;
    readonly referencedOnly: boolean;
    readonly depth: number;
    /** Provisions only. */
    readonly document: ApiDocumentSummary | null;
  }[];
  readonly edges: readonly {
    readonly id: string;
    readonly type: string;
    readonly source: string;
    readonly target: string;
    readonly score: number | null;
    readonly role: ApiRole | null;
  }[];
  readonly truncated: boolean;
}

export interface NeighborhoodResult {
  readonly neighborhood: ApiSubgraph;
}

export interface DocumentsResult {
  readonly documents: { readonly nodes: readonly ApiDocumentSummary[] };
}

export interface DocumentProvisionsResult {
  readonly document: null | {
    readonly id: string;
    readonly title: string;
    readonly provisions: {
      readonly totalCount: number;
      readonly nodes: readonly {
        readonly id: string;
        readonly path: string;
        readonly title: string | null;
        readonly kind: ApiKind;
        readonly depth: number;
      }[];
    };
  };
}

export interface ApiSpan {
  readonly field: 'TITLE' | 'TEXT';
  readonly start: number;
  readonly end: number;
}

export interface ApiImplementationDetails {
  readonly score: number;
  readonly method: ApiMethod;
  readonly evidence: {
    readonly summary: string;
    readonly matches: readonly {
      readonly kind: 'CONCEPT' | 'PHRASE' | 'CITATION';
      readonly text: string;
      readonly sourceSpans: readonly ApiSpan[];
      readonly targetSpans: readonly ApiSpan[];
    }[];
  };
}

export interface ApiProvisionDetails {
  readonly __typename: 'Provision';
  readonly id: string;
  readonly localId: string;
  readonly path: string;
  readonly title: string | null;
  readonly kind: ApiKind;
  readonly level: ApiLevel;
  readonly text: string;
  readonly original: string;
  readonly document: ApiDocumentSummary & {
    readonly docNumber: string | null;
    readonly date: string | null;
    readonly sourceFile: string | null;
  };
  readonly parent: { readonly id: string; readonly path: string; readonly title: string | null } | null;
  readonly units: readonly {
    readonly role: ApiRole;
    readonly unit: { readonly id: string; readonly name: string };
  }[];
  readonly concepts: readonly { readonly name: string; readonly category: string }[];
  readonly targets: readonly {
    readonly text: string;
    readonly metric: string;
    readonly value: number | null;
    readonly unit: string | null;
    readonly deadline: string | null;
  }[];
  readonly implements: readonly (ApiImplementationDetails & { readonly target: ApiProvisionSummary })[];
  readonly implementedBy: {
    readonly totalCount: number;
    readonly nodes: readonly (ApiImplementationDetails & { readonly source: ApiProvisionSummary })[];
  };
}

/** Aliased fields (documentTitle, documentLevel) avoid clashing with Provision's in one selection. */
export interface ApiDocumentDetails {
  readonly __typename: 'Document';
  readonly id: string;
  readonly documentTitle: string;
  readonly issuer: string | null;
  readonly docNumber: string | null;
  readonly date: string | null;
  readonly documentLevel: ApiLevel | null;
  readonly sourceFile: string | null;
  readonly referencedOnly: boolean;
  readonly region: ApiRegionRef | null;
  readonly provisions: {
    readonly totalCount: number;
    readonly nodes: readonly { readonly id: string; readonly path: string; readonly title: string | null }[];
  };
  readonly implementsDocuments: readonly {
    readonly id: string;
    readonly title: string;
    readonly referencedOnly: boolean;
  }[];
}

export type ApiNodeDetails =
  | ApiProvisionDetails
  | ApiDocumentDetails
  | { readonly __typename: 'Unit'; readonly id: string; readonly name: string; readonly collective: boolean }
  | { readonly __typename: 'Concept'; readonly id: string; readonly name: string; readonly category: string }
  | {
      readonly __typename: 'Region';
      readonly id: string;
      readonly code: string;
      readonly name: string;
      readonly regionLevel: ApiLevel;
    }
  | { readonly __typename: 'Target'; readonly id: string };

export interface NodeDetailsResult {
  readonly node: ApiNodeDetails | null;
}

/** A region with its parents up to the province (logic/coverageScope.ts ScopeRegion). */
export interface ApiRegionChain {
  readonly code: string;
  readonly name: string;
  readonly level: ApiLevel;
  readonly parent?: ApiRegionChain | null;
}

export interface CoverageScopeResult {
  readonly coverage: {
    readonly requirementCount: number;
    readonly coveredCount: number;
    readonly total: {
      readonly documents: number;
      readonly cells: number;
      readonly missing: number;
      readonly deficitPercent: number;
    };
    readonly against: readonly { readonly id: string; readonly region: ApiRegionChain | null }[];
  };
}

export interface CoverageResult {
  readonly coverage: {
    readonly document: { readonly id: string; readonly title: string; readonly level: ApiLevel | null };
    readonly against: readonly ApiDocumentSummary[];
    readonly requirements: readonly {
      readonly requirement: { readonly id: string; readonly path: string; readonly title: string | null };
      readonly implementationCount: number;
      readonly documents: readonly {
        readonly document: { readonly id: string };
        readonly status: 'IMPLEMENTED' | 'WEAK' | 'MISSING';
        readonly bestScore: number | null;
        readonly provisionCount: number;
        readonly provisions: readonly ApiProvisionSummary[];
      }[];
    }[];
    readonly requirementCount: number;
    readonly coveredCount: number;
    readonly total: {
      readonly cells: number;
      readonly covered: number;
      readonly missing: number;
      readonly deficitPercent: number;
    };
    readonly byLevel: readonly {
      readonly level: ApiLevel | null;
      readonly documents: number;
      readonly cells: number;
      readonly missing: number;
      readonly deficitPercent: number;
    }[];
  };
}

export interface ApiWorkload {
  readonly lead: number;
  readonly coLead: number;
  readonly support: number;
  readonly total: number;
  readonly documents: number;
}

export interface UnitsResult {
  readonly units: {
    readonly totalCount: number;
    readonly nodes: readonly {
      readonly id: string;
      readonly name: string;
      readonly collective: boolean;
      readonly region: ApiRegionRef | null;
      readonly workload: ApiWorkload;
    }[];
  };
}

export interface UnitTasksResult {
  readonly unit: {
    readonly id: string;
    readonly name: string;
    readonly region: { readonly name: string } | null;
    readonly workload: ApiWorkload;
    readonly tasks: {
      readonly totalCount: number;
      readonly nodes: readonly {
        readonly role: ApiRole;
        readonly provision: ApiProvisionSummary & { readonly text: string };
      }[];
    };
  };
}

export type ApiDocumentWithLinks = ApiDocumentSummary & {
  readonly implementsDocuments: readonly ApiDocumentSummary[];
};

export interface DocumentLayerResult {
  readonly nodes: readonly (
    | ({ readonly __typename: 'Document' } & ApiDocumentWithLinks)
    | { readonly __typename: string; readonly id: string }
  )[];
}
