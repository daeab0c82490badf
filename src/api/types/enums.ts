// GraphQL enums over the domain's closed vocabularies. Enum names are GraphQL-style (CENTRAL);
// their internal values are the domain strings ('central'), so resolvers pass domain values through.
import { registerEnumType } from 'type-graphql';

export const GovernmentLevelEnum = {
  CENTRAL: 'central',
  PROVINCE: 'province',
  CITY: 'city',
  COUNTY: 'county',
  TOWNSHIP: 'township',
} as const;
registerEnumType(GovernmentLevelEnum, {
  name: 'GovernmentLevel',
  description: 'Level of government, from the top.',
});

export const UnitRoleEnum = { LEAD: 'lead', CO_LEAD: 'co-lead', SUPPORT: 'support' } as const;
registerEnumType(UnitRoleEnum, {
  name: 'UnitRole',
  description: 'How a responsible unit carries a task: 牵头 (lead), 共同牵头 (co-lead) or 配合 (support).',
});

export const ProvisionKindEnum = {
  SECTION: 'section',
  ITEM: 'item',
  TASK: 'task',
  SUBTASK: 'subtask',
  BULLET: 'bullet',
} as const;
registerEnumType(ProvisionKindEnum, { name: 'ProvisionKind' });

export const LinkMethodEnum = {
  CITATION: 'citation',
  CONCEPT: 'concept',
  LEXICAL: 'lexical',
  STRUCTURE: 'structure',
  COMBINED: 'combined',
} as const;
registerEnumType(LinkMethodEnum, {
  name: 'LinkMethod',
  description: 'The signal that produced an Implementation.',
});

export const CitationRelationEnum = { IMPLEMENTS: 'implements', CITES: 'cites' } as const;
registerEnumType(CitationRelationEnum, { name: 'CitationRelation' });

export const EvidenceKindEnum = { CONCEPT: 'concept', PHRASE: 'phrase', CITATION: 'citation' } as const;
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind' });

export const SpanFieldEnum = { TITLE: 'title', TEXT: 'text' } as const;
registerEnumType(SpanFieldEnum, { name: 'SpanField' });

export const UnitOrderEnum = { WORKLOAD: 'WORKLOAD', NAME: 'NAME' } as const;
registerEnumType(UnitOrderEnum, {
  name: 'UnitOrder',
  description: 'WORKLOAD: most tasks first (lead tasks break ties); NAME: by name.',
});

export const GraphLabelEnum = {
  DOCUMENT: 'Document',
  PROVISION: 'Provision',
  UNIT: 'Unit',
  REGION: 'Region',
  CONCEPT: 'Concept',
  TARGET: 'Target',
} as const;
registerEnumType(GraphLabelEnum, { name: 'GraphLabel', description: 'Node labels of the knowledge graph.' });

export const CoverageStatusEnum = { IMPLEMENTED: 'IMPLEMENTED', WEAK: 'WEAK', MISSING: 'MISSING' } as const;
registerEnumType(CoverageStatusEnum, {
  name: 'CoverageStatus',
  description: 'MISSING means no evidence found in that document (a corpus is never complete).',
});

export const AlignmentKindEnum = {
  IMPLEMENTS: 'IMPLEMENTS',
  SIMILAR_TO: 'SIMILAR_TO',
  SHARED_REQUIREMENT: 'SHARED_REQUIREMENT',
} as const;
registerEnumType(AlignmentKindEnum, {
  name: 'AlignmentKind',
  description:
    'Why two provisions of compared plans align: one implements the other, the linker found them similar, or both implement the same higher requirement.',
});

export type ValueOf<T> = T[keyof T];
export type CoverageStatus = ValueOf<typeof CoverageStatusEnum>;
export type AlignmentKind = ValueOf<typeof AlignmentKindEnum>;
export type GraphLabel = ValueOf<typeof GraphLabelEnum>;
export type UnitOrder = ValueOf<typeof UnitOrderEnum>;
