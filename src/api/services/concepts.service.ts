// concepts / concept(name): how a concept is distributed across levels and regions.
import { type GovernmentLevel, LEVEL_RANK } from '../../domain.js';
import type { ApiContext } from '../context.js';
import { conceptOf } from '../loaders/rows.js';
import type { ConceptNode } from '../types/concept.type.js';
import type { ProvisionNode } from '../types/provision.type.js';
import { regionFilter, withinRegion } from './regions.service.js';

export interface ConceptListEntry {
  concept: ConceptNode;
  provisions: number;
  documents: number;
}

export async function listConcepts(
  ctx: ApiContext,
  filter: { category?: string | null; name?: string | null },
) {
  const rows = await ctx.reader.read('read/concepts');
  return rows
    .map((r): ConceptListEntry => ({
      concept: conceptOf(r),
      provisions: Number(r.provisions),
      documents: Number(r.documents),
    }))
    .filter((e) => !filter.category || e.concept.category === filter.category)
    .filter((e) => !filter.name || e.concept.name.includes(filter.name))
    .map((e) => {
      ctx.loaders.conceptByName.prime(e.concept.name, e.concept);
      return e;
    });
}

/** The provisions mentioning a concept, optionally restricted to a level and a region subtree. */
export async function conceptProvisions(
  ctx: ApiContext,
  name: string,
  filter: { level?: GovernmentLevel | null; region?: string | null },
): Promise<ProvisionNode[]> {
  const [all, prefix] = await Promise.all([
    ctx.loaders.provisionsByConcept.load(name),
    regionFilter(ctx, filter.region),
  ]);
  return all
    .filter((p) => (!filter.level || p.level === filter.level) && withinRegion(p.regionCode, prefix))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        a.documentId.localeCompare(b.documentId) ||
        a.order - b.order,
    );
}
