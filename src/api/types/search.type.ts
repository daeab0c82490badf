// Full-text search results: a connection of scored provisions plus the terms the query was cut into.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './connection.type.js';
import { ProvisionNode } from './provision.type.js';

@ObjectType('SearchHit')
export class SearchHit {
  @Field(() => ProvisionNode) provision!: ProvisionNode;
  @Field(() => Float, { description: "Relevance from the engine's full-text index (higher is better)." })
  score!: number;
}

@ObjectType('SearchHitEdge')
export class SearchHitEdge {
  @Field(() => String) cursor!: string;
  @Field(() => SearchHit) node!: SearchHit;
}

@ObjectType('SearchResults')
export class SearchResults {
  @Field(() => [SearchHitEdge]) edges!: SearchHitEdge[];
  @Field(() => [SearchHit]) nodes!: SearchHit[];
  @Field(() => Int, { description: 'Matching provisions (at most 1000).' }) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => [String], { description: 'The Simplified terms every hit contains.' }) terms!: string[];
}
