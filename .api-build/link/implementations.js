import { BlockIndex, topN } from './candidates.js';
import { blockCode, chainCodes, isOnChain, levelGap } from './chain.js';
import { scorePair } from './score.js';
export class ImplementationFinder {
    constructor(corpus, config, citations, resolve) {
        this.corpus = corpus;
        this.config = config;
        this.citations = citations;
        this.resolve = resolve;
        this.blocks = new Map();
        for (const p of corpus.profiles) {
            if (!p.targetable)
                continue;
            const code = blockCode(p.document);
            let block = this.blocks.get(code);
            if (!block) {
                block = new BlockIndex((x) => x.charVector);
                this.blocks.set(code, block);
            }
            block.add(p);
        }
        this.maxDf = Math.max(config.index.minDocumentFrequencyCap, config.index.maxDocumentFrequencyShare * corpus.bigrams.unitCount);
    }
    /** Every scored candidate of one source, best first, with the ones that become edges marked. */
    candidates(source) {
        if (!source.linkable)
            return [];
        const lower = source.document;
        const upperDocs = new Set();
        const accept = (p) => {
            if (upperDocs.has(p.document))
                return true;
            if (p.document === lower || !isOnChain(lower, p.document, this.resolve))
                return false;
            upperDocs.add(p.document);
            return true;
        };
        const accumulated = new Map();
        for (const code of chainCodes(lower, this.resolve)) {
            this.blocks.get(code)?.accumulate(source.charVector, this.corpus.bigrams, this.maxDf, accept, accumulated);
        }
        const implemented = this.citations.implementedBy.get(lower.id);
        const cited = this.citations.citedByProvision.get(source.entry.provision.id);
        const scored = topN(accumulated, this.config.topK.candidates)
            .map((target) => ({
            target,
            pair: scorePair(this.corpus, this.config, source, target, {
                levelGap: levelGap(lower, target.document),
                documentCites: implemented?.has(target.document.id) ?? false,
                provisionCites: cited?.has(target.document.id) ?? false,
            }),
            kept: false,
        }))
            .sort((a, b) => b.pair.score - a.pair.score);
        const t = this.config.thresholds;
        const eligible = scored.filter((c) => c.pair.score >= t.implements && c.pair.evidence >= t.minEvidence);
        const best = eligible[0]?.pair.score ?? 0;
        eligible
            .filter((c) => c.pair.score >= t.relativeToBest * best)
            .slice(0, this.config.topK.implements)
            .forEach((c) => (c.kept = true));
        return scored;
    }
    implementationsOf(source) {
        return this.candidates(source)
            .filter((c) => c.kept)
            .map((c) => toImplementation(source, c.target, c.pair));
    }
}
const round = (x) => Math.round(x * 10000) / 10000;
export function toImplementation(source, target, pair) {
    const matches = [
        ...pair.concepts.map((c) => ({ kind: 'concept', text: c.name, sourceSpans: c.sourceSpans, targetSpans: c.targetSpans })),
        ...pair.phrases.slice(0, 6).map((p) => ({ kind: 'phrase', text: p.text, sourceSpans: p.sourceSpans, targetSpans: p.targetSpans })),
    ];
    if (pair.method === 'citation') {
        matches.unshift({ kind: 'citation', text: target.document.title, sourceSpans: [], targetSpans: [] });
    }
    const signals = {};
    for (const [k, v] of Object.entries(pair.contributions))
        signals[k] = round(v);
    return {
        sourceId: source.entry.provision.id,
        targetId: target.entry.provision.id,
        score: round(pair.score),
        method: pair.method,
        evidence: { summary: summarize(pair), matches, signals },
    };
}
function summarize(pair) {
    const parts = [];
    if (pair.method === 'citation')
        parts.push('条文引用上级文件');
    if (pair.concepts.length > 0)
        parts.push(`共享概念: ${pair.concepts.slice(0, 5).map((c) => c.name).join('、')}`);
    if (pair.phrases.length > 0)
        parts.push(`共有短语: ${pair.phrases.slice(0, 5).map((p) => p.text).join('、')}`);
    if (parts.length === 0)
        parts.push(`文本相似 (句子 ${pair.values.sentence.toFixed(2)}, 词 ${pair.values.word.toFixed(2)})`);
    return parts.join('; ');
}
//# sourceMappingURL=implementations.js.map