// A generic subgraph (nodes + edges) for the explorer's canvas.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GovernmentLevel, UnitRole } from '../../domain.js';
import { type GraphLabel, GraphLabelEnum, GovernmentLevelEnum, UnitRoleEnum } from './enums.js';

export const RelationTypeEnum = {
  HAS_PROVISION: 'HAS_PROVISION',
  HAS_CHILD: 'HAS_CHILD',
  ASSIGNED_TO: 'ASSIGNED_TO',
  MENTIONS: 'MENTIONS',
  SETS_TARGET: 'SETS_TARGET',
  CITES: 'CITES',
  IMPLEMENTS_DOC: 'IMPLEMENTS_DOC',
  IMPLEMENTS: 'IMPLEMENTS',
  SIMILAR_TO: 'SIMILAR_TO',
  FOR_REGION: 'FOR_REGION',
  PART_OF: 'PART_OF',
} as const;
export type RelationType = keyof typeof RelationTypeEnum;
registerEnumType(RelationTypeEnum, { name: 'RelationType' });

@ObjectType('GraphNode')
export class GraphNode {
  @Field(() => String, { description: 'Global ID, usable with node(id:).' }) id!: string;
  @Field(() => GraphLabelEnum) label!: GraphLabel;
  @Field(() => String) localId!: string;
  @Field(() => String, { description: 'Short display text: a title, a path and title, or a name.' })
  caption!: string;
  @Field(() => GovernmentLevelEnum, { nullable: true }) level!: GovernmentLevel | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => Boolean) referencedOnly!: boolean;
  @Field(() => Int, { description: 'Hops from the centre.' }) depth!: number;
  /** Provisions: local ID of their document, resolved to `document` by GraphNodeResolver. */
  documentLocalId?: string;
}

@ObjectType('GraphEdge')
export class GraphEdge {
  @Field(() => String) id!: string;
  @Field(() => RelationTypeEnum) type!: RelationType;
  @Field(() => String, { description: 'Global ID of the start node.' }) source!: string;
  @Field(() => String, { description: 'Global ID of the end node.' }) target!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => UnitRoleEnum, { nullable: true }) role!: UnitRole | null;
}

@ObjectType('Subgraph')
export class Subgraph {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
  @Field(() => Boolean, { description: 'True when `limit` cut the expansion short.' }) truncated!: boolean;
}
