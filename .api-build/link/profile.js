import { outlineOf } from './outline.js';
import { phraseSource, wordBoundaries } from './phrases.js';
import { charBigrams, sentences, words } from './text.js';
import { EMPTY_VECTOR, knownIds, tfidfVector, Vocabulary } from './vectors.js';
/** The words a provision is matched on: its title and body, or for a bare heading its children's titles. */
export function matchText(entry) {
    const p = entry.provision;
    const own = [p.title ?? '', p.text].filter((s) => s.length > 0).join('。');
    return entry.headingOnly ? [own, ...entry.childTitles].join('。') : own;
}
export function buildCorpus(documents, config, tokenizer) {
    const boilerplate = new Set(config.boilerplate);
    const wordsVocab = new Vocabulary();
    const bigramsVocab = new Vocabulary();
    const conceptsVocab = new Vocabulary();
    const entries = documents.flatMap((document) => outlineOf(document, config.generalTitles).map((entry) => ({ document, entry })));
    // Pass 1: document frequencies over every provision of the corpus.
    const wordIds = entries.map(({ entry }) => wordsVocab.addUnit(words(tokenizer, matchText(entry))));
    const bigramIds = entries.map(({ entry }) => bigramsVocab.addUnit(charBigrams(matchText(entry))));
    for (const { entry } of entries)
        conceptsVocab.addUnit(conceptNames(entry, boilerplate));
    // Pass 2: vectors.
    const bigramVector = (s) => s ? tfidfVector(knownIds(charBigrams(s), bigramsVocab), bigramsVocab) : EMPTY_VECTOR;
    const profiles = entries.map(({ document, entry }, i) => {
        const p = entry.provision;
        const concepts = new Map();
        for (const c of p.concepts) {
            if (boilerplate.has(c.name))
                continue;
            concepts.set(c.name, [...(concepts.get(c.name) ?? []), ...c.spans]);
        }
        const hasBody = /[\u3400-\u9fff]{2}/.test(p.text) || (entry.headingOnly && entry.childTitles.length > 0) || !!p.title;
        return {
            document,
            entry,
            fields: { title: p.title, text: p.text },
            wordVector: tfidfVector(wordIds[i], wordsVocab),
            charVector: tfidfVector(bigramIds[i], bigramsVocab),
            titleVector: bigramVector(p.title),
            contextVectors: entry.contextTitles.map((t) => bigramVector(t)),
            concepts,
            linkable: !entry.general && hasBody,
            targetable: !entry.general && !entry.headingOnly && /[\u3400-\u9fff]{10}/.test(p.text.replace(/[^\u3400-\u9fff]/g, '')),
        };
    });
    const sentenceCache = new Map();
    let lastSource = null;
    let lastSentences = null;
    return {
        documents,
        profiles,
        byId: new Map(profiles.map((p) => [p.entry.provision.id, p])),
        words: wordsVocab,
        bigrams: bigramsVocab,
        concepts: conceptsVocab,
        tokenizer,
        boilerplate,
        phraseSource(profile) {
            if (lastSource?.profile !== profile) {
                const boundaries = wordBoundaries(profile.fields, (t) => tokenizer.cut(t));
                lastSource = { profile, value: phraseSource(profile.fields, config.phrase.minLength, boundaries) };
            }
            return lastSource.value;
        },
        sentenceVectors(profile, cache = false) {
            let cached = sentenceCache.get(profile) ?? (lastSentences?.profile === profile ? lastSentences.value : undefined);
            if (!cached) {
                const src = profile.entry.headingOnly ? matchText(profile.entry) : null;
                cached = (src !== null ? sentences(null, src).map((s) => ({ ...s, field: 'title' })) : sentences(profile.fields.title, profile.fields.text))
                    .map((s) => ({ field: s.field, start: s.start, end: s.end, vector: bigramVector(s.text) }))
                    .filter((s) => s.vector.ids.length > 0);
                if (cache)
                    sentenceCache.set(profile, cached);
                else
                    lastSentences = { profile, value: cached };
            }
            return cached;
        },
    };
}
function conceptNames(entry, boilerplate) {
    return entry.provision.concepts.map((c) => c.name).filter((n) => !boilerplate.has(n));
}
//# sourceMappingURL=profile.js.map