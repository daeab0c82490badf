// Sparse TF-IDF vectors over interned terms. Vectors are sorted id/weight typed arrays, so a
// national corpus stays compact in memory and a dot product is a linear merge.
/** Interns terms to dense ids and counts in how many units (provisions) each occurs. */
export class Vocabulary {
    constructor() {
        this.ids = new Map();
        this.df = [];
        this.units = 0;
    }
    id(term) {
        let id = this.ids.get(term);
        if (id === undefined) {
            id = this.df.length;
            this.ids.set(term, id);
            this.df.push(0);
        }
        return id;
    }
    lookup(term) {
        return this.ids.get(term);
    }
    /** Counts one unit containing `terms` (duplicates count once); returns their ids in order. */
    addUnit(terms) {
        const out = new Int32Array(terms.length);
        const seen = new Set();
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
    documentFrequency(id) {
        return this.df[id] ?? 0;
    }
    get unitCount() {
        return this.units;
    }
    /** Smoothed inverse document frequency; unseen terms get the maximum. */
    idf(id) {
        const df = id === undefined ? 0 : this.documentFrequency(id);
        return Math.log(1 + (this.units + 1) / (df + 1));
    }
    get maxIdf() {
        return this.idf(undefined);
    }
}
export const EMPTY_VECTOR = { ids: new Int32Array(0), weights: new Float32Array(0) };
/** Sublinear TF × IDF, L2-normalized. `ids` may repeat (term frequency). */
export function tfidfVector(ids, vocabulary) {
    const tf = new Map();
    for (let i = 0; i < ids.length; i++)
        tf.set(ids[i], (tf.get(ids[i]) ?? 0) + 1);
    const sorted = [...tf.keys()].sort((a, b) => a - b);
    const weights = new Float32Array(sorted.length);
    let norm = 0;
    sorted.forEach((id, i) => {
        const w = (1 + Math.log(tf.get(id) ?? 1)) * vocabulary.idf(id);
        weights[i] = w;
        norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0)
        for (let i = 0; i < weights.length; i++)
            weights[i] /= norm;
    return { ids: Int32Array.from(sorted), weights };
}
/** Cosine of two normalized vectors. */
export function dot(a, b) {
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
        }
        else if (x < y)
            i++;
        else
            j++;
    }
    return sum;
}
/** Ids of terms known to the vocabulary (unknown terms are skipped, not interned). */
export function knownIds(terms, vocabulary) {
    const out = [];
    for (const t of terms) {
        const id = vocabulary.lookup(t);
        if (id !== undefined)
            out.push(id);
    }
    return out;
}
//# sourceMappingURL=vectors.js.map