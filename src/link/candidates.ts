// Candidate generation without all-pairs loops: an inverted index of target provisions per
// region block (the nation, each province, each city …). A source only queries the blocks on its
// own chain, and only through terms that are not in a large share of all provisions.
import type { Profile } from './profile.js';
import type { SparseVector, Vocabulary } from './vectors.js';

interface Postings {
  targets: number[];
  weights: number[];
}

export class BlockIndex {
  readonly profiles: Profile[] = [];
  private readonly postings = new Map<number, Postings>();
  private scratch = new Float64Array(0);

  constructor(private readonly vectorOf: (p: Profile) => SparseVector) {}

  add(profile: Profile): void {
    const index = this.profiles.length;
    this.profiles.push(profile);
    const v = this.vectorOf(profile);
    for (let i = 0; i < v.ids.length; i++) {
      let list = this.postings.get(v.ids[i]);
      if (!list) {
        list = { targets: [], weights: [] };
        this.postings.set(v.ids[i], list);
      }
      list.targets.push(index);
      list.weights.push(v.weights[i]);
    }
  }

  /** Accumulates partial dot products of `query` with every indexed profile sharing a useful term. */
  accumulate(
    query: SparseVector,
    vocabulary: Vocabulary,
    maxDf: number,
    accept: (p: Profile) => boolean,
    into: Map<Profile, number>,
  ): void {
    // Dense scratch per block (reused across queries) instead of a Map per posting: far less garbage.
    if (this.scratch.length < this.profiles.length) this.scratch = new Float64Array(this.profiles.length * 2);
    const touched: number[] = [];
    for (let i = 0; i < query.ids.length; i++) {
      if (vocabulary.documentFrequency(query.ids[i]) > maxDf) continue;
      const list = this.postings.get(query.ids[i]);
      if (!list) continue;
      const w = query.weights[i];
      for (let k = 0; k < list.targets.length; k++) {
        const t = list.targets[k];
        if (this.scratch[t] === 0) touched.push(t);
        this.scratch[t] += w * list.weights[k] + Number.MIN_VALUE;
      }
    }
    for (const t of touched) {
      const p = this.profiles[t];
      if (accept(p)) into.set(p, (into.get(p) ?? 0) + this.scratch[t]);
      this.scratch[t] = 0;
    }
  }
}

/** The `n` profiles with the highest accumulated value. */
export function topN(scores: Map<Profile, number>, n: number): Profile[] {
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([p]) => p);
}
