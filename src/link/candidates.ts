// Candidate generation without all-pairs loops: an inverted index of target provisions per
// region block (the nation, each province, each city …). A source only queries the blocks on its
// own chain, and only through terms that are not in a large share of all provisions.
import type { Profile } from './profile.js';
import type { SparseVector, Vocabulary } from './vectors.js';

/** Postings of one term: while building, growable arrays; once sealed, compact typed arrays. */
interface Postings {
  targets: number[] | Int32Array;
  weights: number[] | Float32Array;
}

export class BlockIndex {
  readonly profiles: Profile[] = [];
  private readonly postings = new Map<number, Postings>();
  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);
  private sealed = false;

  constructor(private readonly vectorOf: (p: Profile) => SparseVector) {}

  add(profile: Profile): void {
    if (this.sealed) throw new Error('BlockIndex: add after the first query');
    const index = this.profiles.length;
    this.profiles.push(profile);
    const v = this.vectorOf(profile);
    for (let i = 0; i < v.ids.length; i++) {
      let list = this.postings.get(v.ids[i]);
      if (!list) {
        list = { targets: [], weights: [] };
        this.postings.set(v.ids[i], list);
      }
      (list.targets as number[]).push(index);
      (list.weights as number[]).push(v.weights[i]);
    }
  }

  /** Freezes the postings into typed arrays (weights came from Float32Arrays, so nothing changes). */
  private seal(): void {
    this.sealed = true;
    for (const list of this.postings.values()) {
      list.targets = Int32Array.from(list.targets);
      list.weights = Float32Array.from(list.weights);
    }
    this.scratch = new Float64Array(this.profiles.length);
    this.touched = new Int32Array(this.profiles.length);
  }

  /**
   * Partial dot products of `query` with every indexed profile sharing a useful term, passed to
   * `visit` in the order the profiles were first reached (accepted profiles only).
   */
  accumulate(
    query: SparseVector,
    vocabulary: Vocabulary,
    maxDf: number,
    accept: (p: Profile) => boolean,
    visit: (p: Profile, value: number) => void,
  ): void {
    if (!this.sealed) this.seal();
    // Dense scratch per block (reused across queries) instead of a Map per posting: far less garbage.
    const scratch = this.scratch;
    const touched = this.touched;
    let count = 0;
    for (let i = 0; i < query.ids.length; i++) {
      if (vocabulary.documentFrequency(query.ids[i]) > maxDf) continue;
      const list = this.postings.get(query.ids[i]);
      if (!list) continue;
      const w = query.weights[i];
      const targets = list.targets;
      const weights = list.weights;
      for (let k = 0; k < targets.length; k++) {
        const t = targets[k];
        if (scratch[t] === 0) touched[count++] = t;
        scratch[t] += w * weights[k] + Number.MIN_VALUE;
      }
    }
    for (let i = 0; i < count; i++) {
      const t = touched[i];
      const p = this.profiles[t];
      if (accept(p)) visit(p, scratch[t]);
      scratch[t] = 0;
    }
  }
}

/**
 * The `n` best of a stream of (profile, value): highest value first, ties in the order offered
 * (what a stable sort of everything offered would give), without keeping everything offered.
 */
export class TopN {
  private readonly items: Profile[] = [];
  private readonly values: number[] = [];

  constructor(private readonly n: number) {}

  offer(p: Profile, value: number): void {
    const { items, values, n } = this;
    if (n <= 0) return;
    if (items.length === n && value <= values[n - 1]) return;
    let at = items.length;
    while (at > 0 && values[at - 1] < value) at--;
    items.splice(at, 0, p);
    values.splice(at, 0, value);
    if (items.length > n) {
      items.pop();
      values.pop();
    }
  }

  get result(): Profile[] {
    return this.items;
  }
}

/** The `n` profiles with the highest accumulated value. */
export function topN(scores: Map<Profile, number>, n: number): Profile[] {
  const top = new TopN(n);
  for (const [p, v] of scores) top.offer(p, v);
  return top.result;
}
