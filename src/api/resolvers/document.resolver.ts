// Document queries and relations.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GovernmentLevel, ProvisionKind } from '../../domain.js';
import { listComplexity, pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { expectLocalId } from '../ids.js';
import { paginate } from '../pagination.js';
import { corpusDocuments } from '../services/documents.service.js';
import { regionFilter, withinRegion } from '../services/regions.service.js';
import { DocumentConnection, DocumentNode } from '../types/document.type.js';
import { GovernmentLevelEnum, ProvisionKindEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionConnection } from '../types/provision.type.js';
import { RegionNode } from '../types/region.type.js';
import { loadExisting } from './settle.js';

@ArgsType()
class DocumentsArgs extends PageArgs {
  @Field(() => GovernmentLevelEnum, { nullable: true }) level?: GovernmentLevel | null;
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code or name; includes the regions inside it.',
  })
  region?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only referenced-only documents; false: only ingested ones.',
  })
  referencedOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Substring of the title.' }) title?: string | null;
}

@ArgsType()
class ProvisionsArgs extends PageArgs {
  @Field(() => [ProvisionKindEnum], { nullable: true }) kinds?: ProvisionKind[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Only provisions at most this deep in the outline (0 = top).',
  })
  maxDepth?: number | null;
}

@Resolver(() => DocumentNode)
export class DocumentResolver {
  @Query(() => DocumentNode, { description: 'A document by global or local ID.' })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<DocumentNode> {
    return ctx.loaders.documentById.load(expectLocalId(id, 'Document', 'id'));
  }

  @Query(() => DocumentConnection, {
    complexity: pagedComplexity,
    description: 'Documents by level, then date.',
  })
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: ApiContext) {
    const [all, prefix] = await Promise.all([corpusDocuments(ctx), regionFilter(ctx, args.region)]);
    const documents = all
      .filter((d) => !args.level || d.level === args.level)
      .filter((d) => withinRegion(d.regionCode, prefix))
      .filter(
        (d) =>
          args.referencedOnly === null ||
          args.referencedOnly === undefined ||
          d.referencedOnly === args.referencedOnly,
      )
      .filter((d) => !args.title || d.title.includes(args.title));
    for (const d of documents) ctx.loaders.documentById.prime(d.localId, d);
    return paginate(documents, args);
  }

  @FieldResolver(() => RegionNode, { nullable: true })
  async region(@Root() d: DocumentNode, @Ctx() ctx: ApiContext): Promise<RegionNode | null> {
    return d.regionCode ? ((await loadExisting(ctx.loaders.regionByCode, [d.regionCode]))[0] ?? null) : null;
  }

  @FieldResolver(() => ProvisionConnection, {
    complexity: pagedComplexity,
    description: 'Provisions in document order.',
  })
  async provisions(
    @Root() d: DocumentNode,
    @Args(() => ProvisionsArgs) args: ProvisionsArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const all = await ctx.loaders.provisionsByDocument.load(d.localId);
    const kinds = args.kinds ?? [];
    return paginate(
      all.filter(
        (p) =>
          (kinds.length === 0 || kinds.includes(p.kind)) &&
          (args.maxDepth == null || p.depth <= args.maxDepth),
      ),
      args,
    );
  }

  @FieldResolver(() => [DocumentNode], {
    complexity: listComplexity,
    description: 'Documents this one states it implements (贯彻落实, 根据 …).',
  })
  async implementsDocuments(@Root() d: DocumentNode, @Ctx() ctx: ApiContext): Promise<DocumentNode[]> {
    const links = await ctx.loaders.documentLinksBySource.load(d.localId);
    return loadExisting(
      ctx.loaders.documentById,
      links.filter((l) => l.relation === 'implements').map((l) => l.targetDocumentId),
    );
  }

  @FieldResolver(() => [DocumentNode], {
    complexity: listComplexity,
    description: 'Every document this one cites, implemented or not.',
  })
  async cites(@Root() d: DocumentNode, @Ctx() ctx: ApiContext): Promise<DocumentNode[]> {
    const links = await ctx.loaders.documentLinksBySource.load(d.localId);
    return loadExisting(ctx.loaders.documentById, [...new Set(links.map((l) => l.targetDocumentId))]);
  }

  @FieldResolver(() => DocumentConnection, {
    complexity: pagedComplexity,
    description: 'Documents citing this one.',
  })
  async citedBy(@Root() d: DocumentNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const links = await ctx.loaders.documentLinksByTarget.load(d.localId);
    return paginate(
      await loadExisting(ctx.loaders.documentById, [...new Set(links.map((l) => l.sourceDocumentId))]),
      args,
    );
  }

  @FieldResolver(() => DocumentConnection, {
    complexity: pagedComplexity,
    description: 'Documents stating they implement this one.',
  })
  async implementedByDocuments(
    @Root() d: DocumentNode,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const links = await ctx.loaders.documentLinksByTarget.load(d.localId);
    const ids = links.filter((l) => l.relation === 'implements').map((l) => l.sourceDocumentId);
    return paginate(await loadExisting(ctx.loaders.documentById, ids), args);
  }
}
