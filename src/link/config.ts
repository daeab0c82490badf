// The linker's tunable weights and thresholds, validated with zod. The shipped values live in
// seed/link-config.json (loaded by `loadLinkConfig` in ./config-file.ts); DEFAULT_LINK_CONFIG holds
// the same values so the pure linker needs no file, and a test keeps the two identical.
import { z } from 'zod';
import { PolicyCascadeError } from '../errors.js';

const unit = z.number().min(0).max(1);
const weight = z.number().min(0);

export const LinkConfigSchema = z
  .object({
    /** Relative weight of each similarity signal in the combined score (normalized to sum 1). */
    weights: z
      .object({
        word: weight,
        char: weight,
        sentence: weight,
        coverage: weight,
        phrase: weight,
        concept: weight,
        topic: weight,
        title: weight,
      })
      .strict(),
    /** Score × (1 + boost × structure): the source's item/section titles agreeing with the target. */
    structureBoost: z.number().min(0).max(2),
    /** Multiplier bonus (score × (1 + bonus)) when the source document says it implements the target's. */
    citationBoost: z.number().min(0).max(2),
    /** Extra bonus when the provision itself cites the target document. */
    provisionCitationBoost: z.number().min(0).max(2),
    /** Score factor lost per administrative level skipped beyond the next one up. */
    levelGapPenalty: unit,
    thresholds: z
      .object({
        /** Minimum combined score of an IMPLEMENTS edge. */
        implements: unit,
        /** A kept target must reach this share of the source's best target score. */
        relativeToBest: unit,
        /** A lower bar for a clear winner: the best target alone, when it beats the runner-up by `clearWinnerMargin`. */
        clearWinner: unit,
        clearWinnerMargin: z.number().min(1),
        /** Minimum sentence-level or phrase evidence: text alone must say something specific. */
        minEvidence: unit,
        /** A bare heading links only when its own title agrees with the target's this much. */
        headingTitle: unit,
        /** Minimum cosine of a SIMILAR_TO pair. */
        similarity: unit,
      })
      .strict(),
    topK: z
      .object({
        implements: z.number().int().min(1),
        similarities: z.number().int().min(0),
        /** Candidates per source taken from the inverted index and pre-scored on vectors… */
        candidates: z.number().int().min(1),
        /** …of which this many get the full scoring (sentence alignment, shared phrases). */
        rescored: z.number().int().min(1),
      })
      .strict(),
    phrase: z
      .object({
        /** Shortest shared run of Chinese characters reported as a phrase. */
        minLength: z.number().int().min(2),
        /** Phrase evidence saturates: signal = 1 - exp(-informativeness / scale). */
        scale: z.number().positive(),
        /** A phrase whose mean bigram IDF is below this share of the corpus maximum is boilerplate. */
        minMeanIdfShare: unit,
      })
      .strict(),
    /** Phrases and concepts that appear everywhere and never create a link by themselves. */
    boilerplate: z.array(z.string().min(2)),
    /**
     * Titles of generic provisions (guiding ideology, principles, overall goals). Such provisions,
     * and everything under them, are neither linked nor link targets.
     */
    generalTitles: z.array(z.string().min(2)),
    index: z
      .object({
        /** Terms in more than this share of provisions are skipped when generating candidates. */
        maxDocumentFrequencyShare: unit,
        /** …but never below this many provisions, so small corpora are not pruned at all. */
        minDocumentFrequencyCap: z.number().int().min(1),
        /** Rarest terms of a provision used to find cross-region similarity candidates. */
        similarityTerms: z.number().int().min(1),
        /**
         * Words in more provisions than this never propose SIMILAR_TO peers (an absolute cap, so
         * the peer search stays linear in the corpus instead of growing with its square).
         */
        similarityMaxDocumentFrequency: z.number().int().min(1),
      })
      .strict(),
  })
  .strict();

export type LinkConfig = z.infer<typeof LinkConfigSchema>;

export const DEFAULT_LINK_CONFIG: LinkConfig = {
  weights: {
    word: 0.3,
    char: 0.15,
    sentence: 0.25,
    coverage: 0.3,
    phrase: 0.25,
    concept: 0.05,
    topic: 0.05,
    title: 0.1,
  },
  structureBoost: 1,
  citationBoost: 0.1,
  provisionCitationBoost: 0.2,
  levelGapPenalty: 0.03,
  thresholds: {
    implements: 0.18,
    relativeToBest: 0.8,
    clearWinner: 0.12,
    clearWinnerMargin: 2,
    minEvidence: 0.1,
    headingTitle: 0.3,
    similarity: 0.25,
  },
  topK: { implements: 3, similarities: 3, candidates: 20, rescored: 8 },
  phrase: { minLength: 4, scale: 40, minMeanIdfShare: 0.35 },
  boilerplate: [
    '习近平法治思想',
    '习近平新时代中国特色社会主义思想',
    '坚持党的领导',
    '党的领导',
    '中国特色社会主义',
    '全面依法治国',
    '法治建设',
    '社会主义核心价值观',
    '人民当家作主',
    '依法治国',
    '四个意识',
    '四个自信',
    '两个维护',
    '两个确立',
    '以人民为中心',
    '中国特色社会主义法治道路',
    '法治国家、法治政府、法治社会一体建设',
    '依法治国、依法执政、依法行政共同推进',
  ],
  generalTitles: [
    '总体要求',
    '指导思想',
    '基本原则',
    '工作原则',
    '主要目标',
    '总体目标',
    '目标任务',
    '工作目标',
    '发展目标',
  ],
  index: {
    maxDocumentFrequencyShare: 0.2,
    minDocumentFrequencyCap: 2000,
    similarityTerms: 16,
    similarityMaxDocumentFrequency: 2000,
  },
};

/** Validates a parsed JSON value into a LinkConfig, or throws CONFIG_INVALID naming each problem. */
export function parseLinkConfig(value: unknown): LinkConfig {
  const parsed = LinkConfigSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
    throw new PolicyCascadeError('CONFIG_INVALID', `Invalid link configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
