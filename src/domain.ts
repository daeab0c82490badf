// Closed vocabularies of the domain, shared by ingestion, linking, the graph store and the API.

export const GOVERNMENT_LEVELS = ['central', 'province', 'city', 'county', 'township'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/** Rank from the top: central 0 … township 4. A lower document has a higher rank. */
export const LEVEL_RANK: Record<GovernmentLevel, number> = {
  central: 0,
  province: 1,
  city: 2,
  county: 3,
  township: 4,
};

export const PROVISION_KINDS = ['section', 'item', 'task', 'subtask', 'bullet'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export const UNIT_ROLES = ['lead', 'co-lead', 'support'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const CITATION_RELATIONS = ['implements', 'cites'] as const;
export type CitationRelation = (typeof CITATION_RELATIONS)[number];

export const LINK_METHODS = ['citation', 'concept', 'lexical', 'structure', 'combined'] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];
