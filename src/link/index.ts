// Entry point of the cascade linker (pure: no I/O). Owned by the linker work; the seeding service
// and the API call `linkCorpus`.
import type { ParsedDocument } from '../ingest/schema.js';
import type { LinkResult } from './types.js';

export type { LinkResult } from './types.js';

/**
 * Links every lower-level provision of `documents` to the higher-level provisions on its
 * administrative chain, resolves document-level citations, and finds cross-region similarities.
 */
export declare function linkCorpus(documents: readonly ParsedDocument[]): LinkResult;
