// Scores the linker's IMPLEMENTS edges against the generator's known cascade. An edge is right when
// its target is one of the provisions the source restates (directly or through intermediate
// plans); recall counts the strong restatements only, as boilerplate links are optional.
import type { Implementation } from '../../src/link/types.js';
import type { TruthEntry } from './generate.js';

export interface LinkScore {
  edges: number;
  correctEdges: number;
  precision: number;
  /**
   * Lenient precision: the edge joins two provisions that restate the same root requirement (e.g. a
   * county task linked to a sibling of its true parent under the same central item).
   */
  sameOriginPrecision: number;
  /** Found share of all (provision, restated higher provision) pairs of strong strength. */
  recall: number;
  /** Share of strong provisions whose nearest restated provision is linked. */
  nearestRecall: number;
  /** Share of local additions (nothing upstream) left without an IMPLEMENTS edge. */
  unlinkedLocalRate: number;
  /** Precision and recall per level pair, e.g. `county→central`. */
  byLevelPair: Record<string, { edges: number; precision: number; truePairs: number; recall: number }>;
}

/** Compact truth for a whole corpus: what each provision restates and its document's level. */
export class TruthIndex {
  private readonly entries = new Map<
    string,
    { lineage: readonly string[]; strength: TruthEntry['strength']; level: string }
  >();

  add(entries: readonly TruthEntry[], level: string): void {
    for (const e of entries)
      this.entries.set(e.provisionId, { lineage: e.lineage, strength: e.strength, level });
  }

  get size(): number {
    return this.entries.size;
  }

  get(provisionId: string) {
    return this.entries.get(provisionId);
  }

  /** The root requirements a provision restates: the ancestors with no lineage, or itself. */
  private origins(provisionId: string): string[] {
    const entry = this.entries.get(provisionId);
    if (!entry || entry.lineage.length === 0) return [provisionId];
    return entry.lineage.filter((id) => (this.entries.get(id)?.lineage.length ?? 0) === 0);
  }

  score(implementations: readonly Implementation[]): LinkScore {
    const linked = new Map<string, Set<string>>();
    const pairs: Record<string, { edges: number; correct: number; truePairs: number; found: number }> = {};
    const pair = (key: string) => (pairs[key] ??= { edges: 0, correct: 0, truePairs: 0, found: 0 });
    const levelOf = (id: string) => this.entries.get(id)?.level ?? 'unknown';
    let correctEdges = 0;
    let sameOrigin = 0;
    for (const edge of implementations) {
      const targetOrigins = this.origins(edge.targetId);
      if (this.origins(edge.sourceId).some((o) => targetOrigins.includes(o))) sameOrigin++;
      const targets = linked.get(edge.sourceId) ?? new Set<string>();
      targets.add(edge.targetId);
      linked.set(edge.sourceId, targets);
      const ok = this.entries.get(edge.sourceId)?.lineage.includes(edge.targetId) ?? false;
      const p = pair(`${levelOf(edge.sourceId)}→${levelOf(edge.targetId)}`);
      p.edges++;
      if (ok) {
        p.correct++;
        correctEdges++;
      }
    }
    let truePairs = 0;
    let foundPairs = 0;
    let strong = 0;
    let nearestFound = 0;
    let local = 0;
    let localUnlinked = 0;
    for (const [id, entry] of this.entries) {
      const targets = linked.get(id);
      if (entry.strength === 'none') {
        local++;
        if (!targets || targets.size === 0) localUnlinked++;
        continue;
      }
      if (entry.strength !== 'strong' || entry.lineage.length === 0) continue;
      strong++;
      if (targets?.has(entry.lineage[0])) nearestFound++;
      for (const target of entry.lineage) {
        if (!this.entries.has(target)) continue;
        const p = pair(`${entry.level}→${levelOf(target)}`);
        truePairs++;
        p.truePairs++;
        if (targets?.has(target)) {
          foundPairs++;
          p.found++;
        }
      }
    }
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    return {
      edges: implementations.length,
      correctEdges,
      precision: ratio(correctEdges, implementations.length),
      sameOriginPrecision: ratio(sameOrigin, implementations.length),
      recall: ratio(foundPairs, truePairs),
      nearestRecall: ratio(nearestFound, strong),
      unlinkedLocalRate: ratio(localUnlinked, local),
      byLevelPair: Object.fromEntries(
        Object.entries(pairs)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [
            k,
            {
              edges: v.edges,
              precision: ratio(v.correct, v.edges),
              truePairs: v.truePairs,
              recall: ratio(v.found, v.truePairs),
            },
          ]),
      ),
    };
  }
}
