var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Corpus-wide counts.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelCount } from './concept.type.js';
let LabelCount = class LabelCount {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], LabelCount.prototype, "label", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], LabelCount.prototype, "count", void 0);
LabelCount = __decorate([
    ObjectType('LabelCount')
], LabelCount);
export { LabelCount };
let Stats = class Stats {
};
__decorate([
    Field(() => String, { description: 'The graph engine serving the API: kuzu or neo4j.' }),
    __metadata("design:type", String)
], Stats.prototype, "engine", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "documents", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "referencedDocuments", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "provisions", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "implementations", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "units", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "concepts", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "targets", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Stats.prototype, "regions", void 0);
__decorate([
    Field(() => [LevelCount], { description: 'Ingested documents per level.' }),
    __metadata("design:type", Array)
], Stats.prototype, "documentsByLevel", void 0);
__decorate([
    Field(() => [LabelCount]),
    __metadata("design:type", Array)
], Stats.prototype, "nodes", void 0);
__decorate([
    Field(() => [LabelCount]),
    __metadata("design:type", Array)
], Stats.prototype, "relationships", void 0);
Stats = __decorate([
    ObjectType('Stats')
], Stats);
export { Stats };
//# sourceMappingURL=stats.type.js.map