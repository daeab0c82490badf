// IMPLEMENTS edges: for each provision of a lower-level document, candidates from the inverted
// index of the higher-level documents on its chain, full scoring of the best candidates, then an
// absolute threshold, a cut relative to the best target and a top-k.
import type { ParsedDocument } from '../ingest/schema.js';
import { BlockIndex, TopN } from './candidates.js';
import { blockCode, chainCodes, isOnChain, levelGap, type AncestorResolver } from './chain.js';
import type { ResolvedCitations } from './citations.js';
import type { LinkConfig } from './config.js';
import type { Corpus, Profile } from './profile.js';
import { prescore, scorePair, type PairScore } from './score.js';
import type { EvidenceMatch, Implementation } from './types.js';

export interface Candidate {
  target: Profile;
  pair: PairScore;
  /** Passed the threshold, the evidence floor, the relative cut and the top-k. */
  kept: boolean;
}

export class ImplementationFinder {
  private readonly blocks = new Map<string, BlockIndex>();
  private readonly maxDf: number;
  private lastChain: { lower: ParsedDocument; chain: string[]; accept: (p: Profile) => boolean } | null =
    null;

  constructor(
    private readonly corpus: Corpus,
    private readonly config: LinkConfig,
    private readonly citations: ResolvedCitations,
    private readonly resolve?: AncestorResolver,
  ) {
    for (const p of corpus.profiles) {
      if (!p.targetable) continue;
      const code = blockCode(p.document);
      let block = this.blocks.get(code);
      if (!block) {
        block = new BlockIndex((x) => x.charVector);
        this.blocks.set(code, block);
      }
      block.add(p);
    }
    for (const block of this.blocks.values()) block.freeze();
    this.maxDf = Math.max(
      config.index.minDocumentFrequencyCap,
      config.index.maxDocumentFrequencyShare * corpus.bigrams.unitCount,
    );
  }

  /**
   * The blocks a document queries and which of their provisions it may implement (higher level,
   * on its chain), remembered for the last document: sources come document by document.
   */
  private chainOf(lower: ParsedDocument): { chain: string[]; accept: (p: Profile) => boolean } {
    if (this.lastChain?.lower === lower) return this.lastChain;
    const verdicts = new Map<ParsedDocument, boolean>();
    const accept = (p: Profile): boolean => {
      let ok = verdicts.get(p.document);
      if (ok === undefined) {
        ok = p.document !== lower && isOnChain(lower, p.document, this.resolve);
        verdicts.set(p.document, ok);
      }
      return ok;
    };
    this.lastChain = { lower, chain: chainCodes(lower, this.resolve), accept };
    return this.lastChain;
  }

  /** Every scored candidate of one source, best first, with the ones that become edges marked. */
  candidates(source: Profile): Candidate[] {
    if (!source.linkable) return [];
    const lower = source.document;
    const { chain, accept } = this.chainOf(lower);
    const top = new TopN(this.config.topK.candidates);
    const visit = (p: Profile, value: number) => top.offer(p, value);
    for (const code of chain) {
      this.blocks.get(code)?.accumulate(source.charVector, this.corpus.bigrams, this.maxDf, accept, visit);
    }
    const implemented = this.citations.implementedBy.get(lower.id);
    const cited = this.citations.citedByProvision.get(source.entry.provision.id);
    const scored = top.result
      .map((target) => ({ target, cheap: prescore(source, target, this.config) }))
      .sort((a, b) => b.cheap - a.cheap)
      .slice(0, this.config.topK.rescored)
      .map(({ target }) => ({
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
    // A bare heading speaks through its children's titles; its own title must still agree.
    const evident = (c: Candidate) =>
      c.pair.evidence >= t.minEvidence &&
      (!source.entry.headingOnly || c.pair.values.title >= t.headingTitle);
    let eligible = scored.filter((c) => c.pair.score >= t.implements && evident(c));
    const [first, second] = scored;
    if (eligible.length === 0 && first && first.pair.score >= t.clearWinner && evident(first)) {
      if (!second || first.pair.score >= t.clearWinnerMargin * second.pair.score) eligible = [first];
    }
    const best = eligible[0]?.pair.score ?? 0;
    eligible
      .filter((c) => c.pair.score >= t.relativeToBest * best)
      .slice(0, this.config.topK.implements)
      .forEach((c) => (c.kept = true));
    return scored;
  }

  implementationsOf(source: Profile): Implementation[] {
    return this.candidates(source)
      .filter((c) => c.kept)
      .map((c) => toImplementation(source, c.target, c.pair));
  }
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function toImplementation(source: Profile, target: Profile, pair: PairScore): Implementation {
  const matches: EvidenceMatch[] = [
    ...pair.concepts.map((c) => ({
      kind: 'concept' as const,
      text: c.name,
      sourceSpans: c.sourceSpans,
      targetSpans: c.targetSpans,
    })),
    ...pair.phrases.slice(0, 6).map((p) => ({
      kind: 'phrase' as const,
      text: p.text,
      sourceSpans: p.sourceSpans,
      targetSpans: p.targetSpans,
    })),
  ];
  if (pair.method === 'citation') {
    matches.unshift({ kind: 'citation', text: target.document.title, sourceSpans: [], targetSpans: [] });
  }
  const signals: Record<string, number> = {};
  for (const [k, v] of Object.entries(pair.contributions)) signals[k] = round(v);
  return {
    sourceId: source.entry.provision.id,
    targetId: target.entry.provision.id,
    score: round(pair.score),
    method: pair.method,
    evidence: { summary: summarize(pair), matches, signals },
  };
}

function summarize(pair: PairScore): string {
  const parts: string[] = [];
  if (pair.method === 'citation') parts.push('条文引用上级文件');
  if (pair.concepts.length > 0)
    parts.push(
      `共享概念: ${pair.concepts
        .slice(0, 5)
        .map((c) => c.name)
        .join('、')}`,
    );
  if (pair.phrases.length > 0)
    parts.push(
      `共有短语: ${pair.phrases
        .slice(0, 5)
        .map((p) => p.text)
        .join('、')}`,
    );
  if (parts.length === 0)
    parts.push(`文本相似 (句子 ${pair.values.sentence.toFixed(2)}, 词 ${pair.values.word.toFixed(2)})`);
  return parts.join('; ');
}
