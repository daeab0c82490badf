// Corpus-wide counts.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelCount } from './concept.type.js';

@ObjectType('LabelCount')
export class LabelCount {
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Stats')
export class Stats {
  @Field(() => String, { description: 'The graph engine serving the API: kuzu or neo4j.' }) engine!: string;
  @Field(() => Int) documents!: number;
  @Field(() => Int) referencedDocuments!: number;
  @Field(() => Int) provisions!: number;
  @Field(() => Int) implementations!: number;
  @Field(() => Int) units!: number;
  @Field(() => Int) concepts!: number;
  @Field(() => Int) targets!: number;
  @Field(() => Int) regions!: number;
  @Field(() => [LevelCount], { description: 'Ingested documents per level.' })
  documentsByLevel!: LevelCount[];
  @Field(() => [LabelCount]) nodes!: LabelCount[];
  @Field(() => [LabelCount]) relationships!: LabelCount[];
}
