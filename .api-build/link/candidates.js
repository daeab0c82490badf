export class BlockIndex {
    constructor(vectorOf) {
        this.vectorOf = vectorOf;
        this.profiles = [];
        this.postings = new Map();
    }
    add(profile) {
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
    accumulate(query, vocabulary, maxDf, accept, into) {
        for (let i = 0; i < query.ids.length; i++) {
            if (vocabulary.documentFrequency(query.ids[i]) > maxDf)
                continue;
            const list = this.postings.get(query.ids[i]);
            if (!list)
                continue;
            const w = query.weights[i];
            for (let k = 0; k < list.targets.length; k++) {
                const p = this.profiles[list.targets[k]];
                if (!accept(p))
                    continue;
                into.set(p, (into.get(p) ?? 0) + w * list.weights[k]);
            }
        }
    }
}
/** The `n` profiles with the highest accumulated value. */
export function topN(scores, n) {
    return [...scores.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([p]) => p);
}
//# sourceMappingURL=candidates.js.map