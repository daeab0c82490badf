// The synthetic national corpus for benchmarks: generation (streaming), ground truth and scoring.
export {
  generateCorpus,
  syntheticDocumentId,
  type CorpusOptions,
  type GeneratedPlan,
  type TruthEntry,
} from './generate.js';
export { selectRegions } from './select.js';
export { TruthIndex, type LinkScore } from './truth.js';
export { ingestAnnotator, type ProvisionAnnotator } from './draft.js';
