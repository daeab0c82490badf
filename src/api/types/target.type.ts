// A quantified target or deadline set by a provision (每年不少于2次, 到2025年 …).
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType('Target', { implements: Node })
export class TargetNode extends Node {
  declare nodeType: 'Target';

  @Field(() => String, { description: 'The phrase as it stands in the Simplified text.' }) text!: string;
  @Field(() => String) metric!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true }) comparator!: string | null;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String, { nullable: true }) deadline!: string | null;

  provisionId!: string;
}
