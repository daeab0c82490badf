// Coverage of a higher-level document's requirements by lower-level documents.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain.js';
import { LevelCount, RegionCount } from './concept.type.js';
import { DocumentNode } from './document.type.js';
import { type CoverageStatus, CoverageStatusEnum, GovernmentLevelEnum } from './enums.js';
import { ProvisionNode } from './provision.type.js';
import { RegionNode } from './region.type.js';

@ObjectType('DocumentEvidence', { description: 'How one lower-level document covers one requirement.' })
export class DocumentEvidence {
  @Field(() => DocumentNode) document!: DocumentNode;
  @Field(() => CoverageStatusEnum) status!: CoverageStatus;
  @Field(() => Int, {
    description:
      'Provisions of the document implementing the requirement, directly or through intermediate levels.',
  })
  provisionCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Best path score (a path is as strong as its weakest edge).',
  })
  bestScore!: number | null;
  /** A promise where coverage loads the provisions only when a query selects them. */
  @Field(() => [ProvisionNode]) provisions!: ProvisionNode[] | Promise<ProvisionNode[]>;
}

// simpleResolvers: as Document (document.type.ts).
@ObjectType('RequirementCoverage', { simpleResolvers: true })
export class RequirementCoverage {
  @Field(() => ProvisionNode) requirement!: ProvisionNode;
  @Field(() => Int, { description: 'Lower-level provisions implementing it across the compared documents.' })
  implementationCount!: number;
  @Field(() => [LevelCount]) byLevel!: readonly LevelCount[];
  /** A promise: counted only if the query selects it. */
  @Field(() => [RegionCount]) byRegion!: RegionCount[] | Promise<RegionCount[]>;
  @Field(() => [DocumentEvidence], {
    description: 'One cell per compared document, in the order of `against`.',
  })
  documents!: DocumentEvidence[];
  @Field(() => [DocumentNode], { description: 'Compared documents with no evidence of this requirement.' })
  gaps!: readonly DocumentNode[];
}

// simpleResolvers: as Document (document.type.ts).
@ObjectType('CoverageTotal', {
  simpleResolvers: true,
  description: 'Requirement coverage of the documents at one level or in one region.',
})
export class CoverageTotal {
  @Field(() => GovernmentLevelEnum, { nullable: true }) level!: GovernmentLevel | null;
  @Field(() => RegionNode, { nullable: true }) region!: RegionNode | null;
  @Field(() => Int, { description: 'Compared documents in this group.' }) documents!: number;
  @Field(() => Int, { description: 'Requirement × document cells in this group.' }) cells!: number;
  @Field(() => Int, { description: 'Cells with evidence (implemented or weakly implemented).' })
  covered!: number;
  @Field(() => Int) missing!: number;
  @Field(() => Float, { description: 'missing / cells × 100, rounded to one decimal.' })
  deficitPercent!: number;
}

@ObjectType('Coverage')
export class Coverage {
  @Field(() => DocumentNode) document!: DocumentNode;
  @Field(() => [DocumentNode], { description: 'The lower-level documents compared.' })
  against!: readonly DocumentNode[];
  @Field(() => [RequirementCoverage]) requirements!: RequirementCoverage[];
  @Field(() => Int) requirementCount!: number;
  @Field(() => Int, { description: 'Requirements implemented by at least one compared document.' })
  coveredCount!: number;
  @Field(() => [ProvisionNode], { description: 'Requirements no compared document shows evidence of.' })
  uncovered!: ProvisionNode[];
  @Field(() => CoverageTotal) total!: CoverageTotal;
  @Field(() => [CoverageTotal]) byLevel!: readonly CoverageTotal[];
  @Field(() => [CoverageTotal]) byRegion!: readonly CoverageTotal[];
}
