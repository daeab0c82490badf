var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// One node of a document's outline: a section, item, task, subtask or bullet.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum, ProvisionKindEnum } from './enums.js';
import { Node } from './node.type.js';
let ProvisionNode = class ProvisionNode extends Node {
};
__decorate([
    Field(() => String, { description: 'Printed ordinals from the top, e.g. 四、(一)3.' }),
    __metadata("design:type", String)
], ProvisionNode.prototype, "path", void 0);
__decorate([
    Field(() => ProvisionKindEnum),
    __metadata("design:type", String)
], ProvisionNode.prototype, "kind", void 0);
__decorate([
    Field(() => Int, { description: 'Position in the whole document, from 0.' }),
    __metadata("design:type", Number)
], ProvisionNode.prototype, "order", void 0);
__decorate([
    Field(() => Int, { description: 'Depth in the outline, from 0.' }),
    __metadata("design:type", Number)
], ProvisionNode.prototype, "depth", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ProvisionNode.prototype, "title", void 0);
__decorate([
    Field(() => String, { description: 'Simplified text used for matching; evidence spans point into it.' }),
    __metadata("design:type", String)
], ProvisionNode.prototype, "text", void 0);
__decorate([
    Field(() => String, { description: 'The provision exactly as printed, in its original script.' }),
    __metadata("design:type", String)
], ProvisionNode.prototype, "original", void 0);
__decorate([
    Field(() => GovernmentLevelEnum, { description: "The level of the provision's document." }),
    __metadata("design:type", String)
], ProvisionNode.prototype, "level", void 0);
ProvisionNode = __decorate([
    ObjectType('Provision', { implements: Node })
], ProvisionNode);
export { ProvisionNode };
export const ProvisionConnection = connectionOf('Provision', ProvisionNode);
//# sourceMappingURL=provision.type.js.map