// Sparse TF-IDF vectors over interned terms. Vectors are sorted id/weight typed arrays, so a
// national corpus stays compact in memory and a dot product is a linear merge.

/** Interns terms to dense ids and counts in how many units (provisions) each occurs. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly df: number[] = [];
  private units = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(term, id);
      this.df.push(0);
    }
    return id;
  }

  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Counts one unit containing `terms` (duplicates count once); returns their ids in order. */
  addUnit(terms: readonly string[]): Int32Array {
    const out = new Int32Array(terms.length);
    const seen = new Set<number>();
    terms.forEach((t, i) => {
      const id = this.id(t);
      out[i] = id;
      if (!seen.has(id)) {
        seen.add(id);
        this.df[id] += 1;
      }
    });
    this.units += 1;
    return out;
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  get unitCount(): number {
    return this.units;
  }

  /** Smoothed inverse document frequency; unseen terms get the maximum. */
  idf(id: number | undefined): number {
    const df = id === undefined ? 0 : this.documentFrequency(id);
    return Math.log(1 + (this.units + 1) / (df + 1));
  }

  get maxIdf(): number {
    return this.idf(undefined);
  }
}

export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * Long-lived vectors packed into shared buffers. A typed array of its own costs a vector two
 * buffers, each with its engine-side bookkeeping, often larger than the few dozen terms it holds;
 * a view into a shared buffer costs only the view. Nothing is freed before the whole arena is, so
 * only vectors kept as long as the arena belong here.
 */
export class VectorArena {
  private ids = new Int32Array(0);
  private weights = new Float32Array(0);
  private used = 0;

  constructor(private readonly chunkLength = 1 << 18) {}

  allocate(length: number): SparseVector {
    if (length === 0) return EMPTY_VECTOR;
    if (this.used + length > this.ids.length) {
      const size = Math.max(this.chunkLength, length);
      this.ids = new Int32Array(size);
      this.weights = new Float32Array(size);
      this.used = 0;
    }
    const end = this.used + length;
    const vector = { ids: this.ids.subarray(this.used, end), weights: this.weights.subarray(this.used, end) };
    this.used = end;
    return vector;
  }
}

const ownBuffers = (length: number): SparseVector => ({
  ids: new Int32Array(length),
  weights: new Float32Array(length),
});

/**
 * Sublinear TF × IDF, L2-normalized. `ids` may repeat (term frequency). `arena`, for vectors kept
 * as long as it is, packs the result into its buffers.
 */
export function tfidfVector(
  ids: ArrayLike<number>,
  vocabulary: Vocabulary,
  arena?: VectorArena,
): SparseVector {
  // Sorting a copy groups repeats: no Map per vector.
  const sorted = Int32Array.from(ids).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
  const { ids: out, weights } = arena ? arena.allocate(unique) : ownBuffers(unique);
  let norm = 0;
  for (let i = 0, u = 0; i < sorted.length; u++) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const w = (1 + Math.log(j - i)) * vocabulary.idf(sorted[i]);
    out[u] = sorted[i];
    weights[u] = w;
    norm += w * w;
    i = j;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { ids: out, weights };
}

/** Cosine of two normalized vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      sum += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Ids of terms known to the vocabulary (unknown terms are skipped, not interned). */
export function knownIds(terms: readonly string[], vocabulary: Vocabulary): number[] {
  const out: number[] = [];
  for (const t of terms) {
    const id = vocabulary.lookup(t);
    if (id !== undefined) out.push(id);
  }
  return out;
}
