// A concept of the rule-of-law lexicon (or a quoted term) mentioned by provisions.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';
import { RegionNode } from './region.type.js';

@ObjectType('Concept', { implements: Node })
export class ConceptNode extends Node {
  declare nodeType: 'Concept';

  @Field(() => String) name!: string;
  @Field(() => String) category!: string;
}

export const ConceptConnection = connectionOf('Concept', ConceptNode);

// simpleResolvers: as Document (document.type.ts).
@ObjectType('LevelCount', { simpleResolvers: true })
export class LevelCount {
  @Field(() => GovernmentLevelEnum) level!: GovernmentLevel;
  @Field(() => Int) count!: number;
}

// simpleResolvers: as Document (document.type.ts).
@ObjectType('RegionCount', { simpleResolvers: true })
export class RegionCount {
  @Field(() => RegionNode, {
    nullable: true,
    description: 'Null for provisions of documents with no known region.',
  })
  region!: RegionNode | null;
  @Field(() => Int) count!: number;
}
