// Candidate generation without all-pairs loops: an inverted index of target provisions per
// region block (the nation, each province, each city …). A source only queries the blocks on its
// own chain, and only through terms that are not in a large share of all provisions.
import type { Profile } from './profile.js';
import type { SparseVector, Vocabulary } from './vectors.js';

export class BlockIndex {
  readonly profiles: Profile[] = [];
  private frozen = false;
  // Once frozen, compressed rows: the block's distinct terms, sorted; the postings of the term at
  // slot s are [starts[s], starts[s + 1]). A sorted array instead of a term → slot map: nationally
  // the blocks hold millions of distinct (block, term) pairs, about 30 bytes each in a map.
  private terms = new Int32Array(0);
  private starts = new Int32Array(1);
  private targets = new Int32Array(0);
  private weights = new Float32Array(0);
  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(private readonly vectorOf: (p: Profile) => SparseVector) {}

  add(profile: Profile): void {
    if (this.frozen) throw new Error('BlockIndex: add after freeze');
    this.profiles.push(profile);
  }

  /**
   * Packs the postings into typed arrays, a few bytes per posting, one block at a time: postings
   * gathered for every block before packing would hold the whole corpus's postings at once.
   * Each term's postings keep the order the profiles were added in.
   */
  freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    const vectors = this.profiles.map((p) => this.vectorOf(p));
    const distinct = new Set<number>();
    let postings = 0;
    for (const v of vectors) {
      for (const id of v.ids) distinct.add(id);
      postings += v.ids.length;
    }
    const terms = Int32Array.from(distinct).sort();
    const slots = new Int32Array(postings);
    const starts = new Int32Array(terms.length + 1);
    let k = 0;
    for (const v of vectors) {
      for (const id of v.ids) {
        const slot = slotOf(terms, id);
        slots[k++] = slot;
        starts[slot + 1] += 1;
      }
    }
    for (let s = 0; s < terms.length; s++) starts[s + 1] += starts[s];
    const fill = starts.slice(0, terms.length);
    const targets = new Int32Array(postings);
    const weights = new Float32Array(postings);
    k = 0;
    vectors.forEach((v, target) => {
      for (let i = 0; i < v.ids.length; i++) {
        const at = fill[slots[k++]]++;
        targets[at] = target;
        weights[at] = v.weights[i];
      }
    });
    this.terms = terms;
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
      const slot = slotOf(this.terms, query.ids[i]);
      if (slot < 0) continue;
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

/** Index of `term` in the sorted `terms`, or -1. */
function slotOf(terms: Int32Array, term: number): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = terms[mid];
    if (at === term) return mid;
    if (at < term) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
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
