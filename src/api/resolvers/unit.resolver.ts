// Responsible units: workload rankings and each unit's tasks across documents.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { UnitRole } from '../../domain.js';
import { pagedComplexity } from '../complexity.js';
import type { ApiContext } from '../context.js';
import { expectLocalId } from '../ids.js';
import { paginate } from '../pagination.js';
import { listUnits, workloadOf } from '../services/units.service.js';
import { type UnitOrder, UnitOrderEnum, UnitRoleEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionNode } from '../types/provision.type.js';
import { RegionNode } from '../types/region.type.js';
import {
  UnitAssignment,
  UnitAssignmentConnection,
  UnitConnection,
  UnitNode,
  Workload,
} from '../types/unit.type.js';
import { loadExisting } from './settle.js';

@ArgsType()
class UnitsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code or name; includes the regions inside it.',
  })
  region?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the unit name, e.g. 司法局.' }) name?:
    string | null;
  @Field(() => UnitOrderEnum, { defaultValue: UnitOrderEnum.WORKLOAD }) orderBy!: UnitOrder;
}

@ArgsType()
class TasksArgs extends PageArgs {
  @Field(() => UnitRoleEnum, { nullable: true }) role?: UnitRole | null;
}

@Resolver(() => UnitNode)
export class UnitResolver {
  @Query(() => UnitConnection, {
    complexity: pagedComplexity,
    description: 'Units that carry tasks, busiest first by default.',
  })
  async units(@Args(() => UnitsArgs) args: UnitsArgs, @Ctx() ctx: ApiContext) {
    return paginate(
      (await listUnits(ctx, args)).map((u) => u.unit),
      args,
    );
  }

  @Query(() => UnitNode)
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<UnitNode> {
    return ctx.loaders.unitById.load(expectLocalId(id, 'Unit', 'id'));
  }

  @FieldResolver(() => RegionNode, { nullable: true })
  async region(@Root() u: UnitNode, @Ctx() ctx: ApiContext): Promise<RegionNode | null> {
    return u.regionCode ? ((await loadExisting(ctx.loaders.regionByCode, [u.regionCode]))[0] ?? null) : null;
  }

  @FieldResolver(() => Workload)
  async workload(@Root() u: UnitNode, @Ctx() ctx: ApiContext): Promise<Workload> {
    return workloadOf(await ctx.loaders.assignmentsByUnit.load(u.localId));
  }

  @FieldResolver(() => UnitAssignmentConnection, {
    complexity: pagedComplexity,
    description: 'Tasks in document order.',
  })
  async tasks(@Root() u: UnitNode, @Args(() => TasksArgs) args: TasksArgs, @Ctx() ctx: ApiContext) {
    const all = await ctx.loaders.assignmentsByUnit.load(u.localId);
    return paginate(args.role ? all.filter((a) => a.role === args.role) : all, args);
  }
}

@Resolver(() => UnitAssignment)
export class UnitAssignmentResolver {
  @FieldResolver(() => UnitNode)
  unit(@Root() a: UnitAssignment, @Ctx() ctx: ApiContext): Promise<UnitNode> {
    return ctx.loaders.unitById.load(a.unitId);
  }

  @FieldResolver(() => ProvisionNode)
  provision(@Root() a: UnitAssignment, @Ctx() ctx: ApiContext): Promise<ProvisionNode> {
    return ctx.loaders.provisionById.load(a.provisionId);
  }
}
