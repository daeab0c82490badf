// Per-provision matching profiles: TF-IDF vectors of words and character bigrams over the
// provision's own wording (a bare heading also speaks through its children's titles), its title,
// its ancestors' titles, and its non-boilerplate concepts. IDF is computed over the whole corpus.
import type { ParsedDocument, Span } from '../ingest/schema.js';
import type { LinkConfig } from './config.js';
import { outlineOf, type OutlineEntry } from './outline.js';
import { phraseSource, wordBoundaries, type Fields, type PhraseSource } from './phrases.js';
import { charBigrams, sentences, words, type Tokenizer } from './text.js';
import { EMPTY_VECTOR, knownIds, tfidfVector, Vocabulary, type SparseVector } from './vectors.js';

export interface Profile {
  document: ParsedDocument;
  entry: OutlineEntry;
  fields: Fields;
  wordVector: SparseVector;
  charVector: SparseVector;
  titleVector: SparseVector;
  /** Ancestors' titles, nearest first. */
  contextVectors: SparseVector[];
  /** Non-boilerplate concept name → its spans in this provision. */
  concepts: Map<string, Span[]>;
  /** Concept category → mentions (its area of work). */
  categories: Map<string, number>;
  /** May this provision be linked (as source) or be a target at all. */
  linkable: boolean;
  targetable: boolean;
}

export interface SentenceVector {
  field: 'title' | 'text';
  start: number;
  end: number;
  vector: SparseVector;
}

export interface Corpus {
  documents: readonly ParsedDocument[];
  profiles: Profile[];
  byId: Map<string, Profile>;
  words: Vocabulary;
  bigrams: Vocabulary;
  concepts: Vocabulary;
  tokenizer: Tokenizer;
  boilerplate: Set<string>;
  /** Informativeness of phrases already weighed (bounded). */
  phraseWeights: Map<string, number>;
  /** Sentence vectors; kept in memory only when `cache` (targets are scored many times). */
  sentenceVectors(profile: Profile, cache?: boolean): SentenceVector[];
  /** A provision prepared as the source of phrase matching (the last one asked for is remembered). */
  phraseSource(profile: Profile): PhraseSource;
}

/** The words a provision is matched on: its title and body, or for a bare heading its children's titles. */
export function matchText(entry: OutlineEntry): string {
  const p = entry.provision;
  const own = [p.title ?? '', p.text].filter((s) => s.length > 0).join('。');
  return entry.headingOnly ? [own, ...entry.childTitles].join('。') : own;
}

export function buildCorpus(
  documents: readonly ParsedDocument[],
  config: LinkConfig,
  tokenizer: Tokenizer,
): Corpus {
  const boilerplate = new Set(config.boilerplate);
  const wordsVocab = new Vocabulary();
  const bigramsVocab = new Vocabulary();
  const conceptsVocab = new Vocabulary();
  const entries = documents.flatMap((document) =>
    outlineOf(document, config.generalTitles).map((entry) => ({ document, entry })),
  );

  // Pass 1: document frequencies over every provision of the corpus.
  const wordIds = entries.map(({ entry }) => wordsVocab.addUnit(words(tokenizer, matchText(entry))));
  const bigramIds = entries.map(({ entry }) => bigramsVocab.addUnit(charBigrams(matchText(entry))));
  for (const { entry } of entries) conceptsVocab.addUnit(conceptNames(entry, boilerplate));

  // Pass 2: vectors.
  const bigramVector = (s: string | null | undefined): SparseVector =>
    s ? tfidfVector(knownIds(charBigrams(s), bigramsVocab), bigramsVocab) : EMPTY_VECTOR;
  const profiles = entries.map(({ document, entry }, i): Profile => {
    const p = entry.provision;
    const concepts = new Map<string, Span[]>();
    const categories = new Map<string, number>();
    for (const c of p.concepts) {
      if (boilerplate.has(c.name)) continue;
      if (c.category) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
      concepts.set(c.name, [...(concepts.get(c.name) ?? []), ...c.spans]);
    }
    const hasBody =
      /[\u3400-\u9fff]{2}/.test(p.text) || (entry.headingOnly && entry.childTitles.length > 0) || !!p.title;
    return {
      document,
      entry,
      fields: { title: p.title, text: p.text },
      wordVector: tfidfVector(wordIds[i], wordsVocab),
      charVector: tfidfVector(bigramIds[i], bigramsVocab),
      titleVector: bigramVector(p.title),
      contextVectors: entry.contextTitles.map((t) => bigramVector(t)),
      concepts,
      categories,
      linkable: !entry.general && hasBody,
      targetable:
        !entry.general &&
        !entry.headingOnly &&
        /[\u3400-\u9fff]{10}/.test(p.text.replace(/[^\u3400-\u9fff]/g, '')),
    };
  });

  const sentenceCache = new Map<Profile, SentenceVector[]>();
  let lastSource: { profile: Profile; value: PhraseSource } | null = null;
  let lastSentences: { profile: Profile; value: SentenceVector[] } | null = null;
  return {
    documents,
    profiles,
    byId: new Map(profiles.map((p) => [p.entry.provision.id, p])),
    words: wordsVocab,
    bigrams: bigramsVocab,
    concepts: conceptsVocab,
    tokenizer,
    boilerplate,
    phraseWeights: new Map(),
    phraseSource(profile) {
      if (lastSource?.profile !== profile) {
        const boundaries = wordBoundaries(profile.fields, (t) => tokenizer.cut(t));
        lastSource = { profile, value: phraseSource(profile.fields, config.phrase.minLength, boundaries) };
      }
      return lastSource.value;
    },
    sentenceVectors(profile, cache = false) {
      let cached =
        sentenceCache.get(profile) ?? (lastSentences?.profile === profile ? lastSentences.value : undefined);
      if (!cached) {
        const src = profile.entry.headingOnly ? matchText(profile.entry) : null;
        cached = (
          src !== null
            ? sentences(null, src).map((s) => ({ ...s, field: 'title' as const }))
            : sentences(profile.fields.title, profile.fields.text)
        )
          .map((s) => ({ field: s.field, start: s.start, end: s.end, vector: bigramVector(s.text) }))
          .filter((s) => s.vector.ids.length > 0);
        if (cache) sentenceCache.set(profile, cached);
        else lastSentences = { profile, value: cached };
      }
      return cached;
    },
  };
}

function conceptNames(entry: OutlineEntry, boilerplate: Set<string>): string[] {
  return entry.provision.concepts.map((c) => c.name).filter((n) => !boilerplate.has(n));
}
