// compare(a, b): provisions of two plans aligned to each other — one implements the other, the
// linker found them similar, or both implement the same higher requirement — and what is unique.
import type { ApiContext } from '../context.js';
import type { Comparison } from '../types/compare.type.js';
import type { AlignmentKind } from '../types/enums.js';
import type { ImplementationEdge, SimilarityEdge } from '../types/implementation.type.js';
import type { ProvisionNode } from '../types/provision.type.js';

const KIND_RANK: Record<AlignmentKind, number> = { IMPLEMENTS: 0, SIMILAR_TO: 1, SHARED_REQUIREMENT: 2 };

const settled = <T>(results: readonly (T | Error)[]): T[] =>
  results.filter((r): r is T => !(r instanceof Error));

export interface Alignment {
  aId: string;
  bId: string;
  kind: AlignmentKind;
  score: number;
  /** Higher provisions both implement (SHARED_REQUIREMENT only). */
  viaIds: string[];
}

/**
 * Every (a, b) pair with its strongest reason to align: the best kind first, then the best score;
 * a pair sharing several requirements keeps them all as `viaIds`.
 */
export function alignments(
  inA: ReadonlySet<string>,
  inB: ReadonlySet<string>,
  edges: readonly ImplementationEdge[],
  similarities: readonly SimilarityEdge[],
): Alignment[] {
  const candidates: Alignment[] = [];
  const oriented = (x: string, y: string): [string, string] | null =>
    inA.has(x) && inB.has(y) ? [x, y] : inB.has(x) && inA.has(y) ? [y, x] : null;
  for (const [kind, list] of [
    ['IMPLEMENTS', edges],
    ['SIMILAR_TO', similarities],
  ] as const) {
    for (const e of list) {
      const pair = oriented(e.sourceId, e.targetId);
      if (pair) candidates.push({ aId: pair[0], bId: pair[1], kind, score: e.score, viaIds: [] });
    }
  }
  const byTarget = new Map<string, ImplementationEdge[]>();
  for (const e of edges) byTarget.set(e.targetId, [...(byTarget.get(e.targetId) ?? []), e]);
  for (const [targetId, group] of byTarget) {
    for (const x of group.filter((e) => inA.has(e.sourceId))) {
      for (const y of group.filter((e) => inB.has(e.sourceId))) {
        const score = Math.min(x.score, y.score);
        candidates.push({
          aId: x.sourceId,
          bId: y.sourceId,
          kind: 'SHARED_REQUIREMENT',
          score,
          viaIds: [targetId],
        });
      }
    }
  }
  const best = new Map<string, Alignment>();
  for (const c of candidates) {
    const key = `${c.aId}\u0000${c.bId}`;
    const kept = best.get(key);
    if (!kept || KIND_RANK[c.kind] < KIND_RANK[kept.kind]) best.set(key, { ...c });
    else if (c.kind === kept.kind) {
      kept.score = Math.max(kept.score, c.score);
      kept.viaIds = [...new Set([...kept.viaIds, ...c.viaIds])];
    }
  }
  return [...best.values()];
}

export async function compare(ctx: ApiContext, aId: string, bId: string): Promise<Comparison> {
  const [a, b, aProvisions, bProvisions] = await Promise.all([
    ctx.loaders.documentById.load(aId),
    ctx.loaders.documentById.load(bId),
    ctx.loaders.provisionsByDocument.load(aId),
    ctx.loaders.provisionsByDocument.load(bId),
  ]);
  const byId = new Map([...aProvisions, ...bProvisions].map((p) => [p.localId, p]));
  const inA = new Set(aProvisions.map((p) => p.localId));
  const inB = new Set(bProvisions.map((p) => p.localId));
  const ids = [...inA, ...inB];
  const [implementsLists, similarLists] = await Promise.all([
    ctx.loaders.implementsBySource.loadMany(ids),
    ctx.loaders.similarByProvision.loadMany(ids),
  ]);
  const found = alignments(inA, inB, settled(implementsLists).flat(), settled(similarLists).flat());
  const viaIds = [...new Set(found.flatMap((f) => f.viaIds))];
  const viaNodes = new Map(
    settled(await ctx.loaders.provisionById.loadMany(viaIds)).map((p) => [p.localId, p]),
  );
  const pairs = found
    .map((f) => ({
      a: byId.get(f.aId)!,
      b: byId.get(f.bId)!,
      kind: f.kind,
      score: f.score,
      via: f.viaIds.flatMap((id): ProvisionNode[] => {
        const node = viaNodes.get(id);
        return node ? [node] : [];
      }),
    }))
    .sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || y.score - x.score || x.a.order - y.a.order);
  const alignedA = new Set(found.map((f) => f.aId));
  const alignedB = new Set(found.map((f) => f.bId));
  return {
    a,
    b,
    pairs,
    onlyInA: aProvisions.filter((p) => p.kind !== 'section' && !alignedA.has(p.localId)),
    onlyInB: bProvisions.filter((p) => p.kind !== 'section' && !alignedB.has(p.localId)),
  };
}
