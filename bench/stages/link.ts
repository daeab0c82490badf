// Stage 2: the cascade linker over the whole corpus, as the seeding service runs it
// (linkCorpusParallel: worker threads, the same LinkResult as linkCorpus): wall time, peak memory,
// and its precision and recall against the generator's known cascade.
import { performance } from 'node:perf_hooks';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { linkCorpusParallel } from '../../src/link/index.js';
import type { LinkResult } from '../../src/link/types.js';
import type { LinkScore, TruthIndex } from '../corpus/truth.js';
import type { RssSampler } from './memory.js';

export interface LinkStage {
  links: LinkResult;
  seconds: number;
  peakRssMB: number;
  score: LinkScore;
  counts: {
    implementations: number;
    similarities: number;
    documentLinks: number;
    referencedDocuments: number;
  };
}

export async function runLinker(
  documents: readonly ParsedDocument[],
  truth: TruthIndex,
  sampler: RssSampler,
): Promise<LinkStage> {
  sampler.reset();
  const started = performance.now();
  const links = await linkCorpusParallel(documents);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMB = sampler.peakMB();
  return {
    links,
    seconds,
    peakRssMB,
    score: truth.score(links.implementations),
    counts: {
      implementations: links.implementations.length,
      similarities: links.similarities.length,
      documentLinks: links.documentLinks.length,
      referencedDocuments: links.referencedDocuments.length,
    },
  };
}
