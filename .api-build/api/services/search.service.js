import { PolicyCascadeError } from '../../errors.js';
import { searchParams } from '../../graph/search-terms.js';
import { pageOf, pageWindow } from '../pagination.js';
import { resolveRegion } from './regions.service.js';
/** Enough for any analyst's paging; a query matching more is too broad to page through. */
export const MAX_SEARCH_HITS = 1000;
export const MAX_QUERY_LENGTH = 200;
export async function search(ctx, args) {
    const { offset, limit } = pageWindow(args);
    if (args.query.length > MAX_QUERY_LENGTH) {
        throw new PolicyCascadeError('BAD_USER_INPUT', `query must be at most ${MAX_QUERY_LENGTH} characters`, {
            details: { argument: 'query' },
        });
    }
    const regionCode = args.region ? (await resolveRegion(ctx, args.region)).code : null;
    const params = searchParams(args.query, { level: args.level ?? null, regionCode, limit: MAX_SEARCH_HITS });
    const terms = params.terms;
    if (terms.length === 0)
        return { ...pageOf([], 0, 0), terms };
    const rows = await ctx.reader.read('read/search', params);
    const window = rows.slice(offset, offset + limit);
    const provisions = await ctx.loaders.provisionById.loadMany(window.map((r) => String(r.id)));
    const hits = window.flatMap((r, i) => {
        const provision = provisions[i];
        return provision instanceof Error ? [] : [{ provision, score: Number(r.score) }];
    });
    return { ...pageOf(hits, offset, rows.length), terms };
}
//# sourceMappingURL=search.service.js.map