var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Two plans side by side: aligned provisions and what is unique to each.
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { DocumentNode } from './document.type.js';
import { AlignmentKindEnum } from './enums.js';
import { ProvisionNode } from './provision.type.js';
let AlignedPair = class AlignedPair {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], AlignedPair.prototype, "a", void 0);
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], AlignedPair.prototype, "b", void 0);
__decorate([
    Field(() => AlignmentKindEnum),
    __metadata("design:type", String)
], AlignedPair.prototype, "kind", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], AlignedPair.prototype, "score", void 0);
__decorate([
    Field(() => [ProvisionNode], { description: 'For SHARED_REQUIREMENT: the higher provisions both implement.' }),
    __metadata("design:type", Array)
], AlignedPair.prototype, "via", void 0);
AlignedPair = __decorate([
    ObjectType('AlignedPair')
], AlignedPair);
export { AlignedPair };
let Comparison = class Comparison {
};
__decorate([
    Field(() => DocumentNode),
    __metadata("design:type", DocumentNode)
], Comparison.prototype, "a", void 0);
__decorate([
    Field(() => DocumentNode),
    __metadata("design:type", DocumentNode)
], Comparison.prototype, "b", void 0);
__decorate([
    Field(() => [AlignedPair], { description: 'Strongest alignment first.' }),
    __metadata("design:type", Array)
], Comparison.prototype, "pairs", void 0);
__decorate([
    Field(() => [ProvisionNode], { description: 'Non-section provisions of `a` aligned with nothing in `b`.' }),
    __metadata("design:type", Array)
], Comparison.prototype, "onlyInA", void 0);
__decorate([
    Field(() => [ProvisionNode]),
    __metadata("design:type", Array)
], Comparison.prototype, "onlyInB", void 0);
Comparison = __decorate([
    ObjectType('Comparison')
], Comparison);
export { Comparison };
//# sourceMappingURL=compare.type.js.map