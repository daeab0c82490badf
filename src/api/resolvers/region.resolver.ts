// The region tree and each region's documents.
import 'reflect-metadata';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { regionOf } from '../loaders/rows.js';
import { paginate } from '../pagination.js';
import { resolveRegion } from '../services/regions.service.js';
import { DocumentConnection } from '../types/document.type.js';
import { PageArgs } from '../types/page.args.js';
import { RegionNode } from '../types/region.type.js';
import { loadExisting } from './settle.js';

@Resolver(() => RegionNode)
export class RegionResolver {
  @Query(() => [RegionNode], {
    complexity: listComplexity,
    description: 'The region tree: its root (全国), or the children of `parent`.',
  })
  async regions(
    @Arg('parent', () => String, { nullable: true, description: 'GB/T 2260 code or name.' })
    parent: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<RegionNode[]> {
    if (parent) return ctx.loaders.regionChildren.load((await resolveRegion(ctx, parent)).code);
    const roots = (await ctx.reader.read('read/region-roots')).map(regionOf);
    for (const r of roots) ctx.loaders.regionByCode.prime(r.code, r);
    return roots;
  }

  @Query(() => RegionNode, { description: 'A region by GB/T 2260 code or name.' })
  region(@Arg('region', () => String) region: string, @Ctx() ctx: ApiContext): Promise<RegionNode> {
    return resolveRegion(ctx, region);
  }

  @FieldResolver(() => RegionNode, { nullable: true })
  async parent(@Root() r: RegionNode, @Ctx() ctx: ApiContext): Promise<RegionNode | null> {
    return r.parentCode ? ((await loadExisting(ctx.loaders.regionByCode, [r.parentCode]))[0] ?? null) : null;
  }

  @FieldResolver(() => [RegionNode], { complexity: listComplexity })
  children(@Root() r: RegionNode, @Ctx() ctx: ApiContext): Promise<RegionNode[]> {
    return ctx.loaders.regionChildren.load(r.code);
  }

  @FieldResolver(() => DocumentConnection, {
    complexity: pagedComplexity,
    description: 'Documents of exactly this region.',
  })
  async documents(@Root() r: RegionNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return paginate(await ctx.loaders.documentsByRegion.load(r.code), args);
  }
}
