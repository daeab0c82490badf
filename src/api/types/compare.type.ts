// Two plans side by side: aligned provisions and what is unique to each.
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { DocumentNode } from './document.type.js';
import { type AlignmentKind, AlignmentKindEnum } from './enums.js';
import { ProvisionNode } from './provision.type.js';

@ObjectType('AlignedPair')
export class AlignedPair {
  @Field(() => ProvisionNode) a!: ProvisionNode;
  @Field(() => ProvisionNode) b!: ProvisionNode;
  @Field(() => AlignmentKindEnum) kind!: AlignmentKind;
  @Field(() => Float) score!: number;
  @Field(() => [ProvisionNode], {
    description: 'For SHARED_REQUIREMENT: the higher provisions both implement.',
  })
  via!: ProvisionNode[];
}

@ObjectType('Comparison')
export class Comparison {
  @Field(() => DocumentNode) a!: DocumentNode;
  @Field(() => DocumentNode) b!: DocumentNode;
  @Field(() => [AlignedPair], { description: 'Strongest alignment first.' }) pairs!: AlignedPair[];
  @Field(() => [ProvisionNode], { description: 'Non-section provisions of `a` aligned with nothing in `b`.' })
  onlyInA!: ProvisionNode[];
  @Field(() => [ProvisionNode]) onlyInB!: ProvisionNode[];
}
