var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// An administrative region (GB/T 2260), the nation being '000000' 全国.
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';
let RegionNode = class RegionNode extends Node {
};
__decorate([
    Field(() => String, { description: 'GB/T 2260 code.' }),
    __metadata("design:type", String)
], RegionNode.prototype, "code", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], RegionNode.prototype, "name", void 0);
__decorate([
    Field(() => GovernmentLevelEnum),
    __metadata("design:type", String)
], RegionNode.prototype, "level", void 0);
RegionNode = __decorate([
    ObjectType('Region', { implements: Node })
], RegionNode);
export { RegionNode };
//# sourceMappingURL=region.type.js.map