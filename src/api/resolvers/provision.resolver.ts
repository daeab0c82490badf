// Provision queries and relations: outline, units, concepts, targets and IMPLEMENTS edges.
import 'reflect-metadata';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { listComplexity, pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { expectLocalId } from '../ids.js';
import { paginate } from '../pagination.js';
import { ConceptNode } from '../types/concept.type.js';
import { DocumentNode } from '../types/document.type.js';
import { GovernmentLevelEnum } from '../types/enums.js';
import {
  ImplementationConnection,
  ImplementationEdge,
  SimilarityEdge,
} from '../types/implementation.type.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionNode } from '../types/provision.type.js';
import { TargetNode } from '../types/target.type.js';
import { UnitAssignment } from '../types/unit.type.js';
import { loadExisting } from './settle.js';

@ArgsType()
class ImplementedByArgs extends PageArgs {
  @Field(() => Float, { nullable: true, description: 'Only edges scoring at least this.' }) minScore?:
    number | null;
  @Field(() => GovernmentLevelEnum, {
    nullable: true,
    description: 'Only implementing provisions of this level.',
  })
  level?: GovernmentLevel | null;
}

@Resolver(() => ProvisionNode)
export class ProvisionResolver {
  @Query(() => ProvisionNode, { description: 'A provision by global ID or local ID (`documentId:path`).' })
  provision(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(expectLocalId(id, 'Provision', 'id'));
  }

  @FieldResolver(() => DocumentNode)
  document(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<DocumentNode> {
    return ctx.loaders.documentById.load(p.documentId);
  }

  @FieldResolver(() => ProvisionNode, {
    nullable: true,
    description: 'The enclosing provision in the outline.',
  })
  async parent(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<ProvisionNode | null> {
    return (await ctx.loaders.parentByProvision.load(p.localId))[0] ?? null;
  }

  @FieldResolver(() => [ProvisionNode], { complexity: listComplexity })
  children(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<ProvisionNode[]> {
    return ctx.loaders.childrenByProvision.load(p.localId);
  }

  @FieldResolver(() => [UnitAssignment], {
    complexity: listComplexity,
    description: 'Responsible units with their roles.',
  })
  units(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<UnitAssignment[]> {
    return ctx.loaders.assignmentsByProvision.load(p.localId);
  }

  @FieldResolver(() => [ConceptNode], { complexity: listComplexity })
  concepts(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<ConceptNode[]> {
    return ctx.loaders.conceptsByProvision.load(p.localId);
  }

  @FieldResolver(() => [TargetNode], { complexity: listComplexity })
  targets(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<TargetNode[]> {
    return ctx.loaders.targetsByProvision.load(p.localId);
  }

  @FieldResolver(() => [ImplementationEdge], {
    complexity: listComplexity,
    description: 'Higher-level provisions this one implements, strongest first.',
  })
  implements(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<ImplementationEdge[]> {
    return ctx.loaders.implementsBySource.load(p.localId);
  }

  @FieldResolver(() => ImplementationConnection, {
    complexity: pagedComplexity,
    description: 'Lower-level provisions implementing this one, strongest first.',
  })
  async implementedBy(
    @Root() p: ProvisionNode,
    @Args(() => ImplementedByArgs) args: ImplementedByArgs,
    @Ctx() ctx: ApiContext,
  ) {
    let edges = (await ctx.loaders.implementsByTarget.load(p.localId)).filter(
      (e) => e.score >= (args.minScore ?? 0),
    );
    if (args.level) {
      const sources = await loadExisting(
        ctx.loaders.provisionById,
        edges.map((e) => e.sourceId),
      );
      const ofLevel = new Set(sources.filter((s) => s.level === args.level).map((s) => s.localId));
      edges = edges.filter((e) => ofLevel.has(e.sourceId));
    }
    return paginate(edges, args);
  }

  @FieldResolver(() => [SimilarityEdge], {
    complexity: listComplexity,
    description: "Provisions of peer documents outside this one's chain that say similar things.",
  })
  similar(@Root() p: ProvisionNode, @Ctx() ctx: ApiContext): Promise<SimilarityEdge[]> {
    return ctx.loaders.similarByProvision.load(p.localId);
  }
}

@Resolver(() => ImplementationEdge)
export class ImplementationResolver {
  @FieldResolver(() => ProvisionNode, { description: 'The lower-level, implementing provision.' })
  source(@Root() e: ImplementationEdge, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(e.sourceId);
  }

  @FieldResolver(() => ProvisionNode, { description: 'The higher-level, implemented provision.' })
  target(@Root() e: ImplementationEdge, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(e.targetId);
  }
}

@Resolver(() => SimilarityEdge)
export class SimilarityResolver {
  @FieldResolver(() => ProvisionNode)
  source(@Root() e: SimilarityEdge, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(e.sourceId);
  }

  @FieldResolver(() => ProvisionNode)
  target(@Root() e: SimilarityEdge, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(e.targetId);
  }
}
