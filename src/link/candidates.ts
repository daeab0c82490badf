// Candidate generation without all-pairs loops: an inverted index of target provisions per
// region block (the nation, each province, each city …). A source only queries the blocks on its
// own chain, and only through terms that are not in a large share of all provisions.
import type { Profile } from './profile.js';
import type { SparseVector, Vocabulary } from './vectors.js';

export class BlockIndex {
  readonly profiles: Profile[] = [];
  // While building: one (term, target, weight) triple per posting.
  private pending: { terms: number[]; targets: number[]; weights: number[] } | null = {
    terms: [],
    targets: [],
    weights: [],
  };
  // Once frozen, compressed rows: term → slot; the postings of slot s are [starts[s], starts[s + 1]).
  private slots = new Map<number, number>();
  private starts = new Int32Array(1);
  private targets = new Int32Array(0);
  private weights = new Float32Array(0);
  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(private readonly vectorOf: (p: Profile) => SparseVector) {}

  add(profile: Profile): void {
    const pending = this.pending;
    if (!pending) throw new Error('BlockIndex: add after freeze');
    const index = this.profiles.length;
    this.profiles.push(profile);
    const v = this.vectorOf(profile);
    for (let i = 0; i < v.ids.length; i++) {
      pending.terms.push(v.ids[i]);
      pending.targets.push(index);
      pending.weights.push(v.weights[i]);
    }
  }

  /**
   * Packs the postings into three typed arrays (a few bytes per posting instead of an object and
   * two growable arrays per term). Each term's postings keep the order they were added in.
   */
  freeze(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const counts: number[] = [];
    for (const term of pending.terms) {
      let slot = this.slots.get(term);
      if (slot === undefined) {
        slot = counts.length;
        this.slots.set(term, slot);
        counts.push(0);
      }
      counts[slot] += 1;
    }
    const starts = new Int32Array(counts.length + 1);
    for (let s = 0; s < counts.length; s++) starts[s + 1] = starts[s] + counts[s];
    const fill = starts.slice(0, counts.length);
    const targets = new Int32Array(pending.terms.length);
    const weights = new Float32Array(pending.terms.length);
    for (let i = 0; i < pending.terms.length; i++) {
      const at = fill[this.slots.get(pending.terms[i]) as number]++;
      targets[at] = pending.targets[i];
      weights[at] = pending.weights[i];
    }
    this.starts = starts;
    this.targets = targets;
    this.weights = weights;
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
    this.freeze();
    // Dense scratch per block (reused across queries) instead of a Map per posting: far less garbage.
    const { scratch, touched, targets, weights, starts } = this;
    let count = 0;
    for (let i = 0; i < query.ids.length; i++) {
      if (vocabulary.documentFrequency(query.ids[i]) > maxDf) continue;
      const slot = this.slots.get(query.ids[i]);
      if (slot === undefined) continue;
      const w = query.weights[i];
      for (let k = starts[slot], end = starts[slot + 1]; k < end; k++) {
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
