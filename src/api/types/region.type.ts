// An administrative region (GB/T 2260), the nation being '000000' 全国.
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';

// simpleResolvers: as Document (document.type.ts).
@ObjectType('Region', { implements: Node, simpleResolvers: true })
export class RegionNode extends Node {
  declare nodeType: 'Region';

  @Field(() => String, { description: 'GB/T 2260 code.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => GovernmentLevelEnum) level!: GovernmentLevel;

  parentCode!: string | null;
}
