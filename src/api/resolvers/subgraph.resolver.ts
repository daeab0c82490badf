// Subgraph nodes: a provision's document, so the explorer can title and group provisions it
// reached by expanding a neighbourhood without one more query per node.
import 'reflect-metadata';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { DocumentNode } from '../types/document.type.js';
import { GraphNode } from '../types/subgraph.type.js';

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => DocumentNode, {
    nullable: true,
    description: 'Provisions: the document they belong to (null for other nodes).',
  })
  document(@Root() n: GraphNode, @Ctx() ctx: ApiContext): Promise<DocumentNode> | null {
    return n.documentLocalId ? ctx.loaders.documentById.load(n.documentLocalId) : null;
  }
}
