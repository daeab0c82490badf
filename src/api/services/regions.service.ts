// Region arguments: analysts give a GB/T 2260 code or a name (鞍山, 鞍山市). Filters use the code
// prefix, because GB/T 2260 codes nest: 2103xx and 2103xxyyy all lie inside 210300 鞍山市.
import { PolicyCascadeError } from '../../errors.js';
import { regionPrefix } from '../../graph/search-terms.js';
import type { ApiContext } from '../context.js';
import { regionOf } from '../loaders/rows.js';
import type { RegionNode } from '../types/region.type.js';
import type { RegionCount } from '../types/concept.type.js';

export const NATION_CODE = '000000';

export { regionPrefix };

export const withinRegion = (regionCode: string | null, prefix: string): boolean =>
  prefix === '' || (regionCode !== null && regionCode.startsWith(prefix));

/** Resolves a region argument (code or name) to a region of the graph, or NOT_FOUND. */
export async function resolveRegion(ctx: ApiContext, arg: string): Promise<RegionNode> {
  const value = arg.trim();
  if (/^\d{6}(\d{3})?$/.test(value)) return ctx.loaders.regionByCode.load(value);
  const rows = await ctx.reader.read('read/regions-by-name', { name: value });
  const regions = rows.map(regionOf);
  const match = regions.find((r) => r.name === value) ?? regions[0];
  if (!match)
    throw new PolicyCascadeError('NOT_FOUND', `No region named ${value}`, { details: { region: value } });
  ctx.loaders.regionByCode.prime(match.code, match);
  return match;
}

/** Prefix filter for an optional region argument ('' when absent). */
export async function regionFilter(ctx: ApiContext, arg: string | null | undefined): Promise<string> {
  return arg ? regionPrefix((await resolveRegion(ctx, arg)).code) : '';
}

/** Counts per region code, with the regions loaded in one batch; unknown codes count under null. */
export async function regionCounts(
  ctx: ApiContext,
  codes: readonly (string | null)[],
  weights?: readonly number[],
): Promise<RegionCount[]> {
  const counts = new Map<string | null, number>();
  codes.forEach((code, i) => counts.set(code, (counts.get(code) ?? 0) + (weights?.[i] ?? 1)));
  const known = [...counts.keys()].filter((c): c is string => c !== null);
  const loaded = await ctx.loaders.regionByCode.loadMany(known);
  const byCode = new Map<string, RegionNode>();
  loaded.forEach((r, i) => {
    if (!(r instanceof Error)) byCode.set(known[i], r);
  });
  return [...counts.entries()]
    .map(([code, count]) => ({ region: code === null ? null : (byCode.get(code) ?? null), count }))
    .sort((x, y) => y.count - x.count || (x.region?.code ?? '').localeCompare(y.region?.code ?? ''));
}
