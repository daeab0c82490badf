import { DEFAULT_PAGE_SIZE } from './pagination.js';
export const pagedComplexity = ({ args, childComplexity }) => 1 + childComplexity * (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE);
/** Lists bounded by one provision's text (its units, concepts, children …). */
export const BOUNDED_LIST_SIZE = 5;
export const listComplexity = ({ childComplexity }) => 1 + childComplexity * BOUNDED_LIST_SIZE;
/** Whole-graph analyses whose lists grow with the corpus. */
export const ANALYSIS_SIZE = 50;
export const analysisComplexity = ({ childComplexity }) => 10 + childComplexity * ANALYSIS_SIZE;
//# sourceMappingURL=complexity.js.map