// Results of cascade (downward) and trace (upward) walks over IMPLEMENTS edges.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelCount, RegionCount } from './concept.type.js';
import { PageInfo } from './connection.type.js';
import { ImplementationEdge } from './implementation.type.js';
import { ProvisionNode } from './provision.type.js';
import { UnitNode } from './unit.type.js';

@ObjectType('CascadeNode')
export class CascadeNode {
  @Field(() => ProvisionNode) provision!: ProvisionNode;
  @Field(() => Int, {
    description: 'IMPLEMENTS steps from the starting provision (1 = implements it directly).',
  })
  depth!: number;
  @Field(() => Float, {
    description: 'Score of the strongest path to the start, a path being as strong as its weakest edge.',
  })
  score!: number;
}

@ObjectType('CascadeEdge')
export class CascadeEdge {
  @Field(() => ImplementationEdge) implementation!: ImplementationEdge;
  @Field(() => Int, { description: "Depth of the edge's lower end." }) depth!: number;
}

@ObjectType('CascadeUnit', {
  description:
    'A unit carrying part of a cascade: assigned to an implementing provision or to one of its sub-provisions.',
})
export class CascadeUnit {
  @Field(() => UnitNode) unit!: UnitNode;
  @Field(() => Int) lead!: number;
  @Field(() => Int) coLead!: number;
  @Field(() => Int) support!: number;
  /** A promise: the carriers' text is read only if the query selects it. */
  @Field(() => [ProvisionNode], {
    description: 'The provisions naming the unit, in level then document order.',
  })
  provisions!: ProvisionNode[] | Promise<ProvisionNode[]>;
}

@ObjectType('Cascade')
export class Cascade {
  @Field(() => ProvisionNode) root!: ProvisionNode;
  @Field(() => [ProvisionNode], {
    description: 'The provisions the walk started from: the root and, unless excluded, its sub-provisions.',
  })
  starts!: ProvisionNode[] | Promise<ProvisionNode[]>;
  @Field(() => [CascadeNode], {
    description:
      'Implementing provisions, by depth, level, then score: all of them, or the page `first`/`after` asks for.',
  })
  nodes!: CascadeNode[] | Promise<CascadeNode[]>;
  @Field(() => [CascadeEdge], {
    description: "The IMPLEMENTS edges the walk follows from the returned nodes (each node's edges upward).",
  })
  edges!: CascadeEdge[];
  @Field(() => PageInfo, { description: 'Where `nodes` stands among all `totalCount` of them.' })
  pageInfo!: PageInfo;
  @Field(() => [LevelCount]) byLevel!: LevelCount[];
  @Field(() => [RegionCount]) byRegion!: RegionCount[] | Promise<RegionCount[]>;
  /** The first units carrying the cascade, most provisions first; all when null (`units(first:)`). */
  carryingUnits!: (first: number | null) => Promise<CascadeUnit[]>;
  @Field(() => Int, { description: 'How many units carry the cascade.' })
  unitCount!: number;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('TraceNode')
export class TraceNode {
  @Field(() => ProvisionNode) provision!: ProvisionNode;
  @Field(() => Int, {
    description: 'IMPLEMENTS steps up from the traced provision (or from its outline ancestor).',
  })
  depth!: number;
}

@ObjectType('Trace')
export class Trace {
  @Field(() => ProvisionNode) from!: ProvisionNode;
  @Field(() => [ProvisionNode], {
    description: 'The provision and its outline ancestors whose IMPLEMENTS edges the trace followed.',
  })
  starts!: ProvisionNode[];
  @Field(() => [TraceNode]) nodes!: TraceNode[];
  @Field(() => [ImplementationEdge]) edges!: ImplementationEdge[];
  @Field(() => [ProvisionNode], {
    description: 'The top of each chain: reached provisions that implement nothing higher.',
  })
  roots!: ProvisionNode[];
}
