import { conceptOf } from '../loaders/rows.js';
import { regionFilter, withinRegion } from './regions.service.js';
export async function listConcepts(ctx, filter) {
    const rows = await ctx.reader.read('read/concepts');
    return rows
        .map((r) => ({ concept: conceptOf(r), provisions: Number(r.provisions), documents: Number(r.documents) }))
        .filter((e) => !filter.category || e.concept.category === filter.category)
        .filter((e) => !filter.name || e.concept.name.includes(filter.name))
        .map((e) => {
        ctx.loaders.conceptByName.prime(e.concept.name, e.concept);
        return e;
    });
}
/** The provisions mentioning a concept, optionally restricted to a level and a region subtree. */
export async function conceptProvisions(ctx, name, filter) {
    const [all, prefix] = await Promise.all([ctx.loaders.provisionsByConcept.load(name), regionFilter(ctx, filter.region)]);
    return all.filter((p) => (!filter.level || p.level === filter.level) && withinRegion(p.regionCode, prefix));
}
//# sourceMappingURL=concepts.service.js.map