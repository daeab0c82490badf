// An IMPLEMENTS edge: a lower-level provision (source) carries out a higher-level one (target).
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { LinkMethod } from '../../domain.js';
import type { EvidenceMatch, ImplementationEvidence } from '../../link/types.js';
import { connectionOf } from './connection.type.js';
import { EvidenceKindEnum, LinkMethodEnum, SpanFieldEnum } from './enums.js';

@ObjectType('Span', {
  description: "A [start, end) character range in a provision's Simplified title or text.",
})
export class SpanObject {
  @Field(() => SpanFieldEnum) field!: 'title' | 'text';
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('EvidenceMatch')
export class EvidenceMatchObject implements EvidenceMatch {
  @Field(() => EvidenceKindEnum) kind!: EvidenceMatch['kind'];
  @Field(() => String) text!: string;
  @Field(() => [SpanObject], { description: 'Where the match stands in the source (lower) provision.' })
  sourceSpans!: SpanObject[];
  @Field(() => [SpanObject], { description: 'Where the match stands in the target (higher) provision.' })
  targetSpans!: SpanObject[];
}

@ObjectType('Signal')
export class SignalObject {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('Evidence')
export class EvidenceObject {
  @Field(() => String) summary!: string;
  @Field(() => [EvidenceMatchObject]) matches!: EvidenceMatchObject[];
  @Field(() => [SignalObject], { description: "Each signal's contribution to the score." })
  signals!: SignalObject[];
}

@ObjectType('Implementation')
export class ImplementationEdge {
  @Field(() => Float) score!: number;
  @Field(() => LinkMethodEnum) method!: LinkMethod;
  /** A promise where a walk loads the evidence only when a query selects it. */
  @Field(() => EvidenceObject) evidence!: EvidenceObject | Promise<EvidenceObject>;

  sourceId!: string;
  targetId!: string;
}

export const ImplementationConnection = connectionOf('Implementation', ImplementationEdge);

export function evidenceObject(raw: ImplementationEvidence): EvidenceObject {
  return {
    summary: raw.summary,
    matches: raw.matches.map((m) => ({ ...m })),
    signals: Object.entries(raw.signals).map(([name, value]) => ({ name, value })),
  };
}

@ObjectType('Similarity', {
  description: "Two provisions of peer documents outside each other's chain that say similar things.",
})
export class SimilarityEdge {
  @Field(() => Float) score!: number;

  sourceId!: string;
  targetId!: string;
}
