// Complexity estimates for fields that return many objects: a connection costs its page size times
// its children, a bounded list a fixed multiple, an analytic result (cascade, coverage …) a larger one.
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

type FieldComplexity = (options: ComplexityEstimatorArgs) => number;

export const pagedComplexity: FieldComplexity = ({ args, childComplexity }) =>
  1 + childComplexity * (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE);

/** Lists bounded by one provision's text (its units, concepts, children …). */
export const BOUNDED_LIST_SIZE = 5;
export const listComplexity: FieldComplexity = ({ childComplexity }) =>
  1 + childComplexity * BOUNDED_LIST_SIZE;

/** Whole-graph analyses whose lists grow with the corpus. */
export const ANALYSIS_SIZE = 50;
export const analysisComplexity: FieldComplexity = ({ childComplexity }) =>
  10 + childComplexity * ANALYSIS_SIZE;
