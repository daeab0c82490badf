// Closed vocabularies of the domain, shared by ingestion, linking, the graph store and the API.
export const GOVERNMENT_LEVELS = ['central', 'province', 'city', 'county', 'township'];
/** Rank from the top: central 0 … township 4. A lower document has a higher rank. */
export const LEVEL_RANK = {
    central: 0,
    province: 1,
    city: 2,
    county: 3,
    township: 4,
};
export const PROVISION_KINDS = ['section', 'item', 'task', 'subtask', 'bullet'];
export const UNIT_ROLES = ['lead', 'co-lead', 'support'];
export const CITATION_RELATIONS = ['implements', 'cites'];
export const LINK_METHODS = ['citation', 'concept', 'lexical', 'structure', 'combined'];
//# sourceMappingURL=domain.js.map