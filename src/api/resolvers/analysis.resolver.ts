// The analysts' questions: search, cascade, trace, coverage, compare, neighborhood, node, stats.
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GovernmentLevel, ProvisionKind } from '../../domain.js';
import { analysisComplexity, pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { PolicyCascadeError } from '../../errors.js';
import { expectLocalId } from '../ids.js';
import { MAX_PAGE_SIZE } from '../pagination.js';
import { selectsPath } from '../selection.js';
import { cascade } from '../services/cascade.service.js';
import { compare } from '../services/compare.service.js';
import { coverage } from '../services/coverage.service.js';
import { neighborhood } from '../services/neighborhood.service.js';
import { loadNode } from '../services/nodes.service.js';
import { search } from '../services/search.service.js';
import { stats } from '../services/stats.service.js';
import { trace } from '../services/trace.service.js';
import { Cascade, Trace } from '../types/cascade.type.js';
import { Comparison } from '../types/compare.type.js';
import { Coverage } from '../types/coverage.type.js';
import { type GraphLabel, GraphLabelEnum, GovernmentLevelEnum, ProvisionKindEnum } from '../types/enums.js';
import { Node } from '../types/node.type.js';
import { PageArgs } from '../types/page.args.js';
import { SearchResults } from '../types/search.type.js';
import { Stats } from '../types/stats.type.js';
import { Subgraph } from '../types/subgraph.type.js';

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, { description: 'Chinese words or phrases, Simplified or Traditional.' })
  query!: string;
  @Field(() => GovernmentLevelEnum, { nullable: true }) level?: GovernmentLevel | null;
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code or name; includes the regions inside it.',
  })
  region?: string | null;
}

@ArgsType()
class CascadeArgs {
  @Field(() => ID, { description: 'The requirement: a provision ID (global or `documentId:path`).' })
  from!: string;
  @Field(() => Int, { defaultValue: 4 }) maxDepth!: number;
  @Field(() => Float, { defaultValue: 0 }) minScore!: number;
  @Field(() => [GovernmentLevelEnum], {
    nullable: true,
    description:
      'Only report implementing provisions of these levels (the walk still passes through others).',
  })
  levels?: GovernmentLevel[] | null;
  @Field(() => Boolean, {
    defaultValue: true,
    description: "Also follow what implements the requirement's sub-provisions.",
  })
  includeSubProvisions!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Only provisions inside this region (GB/T 2260 code or name; includes the regions inside it); the walk passes through the plans of the regions above it.',
  })
  region?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Return only this many nodes (after `after`); counts, levels, regions and units still cover all.',
  })
  first?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the node to continue after (pageInfo.endCursor).',
  })
  after?: string | null;
}

@ArgsType()
class TraceArgs {
  @Field(() => ID) from!: string;
  @Field(() => Int, { defaultValue: 4 }) maxDepth!: number;
  @Field(() => Float, { defaultValue: 0 }) minScore!: number;
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also follow the IMPLEMENTS edges of the enclosing items.',
  })
  includeAncestors!: boolean;
}

@ArgsType()
class CoverageArgs {
  @Field(() => ID, { description: 'The higher-level document whose requirements are checked.' })
  document!: string;
  @Field(() => [ID], {
    nullable: true,
    description:
      'Lower-level documents to check; default: every ingested lower-level document inside its region.',
  })
  against?: string[] | null;
  @Field(() => [ProvisionKindEnum], {
    nullable: true,
    description: 'Requirement kinds; default: the leaves of its outline.',
  })
  kinds?: ProvisionKind[] | null;
  @Field(() => Int, { defaultValue: 4 }) maxDepth!: number;
  @Field(() => Float, { defaultValue: 0 }) minScore!: number;
  @Field(() => Float, { defaultValue: 0.5, description: 'Evidence scoring below this counts as WEAK.' })
  weakBelow!: number;
}

@ArgsType()
class NeighborhoodArgs {
  @Field(() => ID, { description: 'Global ID of the centre node.' }) id!: string;
  @Field(() => Int, { defaultValue: 1 }) depth!: number;
  @Field(() => Int, { defaultValue: 100 }) limit!: number;
  @Field(() => [GraphLabelEnum], {
    nullable: true,
    description: 'Only nodes with these labels (default: all).',
  })
  labels?: GraphLabel[] | null;
}

@Resolver()
export class AnalysisResolver {
  @Query(() => SearchResults, {
    complexity: pagedComplexity,
    description: 'Chinese full-text search over provisions.',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: ApiContext) {
    return search(ctx, args);
  }

  @Query(() => Cascade, {
    complexity: analysisComplexity,
    description: 'Everything below that implements a requirement.',
  })
  cascade(@Args(() => CascadeArgs) args: CascadeArgs, @Ctx() ctx: ApiContext): Promise<Cascade> {
    return cascade(ctx, expectLocalId(args.from, 'Provision', 'from'), {
      ...args,
      levels: args.levels ?? [],
      region: args.region ?? null,
      first: args.first ?? null,
      after: args.after ?? null,
    });
  }

  @Query(() => Trace, {
    complexity: analysisComplexity,
    description: 'The chain upward from a task to the requirements it serves.',
  })
  trace(@Args(() => TraceArgs) args: TraceArgs, @Ctx() ctx: ApiContext): Promise<Trace> {
    return trace(ctx, expectLocalId(args.from, 'Provision', 'from'), args);
  }

  @Query(() => Coverage, {
    complexity: analysisComplexity,
    description: "Which lower-level documents implement each of a document's requirements.",
  })
  coverage(
    @Args(() => CoverageArgs) args: CoverageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Coverage> {
    return coverage(ctx, expectLocalId(args.document, 'Document', 'document'), {
      listsCells: selectsPath(info, ['requirements', 'documents']),
      against: args.against ? args.against.map((id) => expectLocalId(id, 'Document', 'against')) : null,
      kinds: args.kinds ?? [],
      maxDepth: args.maxDepth,
      minScore: args.minScore,
      weakBelow: args.weakBelow,
    });
  }

  @Query(() => Comparison, {
    complexity: analysisComplexity,
    description: 'Two plans aligned provision by provision.',
  })
  compare(
    @Arg('a', () => ID) a: string,
    @Arg('b', () => ID) b: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Comparison> {
    return compare(ctx, expectLocalId(a, 'Document', 'a'), expectLocalId(b, 'Document', 'b'));
  }

  @Query(() => Subgraph, {
    complexity: analysisComplexity,
    description: 'The subgraph around a node, for the explorer.',
  })
  async neighborhood(
    @Args(() => NeighborhoodArgs) args: NeighborhoodArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Subgraph> {
    return neighborhood(ctx, await loadNode(ctx, args.id), { ...args, labels: args.labels ?? [] });
  }

  @Query(() => Node, { description: 'Any node by global ID.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { description: 'Nodes by global ID, in the order asked.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: ApiContext) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new PolicyCascadeError('BAD_USER_INPUT', `At most ${MAX_PAGE_SIZE} ids`, {
        details: { argument: 'ids' },
      });
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }

  @Query(() => Stats)
  stats(@Ctx() ctx: ApiContext): Promise<Stats> {
    return stats(ctx);
  }
}
