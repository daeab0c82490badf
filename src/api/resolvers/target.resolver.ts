// Targets and the provision that sets each.
import 'reflect-metadata';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ProvisionNode } from '../types/provision.type.js';
import { TargetNode } from '../types/target.type.js';

@Resolver(() => TargetNode)
export class TargetResolver {
  @FieldResolver(() => ProvisionNode)
  provision(@Root() t: TargetNode, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(t.provisionId);
  }
}
