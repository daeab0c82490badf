// SIMILAR_TO: provisions of peer documents (same level, different regions, so neither is on the
// other's chain) that say similar things. Candidates come from an index of each provision's
// rarest words only, so the cost grows with the corpus, not with its square.
import { BlockIndex, TopN } from './candidates.js';
import { blockCode } from './chain.js';
import type { LinkConfig } from './config.js';
import type { Corpus, Profile } from './profile.js';
import type { Similarity } from './types.js';
import { dot, type SparseVector } from './vectors.js';

/** The `n` heaviest terms of a vector (for TF-IDF, the rarest words it stresses); ties keep term order. */
export function heaviest(v: SparseVector, n: number): SparseVector {
  if (v.ids.length <= n) return v;
  const w = v.weights;
  const order = Int32Array.from(w.keys())
    .sort((a, b) => w[b] - w[a] || a - b)
    .subarray(0, n)
    .sort();
  return { ids: order.map((i) => v.ids[i]), weights: Float32Array.from(order, (i) => w[i]) };
}

/**
 * Candidates are only ever peers of the same level, so each level has its own index: a query
 * walks only same-level postings (the partial sums and their order are those of a single index).
 */
export function findSimilarities(corpus: Corpus, config: LinkConfig): Similarity[] {
  const pairs: Similarity[] = [];
  const pool = corpus.profiles.filter((p) => p.targetable);
  const finder = new SimilarityFinder(corpus, config, pool);
  for (const source of pool) finder.of(source, pairs);
  return dedupeSimilarities(pairs);
}

/** Keeps the first occurrence of each unordered pair (sources in corpus order), as `findSimilarities` returns them. */
export function dedupeSimilarities(pairs: Iterable<Similarity>): Similarity[] {
  const seen = new Set<string>();
  const out: Similarity[] = [];
  for (const pair of pairs) {
    const a = pair.sourceId;
    const b = pair.targetId;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pair);
  }
  return out;
}

/** Scored SIMILAR_TO candidates of one source at a time (before removing pairs seen from the other side). */
export class SimilarityFinder {
  private readonly byLevel = new Map<string, BlockIndex>();
  private readonly maxDf: number;
  private readonly k: number;
  private readonly m: number;

  constructor(
    private readonly corpus: Corpus,
    private readonly config: LinkConfig,
    pool: readonly Profile[],
  ) {
    this.k = config.topK.similarities;
    this.m = config.index.similarityTerms;
    this.maxDf = Math.min(
      config.index.similarityMaxDocumentFrequency,
      Math.max(
        config.index.minDocumentFrequencyCap,
        config.index.maxDocumentFrequencyShare * corpus.words.unitCount,
      ),
    );
    if (this.k === 0) return;
    for (const p of pool) {
      let index = this.byLevel.get(p.document.level);
      if (!index) {
        index = new BlockIndex((x) => heaviest(x.wordVector, 2 * this.m));
        this.byLevel.set(p.document.level, index);
      }
      index.add(p);
    }
    for (const index of this.byLevel.values()) index.freeze();
  }

  /** Appends the source's best peers (at most `topK.similarities`, best first) to `out`. */
  of(source: Profile, out: Similarity[]): void {
    const index = this.byLevel.get(source.document.level);
    if (this.k === 0 || !index) return;
    const block = blockCode(source.document);
    const accept = (p: Profile): boolean => p.document !== source.document && blockCode(p.document) !== block;
    const top = new TopN(4 * this.k);
    index.accumulate(heaviest(source.wordVector, this.m), this.corpus.words, this.maxDf, accept, (p, v) =>
      top.offer(p, v),
    );
    const scored = top.result
      .map((target) => ({
        target,
        score: (dot(source.wordVector, target.wordVector) + dot(source.charVector, target.charVector)) / 2,
      }))
      .filter((c) => c.score >= this.config.thresholds.similarity)
      .sort((a, b) => b.score - a.score)
      .slice(0, this.k);
    for (const { target, score } of scored) {
      out.push({
        sourceId: source.entry.provision.id,
        targetId: target.entry.provision.id,
        score: Math.round(score * 10000) / 10000,
      });
    }
  }
}
