// A policy document: ingested from a file, or referenced-only (cited by the corpus but not in it).
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';

@ObjectType('ParseWarning')
export class ParseWarningObject {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true, description: '1-based line of the normalized text.' }) line!:
    number | null;
}

// simpleResolvers: plain data that answers come with in bulk (a national coverage lists 24,745
// gap documents and 3,339 region totals), so its fields are read without type-graphql's
// middleware chain, which no object field here uses; about 5–10% of a national coverage.
@ObjectType('Document', { implements: Node, simpleResolvers: true })
export class DocumentNode extends Node {
  declare nodeType: 'Document';

  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true, description: '文号, e.g. 鞍委发〔2021〕25号.' }) docNumber!:
    string | null;
  @Field(() => String, { nullable: true, description: 'ISO date of issue or adoption.' }) date!:
    string | null;
  @Field(() => GovernmentLevelEnum, { nullable: true }) level!: GovernmentLevel | null;
  @Field(() => String, { nullable: true, description: 'The file name it was ingested from.' }) sourceFile!:
    string | null;
  @Field(() => Boolean, { description: 'Cited by the corpus but not itself ingested.' })
  referencedOnly!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The title as printed (Traditional when the source was).',
  })
  originalTitle!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the text was retrieved from, when known.' })
  url!: string | null;
  @Field(() => [ParseWarningObject], { description: 'What the parser could not do with certainty.' })
  warnings!: ParseWarningObject[];

  regionCode!: string | null;
}

export const DocumentConnection = connectionOf('Document', DocumentNode);
