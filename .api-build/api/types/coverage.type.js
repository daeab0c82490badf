var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Coverage of a higher-level document's requirements by lower-level documents.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelCount, RegionCount } from './concept.type.js';
import { DocumentNode } from './document.type.js';
import { CoverageStatusEnum, GovernmentLevelEnum } from './enums.js';
import { ProvisionNode } from './provision.type.js';
import { RegionNode } from './region.type.js';
let DocumentEvidence = class DocumentEvidence {
};
__decorate([
    Field(() => DocumentNode),
    __metadata("design:type", DocumentNode)
], DocumentEvidence.prototype, "document", void 0);
__decorate([
    Field(() => CoverageStatusEnum),
    __metadata("design:type", String)
], DocumentEvidence.prototype, "status", void 0);
__decorate([
    Field(() => Int, { description: 'Provisions of the document implementing the requirement, directly or through intermediate levels.' }),
    __metadata("design:type", Number)
], DocumentEvidence.prototype, "provisionCount", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Best path score (a path is as strong as its weakest edge).' }),
    __metadata("design:type", Object)
], DocumentEvidence.prototype, "bestScore", void 0);
__decorate([
    Field(() => [ProvisionNode]),
    __metadata("design:type", Array)
], DocumentEvidence.prototype, "provisions", void 0);
DocumentEvidence = __decorate([
    ObjectType('DocumentEvidence', { description: 'How one lower-level document covers one requirement.' })
], DocumentEvidence);
export { DocumentEvidence };
let RequirementCoverage = class RequirementCoverage {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], RequirementCoverage.prototype, "requirement", void 0);
__decorate([
    Field(() => Int, { description: 'Lower-level provisions implementing it across the compared documents.' }),
    __metadata("design:type", Number)
], RequirementCoverage.prototype, "implementationCount", void 0);
__decorate([
    Field(() => [LevelCount]),
    __metadata("design:type", Array)
], RequirementCoverage.prototype, "byLevel", void 0);
__decorate([
    Field(() => [RegionCount]),
    __metadata("design:type", Array)
], RequirementCoverage.prototype, "byRegion", void 0);
__decorate([
    Field(() => [DocumentEvidence], { description: 'One cell per compared document, in the order of `against`.' }),
    __metadata("design:type", Array)
], RequirementCoverage.prototype, "documents", void 0);
__decorate([
    Field(() => [DocumentNode], { description: 'Compared documents with no evidence of this requirement.' }),
    __metadata("design:type", Array)
], RequirementCoverage.prototype, "gaps", void 0);
RequirementCoverage = __decorate([
    ObjectType('RequirementCoverage')
], RequirementCoverage);
export { RequirementCoverage };
let CoverageTotal = class CoverageTotal {
};
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], CoverageTotal.prototype, "level", void 0);
__decorate([
    Field(() => RegionNode, { nullable: true }),
    __metadata("design:type", Object)
], CoverageTotal.prototype, "region", void 0);
__decorate([
    Field(() => Int, { description: 'Compared documents in this group.' }),
    __metadata("design:type", Number)
], CoverageTotal.prototype, "documents", void 0);
__decorate([
    Field(() => Int, { description: 'Requirement × document cells in this group.' }),
    __metadata("design:type", Number)
], CoverageTotal.prototype, "cells", void 0);
__decorate([
    Field(() => Int, { description: 'Cells with evidence (implemented or weakly implemented).' }),
    __metadata("design:type", Number)
], CoverageTotal.prototype, "covered", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CoverageTotal.prototype, "missing", void 0);
__decorate([
    Field(() => Float, { description: 'missing / cells × 100, rounded to one decimal.' }),
    __metadata("design:type", Number)
], CoverageTotal.prototype, "deficitPercent", void 0);
CoverageTotal = __decorate([
    ObjectType('CoverageTotal', { description: 'Requirement coverage of the documents at one level or in one region.' })
], CoverageTotal);
export { CoverageTotal };
let Coverage = class Coverage {
};
__decorate([
    Field(() => DocumentNode),
    __metadata("design:type", DocumentNode)
], Coverage.prototype, "document", void 0);
__decorate([
    Field(() => [DocumentNode], { description: 'The lower-level documents compared.' }),
    __metadata("design:type", Array)
], Coverage.prototype, "against", void 0);
__decorate([
    Field(() => [RequirementCoverage]),
    __metadata("design:type", Array)
], Coverage.prototype, "requirements", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Coverage.prototype, "requirementCount", void 0);
__decorate([
    Field(() => Int, { description: 'Requirements implemented by at least one compared document.' }),
    __metadata("design:type", Number)
], Coverage.prototype, "coveredCount", void 0);
__decorate([
    Field(() => [ProvisionNode], { description: 'Requirements no compared document shows evidence of.' }),
    __metadata("design:type", Array)
], Coverage.prototype, "uncovered", void 0);
__decorate([
    Field(() => CoverageTotal),
    __metadata("design:type", CoverageTotal)
], Coverage.prototype, "total", void 0);
__decorate([
    Field(() => [CoverageTotal]),
    __metadata("design:type", Array)
], Coverage.prototype, "byLevel", void 0);
__decorate([
    Field(() => [CoverageTotal]),
    __metadata("design:type", Array)
], Coverage.prototype, "byRegion", void 0);
Coverage = __decorate([
    ObjectType('Coverage')
], Coverage);
export { Coverage };
//# sourceMappingURL=coverage.type.js.map