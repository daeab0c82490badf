var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// A concept of the rule-of-law lexicon (or a quoted term) mentioned by provisions.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';
import { RegionNode } from './region.type.js';
let ConceptNode = class ConceptNode extends Node {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ConceptNode.prototype, "name", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ConceptNode.prototype, "category", void 0);
ConceptNode = __decorate([
    ObjectType('Concept', { implements: Node })
], ConceptNode);
export { ConceptNode };
export const ConceptConnection = connectionOf('Concept', ConceptNode);
let LevelCount = class LevelCount {
};
__decorate([
    Field(() => GovernmentLevelEnum),
    __metadata("design:type", String)
], LevelCount.prototype, "level", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], LevelCount.prototype, "count", void 0);
LevelCount = __decorate([
    ObjectType('LevelCount')
], LevelCount);
export { LevelCount };
let RegionCount = class RegionCount {
};
__decorate([
    Field(() => RegionNode, { nullable: true, description: 'Null for provisions of documents with no known region.' }),
    __metadata("design:type", Object)
], RegionCount.prototype, "region", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RegionCount.prototype, "count", void 0);
RegionCount = __decorate([
    ObjectType('RegionCount')
], RegionCount);
export { RegionCount };
//# sourceMappingURL=concept.type.js.map