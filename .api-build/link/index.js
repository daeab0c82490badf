import { resolveCitations } from './citations.js';
import { DEFAULT_LINK_CONFIG } from './config.js';
import { ImplementationFinder } from './implementations.js';
import { buildCorpus } from './profile.js';
import { findSimilarities } from './similarity.js';
import { createJiebaTokenizer } from './text.js';
export { DEFAULT_LINK_CONFIG, parseLinkConfig } from './config.js';
export function createLinker(documents, options = {}) {
    const config = options.config ?? DEFAULT_LINK_CONFIG;
    const conceptNames = documents.flatMap((d) => d.provisions.flatMap((p) => p.concepts.map((c) => c.name)));
    const tokenizer = options.tokenizer ?? createJiebaTokenizer(conceptNames);
    const corpus = buildCorpus(documents, config, tokenizer);
    const citations = resolveCitations(documents);
    const finder = new ImplementationFinder(corpus, config, citations, options.ancestors);
    return {
        corpus,
        citations,
        explain(provisionId) {
            const profile = corpus.byId.get(provisionId);
            return profile ? finder.candidates(profile) : [];
        },
        link() {
            return {
                implementations: corpus.profiles.flatMap((p) => finder.implementationsOf(p)),
                similarities: options.similarities === false ? [] : findSimilarities(corpus, config),
                documentLinks: citations.documentLinks,
                referencedDocuments: citations.referencedDocuments,
            };
        },
    };
}
/**
 * Links every lower-level provision of `documents` to the higher-level provisions on its
 * administrative chain, resolves document-level citations, and finds cross-region similarities.
 */
export function linkCorpus(documents, options = {}) {
    return createLinker(documents, options).link();
}
//# sourceMappingURL=index.js.map