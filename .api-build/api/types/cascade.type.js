var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Results of cascade (downward) and trace (upward) walks over IMPLEMENTS edges.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelCount, RegionCount } from './concept.type.js';
import { ImplementationEdge } from './implementation.type.js';
import { ProvisionNode } from './provision.type.js';
import { UnitNode } from './unit.type.js';
let CascadeNode = class CascadeNode {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], CascadeNode.prototype, "provision", void 0);
__decorate([
    Field(() => Int, { description: 'IMPLEMENTS steps from the starting provision (1 = implements it directly).' }),
    __metadata("design:type", Number)
], CascadeNode.prototype, "depth", void 0);
__decorate([
    Field(() => Float, { description: 'Score of the strongest path to the start, a path being as strong as its weakest edge.' }),
    __metadata("design:type", Number)
], CascadeNode.prototype, "score", void 0);
CascadeNode = __decorate([
    ObjectType('CascadeNode')
], CascadeNode);
export { CascadeNode };
let CascadeEdge = class CascadeEdge {
};
__decorate([
    Field(() => ImplementationEdge),
    __metadata("design:type", ImplementationEdge)
], CascadeEdge.prototype, "implementation", void 0);
__decorate([
    Field(() => Int, { description: 'Depth of the edge\'s lower end.' }),
    __metadata("design:type", Number)
], CascadeEdge.prototype, "depth", void 0);
CascadeEdge = __decorate([
    ObjectType('CascadeEdge')
], CascadeEdge);
export { CascadeEdge };
let CascadeUnit = class CascadeUnit {
};
__decorate([
    Field(() => UnitNode),
    __metadata("design:type", UnitNode)
], CascadeUnit.prototype, "unit", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CascadeUnit.prototype, "lead", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CascadeUnit.prototype, "coLead", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CascadeUnit.prototype, "support", void 0);
__decorate([
    Field(() => [ProvisionNode], { description: 'The provisions naming the unit, in level then document order.' }),
    __metadata("design:type", Array)
], CascadeUnit.prototype, "provisions", void 0);
CascadeUnit = __decorate([
    ObjectType('CascadeUnit', { description: 'A unit carrying part of a cascade: assigned to an implementing provision or to one of its sub-provisions.' })
], CascadeUnit);
export { CascadeUnit };
let Cascade = class Cascade {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], Cascade.prototype, "root", void 0);
__decorate([
    Field(() => [ProvisionNode], {
        description: 'The provisions the walk started from: the root and, unless excluded, its sub-provisions.',
    }),
    __metadata("design:type", Array)
], Cascade.prototype, "starts", void 0);
__decorate([
    Field(() => [CascadeNode], { description: 'Implementing provisions, by depth, level, then score.' }),
    __metadata("design:type", Array)
], Cascade.prototype, "nodes", void 0);
__decorate([
    Field(() => [CascadeEdge]),
    __metadata("design:type", Array)
], Cascade.prototype, "edges", void 0);
__decorate([
    Field(() => [LevelCount]),
    __metadata("design:type", Array)
], Cascade.prototype, "byLevel", void 0);
__decorate([
    Field(() => [RegionCount]),
    __metadata("design:type", Array)
], Cascade.prototype, "byRegion", void 0);
__decorate([
    Field(() => [CascadeUnit], { description: 'Units carrying the cascade, most provisions first.' }),
    __metadata("design:type", Array)
], Cascade.prototype, "units", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Cascade.prototype, "totalCount", void 0);
Cascade = __decorate([
    ObjectType('Cascade')
], Cascade);
export { Cascade };
let TraceNode = class TraceNode {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], TraceNode.prototype, "provision", void 0);
__decorate([
    Field(() => Int, { description: 'IMPLEMENTS steps up from the traced provision (or from its outline ancestor).' }),
    __metadata("design:type", Number)
], TraceNode.prototype, "depth", void 0);
TraceNode = __decorate([
    ObjectType('TraceNode')
], TraceNode);
export { TraceNode };
let Trace = class Trace {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], Trace.prototype, "from", void 0);
__decorate([
    Field(() => [ProvisionNode], {
        description: 'The provision and its outline ancestors whose IMPLEMENTS edges the trace followed.',
    }),
    __metadata("design:type", Array)
], Trace.prototype, "starts", void 0);
__decorate([
    Field(() => [TraceNode]),
    __metadata("design:type", Array)
], Trace.prototype, "nodes", void 0);
__decorate([
    Field(() => [ImplementationEdge]),
    __metadata("design:type", Array)
], Trace.prototype, "edges", void 0);
__decorate([
    Field(() => [ProvisionNode], { description: 'The top of each chain: reached provisions that implement nothing higher.' }),
    __metadata("design:type", Array)
], Trace.prototype, "roots", void 0);
Trace = __decorate([
    ObjectType('Trace')
], Trace);
export { Trace };
//# sourceMappingURL=cascade.type.js.map