// One node of a document's outline: a section, item, task, subtask or bullet.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel, ProvisionKind } from '../../domain.js';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum, ProvisionKindEnum } from './enums.js';
import { Node } from './node.type.js';

@ObjectType('Provision', { implements: Node })
export class ProvisionNode extends Node {
  declare nodeType: 'Provision';

  @Field(() => String, { description: 'Printed ordinals from the top, e.g. 四、(一)3.' }) path!: string;
  @Field(() => ProvisionKindEnum) kind!: ProvisionKind;
  @Field(() => Int, { description: 'Position in the whole document, from 0.' }) order!: number;
  @Field(() => Int, { description: 'Depth in the outline, from 0.' }) depth!: number;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { description: 'Simplified text used for matching; evidence spans point into it.' })
  text!: string;
  @Field(() => String, { description: 'The provision exactly as printed, in its original script.' })
  original!: string;
  @Field(() => GovernmentLevelEnum, { description: "The level of the provision's document." })
  level!: GovernmentLevel;

  documentId!: string;
  regionCode!: string | null;
}

export const ProvisionConnection = connectionOf('Provision', ProvisionNode);
