// SIMILAR_TO: provisions of peer documents (same level, different regions, so neither is on the
// other's chain) that say similar things. Candidates come from an index of each provision's
// rarest words only, so the cost grows with the corpus, not with its square.
import { BlockIndex, topN } from './candidates.js';
import { blockCode } from './chain.js';
import type { LinkConfig } from './config.js';
import type { Corpus, Profile } from './profile.js';
import type { Similarity } from './types.js';
import { dot, type SparseVector } from './vectors.js';

/** The `n` heaviest terms of a vector (for TF-IDF, the rarest words it stresses). */
export function heaviest(v: SparseVector, n: number): SparseVector {
  if (v.ids.length <= n) return v;
  const order = [...v.weights.keys()]
    .sort((a, b) => v.weights[b] - v.weights[a])
    .slice(0, n)
    .sort((a, b) => v.ids[a] - v.ids[b]);
  return {
    ids: Int32Array.from(order.map((i) => v.ids[i])),
    weights: Float32Array.from(order.map((i) => v.weights[i])),
  };
}

export function findSimilarities(corpus: Corpus, config: LinkConfig): Similarity[] {
  const k = config.topK.similarities;
  if (k === 0) return [];
  const m = config.index.similarityTerms;
  const index = new BlockIndex((p) => heaviest(p.wordVector, 2 * m));
  const pool = corpus.profiles.filter((p) => p.targetable);
  for (const p of pool) index.add(p);
  const maxDf = Math.max(
    config.index.minDocumentFrequencyCap,
    config.index.maxDocumentFrequencyShare * corpus.words.unitCount,
  );
  const seen = new Set<string>();
  const out: Similarity[] = [];
  for (const source of pool) {
    const accept = (p: Profile): boolean =>
      p.document.level === source.document.level &&
      p.document !== source.document &&
      blockCode(p.document) !== blockCode(source.document);
    const accumulated = new Map<Profile, number>();
    index.accumulate(heaviest(source.wordVector, m), corpus.words, maxDf, accept, accumulated);
    const scored = topN(accumulated, 4 * k)
      .map((target) => ({
        target,
        score: (dot(source.wordVector, target.wordVector) + dot(source.charVector, target.charVector)) / 2,
      }))
      .filter((c) => c.score >= config.thresholds.similarity)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
    for (const { target, score } of scored) {
      const a = source.entry.provision.id;
      const b = target.entry.provision.id;
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ sourceId: a, targetId: b, score: Math.round(score * 10000) / 10000 });
    }
  }
  return out;
}
