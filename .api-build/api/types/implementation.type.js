var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// An IMPLEMENTS edge: a lower-level provision (source) carries out a higher-level one (target).
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { EvidenceKindEnum, LinkMethodEnum, SpanFieldEnum } from './enums.js';
let SpanObject = class SpanObject {
};
__decorate([
    Field(() => SpanFieldEnum),
    __metadata("design:type", String)
], SpanObject.prototype, "field", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], SpanObject.prototype, "start", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], SpanObject.prototype, "end", void 0);
SpanObject = __decorate([
    ObjectType('Span', { description: 'A [start, end) character range in a provision\'s Simplified title or text.' })
], SpanObject);
export { SpanObject };
let EvidenceMatchObject = class EvidenceMatchObject {
};
__decorate([
    Field(() => EvidenceKindEnum),
    __metadata("design:type", Object)
], EvidenceMatchObject.prototype, "kind", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], EvidenceMatchObject.prototype, "text", void 0);
__decorate([
    Field(() => [SpanObject], { description: 'Where the match stands in the source (lower) provision.' }),
    __metadata("design:type", Array)
], EvidenceMatchObject.prototype, "sourceSpans", void 0);
__decorate([
    Field(() => [SpanObject], { description: 'Where the match stands in the target (higher) provision.' }),
    __metadata("design:type", Array)
], EvidenceMatchObject.prototype, "targetSpans", void 0);
EvidenceMatchObject = __decorate([
    ObjectType('EvidenceMatch')
], EvidenceMatchObject);
export { EvidenceMatchObject };
let SignalObject = class SignalObject {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], SignalObject.prototype, "name", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], SignalObject.prototype, "value", void 0);
SignalObject = __decorate([
    ObjectType('Signal')
], SignalObject);
export { SignalObject };
let EvidenceObject = class EvidenceObject {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], EvidenceObject.prototype, "summary", void 0);
__decorate([
    Field(() => [EvidenceMatchObject]),
    __metadata("design:type", Array)
], EvidenceObject.prototype, "matches", void 0);
__decorate([
    Field(() => [SignalObject], { description: "Each signal's contribution to the score." }),
    __metadata("design:type", Array)
], EvidenceObject.prototype, "signals", void 0);
EvidenceObject = __decorate([
    ObjectType('Evidence')
], EvidenceObject);
export { EvidenceObject };
let ImplementationEdge = class ImplementationEdge {
};
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ImplementationEdge.prototype, "score", void 0);
__decorate([
    Field(() => LinkMethodEnum),
    __metadata("design:type", String)
], ImplementationEdge.prototype, "method", void 0);
__decorate([
    Field(() => EvidenceObject),
    __metadata("design:type", EvidenceObject)
], ImplementationEdge.prototype, "evidence", void 0);
ImplementationEdge = __decorate([
    ObjectType('Implementation')
], ImplementationEdge);
export { ImplementationEdge };
export const ImplementationConnection = connectionOf('Implementation', ImplementationEdge);
export function evidenceObject(raw) {
    return {
        summary: raw.summary,
        matches: raw.matches.map((m) => ({ ...m })),
        signals: Object.entries(raw.signals).map(([name, value]) => ({ name, value })),
    };
}
let SimilarityEdge = class SimilarityEdge {
};
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], SimilarityEdge.prototype, "score", void 0);
SimilarityEdge = __decorate([
    ObjectType('Similarity', { description: 'Two provisions of peer documents outside each other\'s chain that say similar things.' })
], SimilarityEdge);
export { SimilarityEdge };
//# sourceMappingURL=implementation.type.js.map