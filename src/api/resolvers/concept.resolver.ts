// Concepts and their distribution across levels and regions.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { listComplexity, pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { paginate } from '../pagination.js';
import { conceptProvisions, listConcepts } from '../services/concepts.service.js';
import { levelCounts } from '../services/levels.js';
import { regionCounts } from '../services/regions.service.js';
import { ConceptConnection, ConceptNode, LevelCount, RegionCount } from '../types/concept.type.js';
import { GovernmentLevelEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionConnection } from '../types/provision.type.js';

@ArgsType()
class ConceptsArgs extends PageArgs {
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the concept name.' }) name?:
    string | null;
}

@ArgsType()
class ConceptProvisionsArgs extends PageArgs {
  @Field(() => GovernmentLevelEnum, { nullable: true }) level?: GovernmentLevel | null;
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code or name; includes the regions inside it.',
  })
  region?: string | null;
}

@Resolver(() => ConceptNode)
export class ConceptResolver {
  @Query(() => ConceptConnection, {
    complexity: pagedComplexity,
    description: 'Concepts, most mentioned first.',
  })
  async concepts(@Args(() => ConceptsArgs) args: ConceptsArgs, @Ctx() ctx: ApiContext) {
    return paginate(
      (await listConcepts(ctx, args)).map((e) => e.concept),
      args,
    );
  }

  @Query(() => ConceptNode, { description: 'A concept by its canonical (Simplified) name, e.g. 枫桥经验.' })
  concept(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<ConceptNode> {
    return ctx.loaders.conceptByName.load(name.trim());
  }

  @FieldResolver(() => Int)
  async provisionCount(@Root() c: ConceptNode, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.loaders.provisionsByConcept.load(c.name)).length;
  }

  @FieldResolver(() => [LevelCount], { description: 'Provisions mentioning the concept, per level.' })
  async byLevel(@Root() c: ConceptNode, @Ctx() ctx: ApiContext): Promise<LevelCount[]> {
    return levelCounts((await ctx.loaders.provisionsByConcept.load(c.name)).map((p) => p.level));
  }

  @FieldResolver(() => [RegionCount], {
    complexity: listComplexity,
    description: 'Provisions mentioning the concept, per region.',
  })
  async byRegion(@Root() c: ConceptNode, @Ctx() ctx: ApiContext): Promise<RegionCount[]> {
    return regionCounts(
      ctx,
      (await ctx.loaders.provisionsByConcept.load(c.name)).map((p) => p.regionCode),
    );
  }

  @FieldResolver(() => ProvisionConnection, {
    complexity: pagedComplexity,
    description: 'Mentioning provisions, top level first.',
  })
  async provisions(
    @Root() c: ConceptNode,
    @Args(() => ConceptProvisionsArgs) args: ConceptProvisionsArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return paginate(await conceptProvisions(ctx, c.name, args), args);
  }
}
