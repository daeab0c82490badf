var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// A quantified target or deadline set by a provision (每年不少于2次, 到2025年 …).
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
let TargetNode = class TargetNode extends Node {
};
__decorate([
    Field(() => String, { description: 'The phrase as it stands in the Simplified text.' }),
    __metadata("design:type", String)
], TargetNode.prototype, "text", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], TargetNode.prototype, "metric", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], TargetNode.prototype, "value", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], TargetNode.prototype, "unit", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], TargetNode.prototype, "comparator", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], TargetNode.prototype, "period", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], TargetNode.prototype, "deadline", void 0);
TargetNode = __decorate([
    ObjectType('Target', { implements: Node })
], TargetNode);
export { TargetNode };
//# sourceMappingURL=target.type.js.map