// Scores one (lower provision, higher provision) pair from independent signals and explains the
// score: each signal's value and weighted contribution, the shared concepts and phrases.
import type { LinkMethod } from '../domain.js';
import type { Span } from '../ingest/schema.js';
import type { LinkConfig } from './config.js';
import { sharedPhrases, type SharedPhrase } from './phrases.js';
import type { Corpus, Profile, SentenceVector } from './profile.js';
import { dot, type SparseVector } from './vectors.js';

/** Similarity signals combined as a weighted mean. */
export const SIGNALS = [
  'word',
  'char',
  'sentence',
  'coverage',
  'phrase',
  'concept',
  'topic',
  'title',
] as const;
export type SignalName = (typeof SIGNALS)[number];

export interface PairContext {
  /** Levels apart (1 = next level up). */
  levelGap: number;
  /** The source document says it implements the target's document. */
  documentCites: boolean;
  /** The source provision itself cites the target's document. */
  provisionCites: boolean;
}

export interface SharedConcept {
  name: string;
  weight: number;
  sourceSpans: Span[];
  targetSpans: Span[];
}

export interface PairScore {
  score: number;
  /** Raw signal values in [0, 1]; `structure` (ancestors' titles vs the target) boosts, never creates. */
  values: Record<SignalName | 'structure', number>;
  /** Weighted contribution of each signal (and of citations and the level gap) to `score`. */
  contributions: Record<string, number>;
  /** max(sentence, phrase): how specific the textual agreement is. */
  evidence: number;
  phrases: SharedPhrase[];
  concepts: SharedConcept[];
  method: LinkMethod;
}

/** The best-matching pair of sentences, and how much of the source the target covers (length-weighted best match per source sentence). */
function sentenceMatch(a: SentenceVector[], b: SentenceVector[]): { best: number; coverage: number } {
  let best = 0;
  let covered = 0;
  let total = 0;
  for (const x of a) {
    let mine = 0;
    for (const y of b) mine = Math.max(mine, dot(x.vector, y.vector));
    best = Math.max(best, mine);
    const weight = x.end - x.start;
    covered += weight * mine;
    total += weight;
  }
  return { best, coverage: total > 0 ? covered / total : 0 };
}

/** Cosine of the two provisions' concept-category profiles (行政执法, 司法, 普法 …). */
function topic(source: Profile, target: Profile): number {
  let dotProduct = 0;
  for (const [category, n] of source.categories) dotProduct += n * (target.categories.get(category) ?? 0);
  const norm = (m: ReadonlyMap<string, number>) => Math.sqrt([...m.values()].reduce((x, y) => x + y * y, 0));
  const d = norm(source.categories) * norm(target.categories);
  return d > 0 ? dotProduct / d : 0;
}

function structure(source: Profile, target: Profile): number {
  let best = 0;
  source.contextVectors.forEach((ctx: SparseVector, depth) => {
    const decay = Math.pow(0.7, depth);
    best = Math.max(best, decay * Math.max(dot(ctx, target.titleVector), dot(ctx, target.charVector)));
  });
  return best;
}

function sharedConcepts(
  corpus: Corpus,
  source: Profile,
  target: Profile,
): { value: number; shared: SharedConcept[] } {
  if (source.concepts.size === 0) return { value: 0, shared: [] };
  let total = 0;
  let hit = 0;
  const shared: SharedConcept[] = [];
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

const CHEAP = ['word', 'char', 'title'] as const;

/**
 * A cheap estimate from vector signals only (no sentence alignment, no phrase search), used to
 * choose which index candidates get the full scoring.
 */
export function prescore(source: Profile, target: Profile, config: LinkConfig): number {
  let sum = 0;
  let weight = 0;
  for (const s of CHEAP) {
    if (s === 'title' && (source.titleVector.ids.length === 0 || target.titleVector.ids.length === 0))
      continue;
    const v =
      s === 'word'
        ? dot(source.wordVector, target.wordVector)
        : s === 'char'
          ? dot(source.charVector, target.charVector)
          : dot(source.titleVector, target.titleVector);
    sum += config.weights[s] * v;
    weight += config.weights[s];
  }
  return (weight > 0 ? sum / weight : 0) * (1 + config.structureBoost * structure(source, target));
}

export function scorePair(
  corpus: Corpus,
  config: LinkConfig,
  source: Profile,
  target: Profile,
  context: PairContext,
): PairScore {
  const phrases = sharedPhrases(corpus.phraseSource(source), target.fields, corpus.bigrams, {
    minLength: config.phrase.minLength,
    minMeanIdf: config.phrase.minMeanIdfShare * corpus.bigrams.maxIdf,
    boilerplate: config.boilerplate,
    cache: corpus.phraseWeights,
  });
  const phraseMass = phrases.reduce((sum, p) => sum + p.weight, 0);
  const concepts = sharedConcepts(corpus, source, target);
  const sentences = sentenceMatch(corpus.sentenceVectors(source), corpus.sentenceVectors(target, true));
  const values: Record<SignalName | 'structure', number> = {
    word: dot(source.wordVector, target.wordVector),
    char: dot(source.charVector, target.charVector),
    sentence: sentences.best,
    coverage: sentences.coverage,
    phrase: 1 - Math.exp(-phraseMass / config.phrase.scale),
    concept: concepts.value,
    topic: topic(source, target),
    title: dot(source.titleVector, target.titleVector),
    structure: structure(source, target),
  };
  // Signals a provision cannot have (no concepts extracted, no title) do not dilute the others.
  const available = SIGNALS.filter((s) => {
    switch (s) {
      case 'concept':
        return source.concepts.size > 0;
      case 'topic':
        return source.categories.size > 0 && target.categories.size > 0;
      case 'title':
        return source.titleVector.ids.length > 0 && target.titleVector.ids.length > 0;
      case 'word':
      case 'char':
      case 'sentence':
      case 'coverage':
      case 'phrase':
        return true;
      default: {
        const never: never = s;
        return never;
      }
    }
  });
  const totalWeight = available.reduce((sum, s) => sum + config.weights[s], 0) || 1;
  const contributions: Record<string, number> = {};
  let base = 0;
  for (const s of available) {
    const c = (config.weights[s] * values[s]) / totalWeight;
    contributions[s] = c;
    base += c;
  }
  // Context, level and citations rescale what the text says; alone they create nothing.
  const structured = base * (1 + config.structureBoost * values.structure);
  const gapFactor = Math.max(0, 1 - config.levelGapPenalty * Math.max(0, context.levelGap - 1));
  const boost =
    1 +
    (context.documentCites ? config.citationBoost : 0) +
    (context.provisionCites ? config.provisionCitationBoost : 0);
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
function methodOf(contributions: Record<string, number>, context: PairContext): LinkMethod {
  if (context.provisionCites) return 'citation';
  const family = {
    lexical:
      (contributions.word ?? 0) +
      (contributions.char ?? 0) +
      (contributions.sentence ?? 0) +
      (contributions.coverage ?? 0) +
      (contributions.phrase ?? 0),
    concept: (contributions.concept ?? 0) + (contributions.topic ?? 0),
    structure: (contributions.title ?? 0) + (contributions.structure ?? 0),
  };
  const total = family.lexical + family.concept + family.structure;
  if (total <= 0) return 'combined';
  const [name, value] = Object.entries(family).sort((a, b) => b[1] - a[1])[0] as [
    keyof typeof family,
    number,
  ];
  return value / total >= 0.6 ? name : 'combined';
}
