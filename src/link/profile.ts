// Per-provision matching profiles: TF-IDF vectors of words and character bigrams over the
// provision's own wording (a bare heading also speaks through its children's titles), its title,
// its ancestors' titles, and its non-boilerplate concepts. IDF is computed over the whole corpus.
import type { ParsedDocument, Provision, Span } from '../ingest/schema.js';
import type { LinkConfig } from './config.js';
import { outlineOf, type OutlineEntry } from './outline.js';
import { phraseSource, wordBoundaries, type Fields, type PhraseSource } from './phrases.js';
import { charBigrams, sentences, words, type Tokenizer } from './text.js';
import {
  EMPTY_VECTOR,
  knownIds,
  tfidfVector,
  VectorArena,
  Vocabulary,
  type SparseVector,
} from './vectors.js';

export interface Profile {
  document: ParsedDocument;
  entry: OutlineEntry;
  fields: Fields;
  wordVector: SparseVector;
  charVector: SparseVector;
  titleVector: SparseVector;
  /** Ancestors' titles, nearest first (the same objects as the ancestors' own `titleVector`). */
  contextVectors: readonly SparseVector[];
  /** Non-boilerplate concept name → its spans in this provision. */
  concepts: ReadonlyMap<string, Span[]>;
  /** Concept category → mentions (its area of work). */
  categories: ReadonlyMap<string, number>;
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

  // Pass 2: vectors. Those kept for the corpus's life (most of a linker's memory) share buffers.
  const arena = new VectorArena();
  const bigramVector = (s: string | null | undefined, kept?: VectorArena): SparseVector =>
    s ? tfidfVector(knownIds(charBigrams(s), bigramsVocab), bigramsVocab, kept) : EMPTY_VECTOR;
  // A heading's title is every descendant's context: one vector per title and document instead of
  // one per descendant (nationally 46k instead of 491k), which each linker worker holds.
  let titlesOf: ParsedDocument | null = null;
  const titleVectors = new Map<string, SparseVector>();
  const titleVector = (document: ParsedDocument, title: string | null): SparseVector => {
    if (!title) return EMPTY_VECTOR;
    if (titlesOf !== document) {
      titlesOf = document;
      titleVectors.clear();
    }
    let vector = titleVectors.get(title);
    if (!vector) {
      vector = bigramVector(title, arena);
      titleVectors.set(title, vector);
    }
    return vector;
  };
  const profiles = entries.map(({ document, entry }, i): Profile => {
    const p = entry.provision;
    const { concepts, categories } = conceptsOf(p, boilerplate);
    const hasBody =
      /[\u3400-\u9fff]{2}/.test(p.text) || (entry.headingOnly && entry.childTitles.length > 0) || !!p.title;
    return {
      document,
      entry,
      fields: { title: p.title, text: p.text },
      wordVector: tfidfVector(wordIds[i], wordsVocab, arena),
      charVector: tfidfVector(bigramIds[i], bigramsVocab, arena),
      titleVector: titleVector(document, p.title),
      contextVectors: entry.contextTitles.map((t) => titleVector(document, t)),
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
          .map((s) => ({
            field: s.field,
            start: s.start,
            end: s.end,
            vector: bigramVector(s.text, cache ? arena : undefined),
          }))
          .filter((s) => s.vector.ids.length > 0);
        if (cache) sentenceCache.set(profile, cached);
        else lastSentences = { profile, value: cached };
      }
      return cached;
    },
  };
}

const NO_CONCEPTS: ReadonlyMap<string, Span[]> = new Map();
const NO_CATEGORIES: ReadonlyMap<string, number> = new Map();

/** A third of a national corpus's provisions name no concept: they share two empty maps. */
function conceptsOf(
  provision: Provision,
  boilerplate: ReadonlySet<string>,
): Pick<Profile, 'concepts' | 'categories'> {
  const named = provision.concepts.filter((c) => !boilerplate.has(c.name));
  if (named.length === 0) return { concepts: NO_CONCEPTS, categories: NO_CATEGORIES };
  const concepts = new Map<string, Span[]>();
  const categories = new Map<string, number>();
  for (const c of named) {
    if (c.category) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
    concepts.set(c.name, [...(concepts.get(c.name) ?? []), ...c.spans]);
  }
  return { concepts, categories };
}

function conceptNames(entry: OutlineEntry, boilerplate: Set<string>): string[] {
  return entry.provision.concepts.map((c) => c.name).filter((n) => !boilerplate.has(n));
}
