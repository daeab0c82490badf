var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// A responsible unit (责任单位), scoped to a region, and its assignments to provisions.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { UnitRoleEnum } from './enums.js';
import { Node } from './node.type.js';
let UnitNode = class UnitNode extends Node {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], UnitNode.prototype, "name", void 0);
__decorate([
    Field(() => Boolean, { description: 'A class of units rather than one body, e.g. 各县(市)区.' }),
    __metadata("design:type", Boolean)
], UnitNode.prototype, "collective", void 0);
UnitNode = __decorate([
    ObjectType('Unit', { implements: Node })
], UnitNode);
export { UnitNode };
export const UnitConnection = connectionOf('Unit', UnitNode);
let Workload = class Workload {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Workload.prototype, "lead", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Workload.prototype, "coLead", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Workload.prototype, "support", void 0);
__decorate([
    Field(() => Int, { description: 'Distinct provisions assigned to the unit.' }),
    __metadata("design:type", Number)
], Workload.prototype, "total", void 0);
__decorate([
    Field(() => Int, { description: 'Distinct documents those provisions belong to.' }),
    __metadata("design:type", Number)
], Workload.prototype, "documents", void 0);
Workload = __decorate([
    ObjectType('Workload')
], Workload);
export { Workload };
let UnitAssignment = class UnitAssignment {
};
__decorate([
    Field(() => UnitRoleEnum),
    __metadata("design:type", String)
], UnitAssignment.prototype, "role", void 0);
UnitAssignment = __decorate([
    ObjectType('UnitAssignment', { description: 'A unit named on a provision, with its role.' })
], UnitAssignment);
export { UnitAssignment };
export const UnitAssignmentConnection = connectionOf('UnitAssignment', UnitAssignment);
//# sourceMappingURL=unit.type.js.map