// compare(a, b): provisions of two plans aligned to each other — one implements the other, the
// linker found them similar, or both implement the same higher requirement — and what is unique.
import type { ApiContext } from '../context.js';
import type { AlignedPair, Comparison } from '../types/compare.type.js';
import type { AlignmentKind } from '../types/enums.js';
import type { ImplementationEdge } from '../types/implementation.type.js';
import type { ProvisionNode } from '../types/provision.type.js';

const KIND_RANK: Record<AlignmentKind, number> = { IMPLEMENTS: 0, SIMILAR_TO: 1, SHARED_REQUIREMENT: 2 };

const settled = <T>(results: readonly (T | Error)[]): T[] =>
  results.filter((r): r is T => !(r instanceof Error));

export async function compare(ctx: ApiContext, aId: string, bId: string): Promise<Comparison> {
  const [a, b, aProvisions, bProvisions] = await Promise.all([
    ctx.loaders.documentById.load(aId),
    ctx.loaders.documentById.load(bId),
    ctx.loaders.provisionsByDocument.load(aId),
    ctx.loaders.provisionsByDocument.load(bId),
  ]);
  const inA = new Map(aProvisions.map((p) => [p.localId, p]));
  const inB = new Map(bProvisions.map((p) => [p.localId, p]));
  const ids = [...inA.keys(), ...inB.keys()];
  const [implementsLists, similarLists] = await Promise.all([
    ctx.loaders.implementsBySource.loadMany(ids),
    ctx.loaders.similarByProvision.loadMany(ids),
  ]);
  const pairs = new Map<string, AlignedPair & { viaIds: Set<string> }>();
  const add = (x: ProvisionNode, y: ProvisionNode, kind: AlignmentKind, score: number, via?: string) => {
    const key = `${x.localId}\u0000${y.localId}`;
    const existing = pairs.get(key);
    if (
      !existing ||
      KIND_RANK[kind] < KIND_RANK[existing.kind] ||
      (kind === existing.kind && score > existing.score)
    ) {
      pairs.set(key, {
        a: x,
        b: y,
        kind,
        score,
        via: [],
        viaIds: existing?.kind === kind ? existing.viaIds : new Set(),
      });
    }
    if (via && pairs.get(key)!.kind === 'SHARED_REQUIREMENT') pairs.get(key)!.viaIds.add(via);
  };
  const edges = settled(implementsLists).flat();
  for (const e of edges) {
    if (inA.has(e.sourceId) && inB.has(e.targetId))
      add(inA.get(e.sourceId)!, inB.get(e.targetId)!, 'IMPLEMENTS', e.score);
    if (inB.has(e.sourceId) && inA.has(e.targetId))
      add(inA.get(e.targetId)!, inB.get(e.sourceId)!, 'IMPLEMENTS', e.score);
  }
  for (const s of settled(similarLists).flat()) {
    if (inA.has(s.sourceId) && inB.has(s.targetId))
      add(inA.get(s.sourceId)!, inB.get(s.targetId)!, 'SIMILAR_TO', s.score);
    if (inB.has(s.sourceId) && inA.has(s.targetId))
      add(inA.get(s.targetId)!, inB.get(s.sourceId)!, 'SIMILAR_TO', s.score);
  }
  const byTarget = new Map<string, ImplementationEdge[]>();
  for (const e of edges) byTarget.set(e.targetId, [...(byTarget.get(e.targetId) ?? []), e]);
  for (const [targetId, group] of byTarget) {
    for (const x of group.filter((e) => inA.has(e.sourceId))) {
      for (const y of group.filter((e) => inB.has(e.sourceId))) {
        add(
          inA.get(x.sourceId)!,
          inB.get(y.sourceId)!,
          'SHARED_REQUIREMENT',
          Math.min(x.score, y.score),
          targetId,
        );
      }
    }
  }
  const viaIds = [...new Set([...pairs.values()].flatMap((p) => [...p.viaIds]))];
  const viaNodes = new Map(
    settled(await ctx.loaders.provisionById.loadMany(viaIds)).map((p) => [p.localId, p]),
  );
  const aligned = [...pairs.values()]
    .map(({ viaIds: via, ...pair }) => ({ ...pair, via: [...via].flatMap((id) => viaNodes.get(id) ?? []) }))
    .sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || y.score - x.score || x.a.order - y.a.order);
  const alignedA = new Set(aligned.map((p) => p.a.localId));
  const alignedB = new Set(aligned.map((p) => p.b.localId));
  return {
    a,
    b,
    pairs: aligned,
    onlyInA: aProvisions.filter((p) => p.kind !== 'section' && !alignedA.has(p.localId)),
    onlyInB: bProvisions.filter((p) => p.kind !== 'section' && !alignedB.has(p.localId)),
  };
}
