// Stage 1: the synthetic corpus of one size, generated as a stream into the documents the linker
// needs and the truth index the scores need.
import { performance } from 'node:perf_hooks';
import { parseDocumentFile } from '../../src/ingest/index.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { loadGazetteer } from '../../src/regions/index.js';
import { generateCorpus } from '../corpus/generate.js';
import { TruthIndex } from '../corpus/truth.js';

export const CENTRAL_OPINIONS = 'seed/documents/000_23c3c81618f342d0.txt';

export interface BenchCorpus {
  documents: ParsedDocument[];
  truth: TruthIndex;
  plans: number;
  provisions: number;
  generateSeconds: number;
}

export async function buildCorpus(options: {
  sizePercent: number;
  seed: number;
  rootFile?: string;
}): Promise<BenchCorpus> {
  const root = await parseDocumentFile(options.rootFile ?? CENTRAL_OPINIONS);
  const started = performance.now();
  const documents: ParsedDocument[] = [];
  const truth = new TruthIndex();
  let provisions = 0;
  for (const plan of generateCorpus({
    root,
    gazetteer: loadGazetteer(),
    seed: options.seed,
    sizePercent: options.sizePercent,
  })) {
    documents.push(plan.document);
    truth.add(plan.truth, plan.document.level);
    provisions += plan.document.provisions.length;
  }
  return {
    documents,
    truth,
    plans: documents.length,
    provisions,
    generateSeconds: (performance.now() - started) / 1000,
  };
}
