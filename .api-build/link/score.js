import { sharedPhrases } from './phrases.js';
import { dot } from './vectors.js';
/** Similarity signals combined as a weighted mean. */
export const SIGNALS = ['word', 'char', 'sentence', 'phrase', 'concept', 'title'];
function bestSentencePair(a, b) {
    let best = 0;
    for (const x of a)
        for (const y of b)
            best = Math.max(best, dot(x.vector, y.vector));
    return best;
}
function structure(source, target) {
    let best = 0;
    source.contextVectors.forEach((ctx, depth) => {
        const decay = Math.pow(0.7, depth);
        best = Math.max(best, decay * Math.max(dot(ctx, target.titleVector), dot(ctx, target.charVector)));
    });
    return best;
}
function sharedConcepts(corpus, source, target) {
    if (source.concepts.size === 0)
        return { value: 0, shared: [] };
    let total = 0;
    let hit = 0;
    const shared = [];
    for (const [name, spans] of source.concepts) {
        const weight = corpus.concepts.idf(corpus.concepts.lookup(name));
        total += weight;
        const targetSpans = target.concepts.get(name);
        if (targetSpans) {
            hit += weight;
            shared.push({ name, weight, sourceSpans: spans, targetSpans });
        }
    }
    return { value: total > 0 ? hit / total : 0, shared: shared.sort((x, y) => y.weight - x.weight) };
}
export function scorePair(corpus, config, source, target, context) {
    const phrases = sharedPhrases(corpus.phraseSource(source), target.fields, corpus.bigrams, {
        minLength: config.phrase.minLength,
        minMeanIdf: config.phrase.minMeanIdfShare * corpus.bigrams.maxIdf,
        boilerplate: config.boilerplate,
    });
    const phraseMass = phrases.reduce((sum, p) => sum + p.weight, 0);
    const concepts = sharedConcepts(corpus, source, target);
    const values = {
        word: dot(source.wordVector, target.wordVector),
        char: dot(source.charVector, target.charVector),
        sentence: bestSentencePair(corpus.sentenceVectors(source), corpus.sentenceVectors(target, true)),
        phrase: 1 - Math.exp(-phraseMass / config.phrase.scale),
        concept: concepts.value,
        title: dot(source.titleVector, target.titleVector),
        structure: structure(source, target),
    };
    // Signals a provision cannot have (no concepts extracted, no title) do not dilute the others.
    const available = SIGNALS.filter((s) => (s === 'concept' ? source.concepts.size > 0 : s === 'title' ? source.titleVector.ids.length > 0 && target.titleVector.ids.length > 0 : true));
    const totalWeight = available.reduce((sum, s) => sum + config.weights[s], 0) || 1;
    const contributions = {};
    let base = 0;
    for (const s of available) {
        const c = (config.weights[s] * values[s]) / totalWeight;
        contributions[s] = c;
        base += c;
    }
    // Context, level and citations rescale what the text says; alone they create nothing.
    const structured = base * (1 + config.structureBoost * values.structure);
    const gapFactor = Math.max(0, 1 - config.levelGapPenalty * Math.max(0, context.levelGap - 1));
    const boost = 1 + (context.documentCites ? config.citationBoost : 0) + (context.provisionCites ? config.provisionCitationBoost : 0);
    const score = Math.min(1, structured * gapFactor * boost);
    contributions.structure = structured - base;
    contributions.levelGap = structured * gapFactor - structured;
    contributions.citation = score - structured * gapFactor;
    return {
        score,
        values,
        contributions,
        evidence: Math.max(values.sentence, values.phrase),
        phrases,
        concepts: concepts.shared,
        method: methodOf(contributions, context),
    };
}
/** The signal family that carries most of the score, or `combined` when none dominates. */
function methodOf(contributions, context) {
    if (context.provisionCites)
        return 'citation';
    const family = {
        lexical: (contributions.word ?? 0) + (contributions.char ?? 0) + (contributions.sentence ?? 0) + (contributions.phrase ?? 0),
        concept: contributions.concept ?? 0,
        structure: (contributions.title ?? 0) + (contributions.structure ?? 0),
    };
    const total = family.lexical + family.concept + family.structure;
    if (total <= 0)
        return 'combined';
    const [name, value] = Object.entries(family).sort((a, b) => b[1] - a[1])[0];
    return value / total >= 0.6 ? name : 'combined';
}
//# sourceMappingURL=score.js.map